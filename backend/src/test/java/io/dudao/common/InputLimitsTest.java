package io.dudao.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dudao.inspection.Fixtures;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * Numbers, nesting and property names in request bodies, path and query: whatever an integrator
 * sends, the answer is a 400 naming the field, never a 500, a silent truncation or minutes of CPU.
 */
@QuarkusTest
class InputLimitsTest {

    static final List<String> EXTREME = List.of("1E-700000000", "1e400", "-1e308", "9".repeat(400));

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private long programme() {
        return ((Number) Api.as(tree.cityOffice()).body(Map.of("kind", "BALANCED_COMPULSORY", "countyOrgId", tree.countyA(),
                "targetYear", 2025)).post("/api/v1/creation-programmes").then().statusCode(201).extract().path("id")).longValue();
    }

    private static String schoolRow(String sportsArea) {
        return "{\"schoolCode\":\"X-1\",\"schoolName\":\"城关小学\",\"stage\":\"PRIMARY\",\"students\":800,\"qualifiedTeachers\":40,"
                + "\"backboneTeachers\":8,\"peArtTeachers\":8,\"teachingAreaM2\":4000,\"sportsAreaM2\":" + sportsArea
                + ",\"equipmentValueYuan\":1700000,\"multimediaRooms\":20}";
    }

    private long task() {
        return ((Number) Api.as(tree.cityOffice()).body(Map.of("title", "数字边界任务", "category", "OTHER",
                        "assigneeOrgId", tree.countyA(), "dueDate", LocalDate.now().plusDays(5).toString()))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id")).longValue();
    }

    private static final String SCORE = "\"score-placeholder\"";

    /** An inspection report's JSON with {@link #SCORE} where the first score goes. */
    private String reportWithScore(int system) {
        var body = Fixtures.report("SCHOOL_EVALUATION_316", "极端分值的评估", tree.schoolA(), system,
                Fixtures.fullScores("score-placeholder", 20, 25));
        try {
            return new ObjectMapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void extremeNumbersInAnyBodyAre400NamingTheField() {
        long programme = programme();
        long task = task();
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + task + "/start").then().statusCode(200);
        String report = reportWithScore(Fixtures.publishedScoredSystem(tree.countyAOffice(), "SCHOOL"));
        for (String n : EXTREME) {
            Api.as(tree.admin()).body("{\"title\":\"工作要点\",\"year\":2023,\"issuingOrgId\":" + n + "}").post("/api/v1/plans")
                    .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("issuingOrgId"));
            Api.as(tree.cityOffice()).body("{\"name\":\"体系\",\"kind\":\"SCORED\",\"targetType\":\"SCHOOL\",\"indicators\":[{\"name\":\"指标\",\"maxScore\":"
                            + n + "}]}").post("/api/v1/indicator-systems")
                    .then().statusCode(400).body("errors[0].field", equalTo("indicators[0].maxScore"));
            Api.as(tree.countyAOffice()).body("{\"rows\":[" + schoolRow(n) + "]}")
                    .put("/api/v1/creation-programmes/" + programme + "/schools/2023")
                    .then().statusCode(400).body("errors[0].field", equalTo("rows[0].sportsAreaM2"));
            Api.as(tree.countyAOffice()).body("{\"percent\":" + n + ",\"note\":\"进展\"}").post("/api/v1/tasks/" + task + "/progress")
                    .then().statusCode(400).body("errors[0].field", equalTo("percent"));
            Api.as(tree.countyAOffice()).body(report.replace(SCORE, n)).post(Fixtures.REPORTS)
                    .then().statusCode(400).body("errors[0].field", equalTo("scores[0].score"));
        }
        // the largest id there can be is a number, but no organisation: a 400 as well
        Api.as(tree.admin()).body("{\"title\":\"工作要点\",\"year\":2023,\"issuingOrgId\":" + Long.MAX_VALUE + "}").post("/api/v1/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("issuingOrgId"));
        // nothing was saved along the way
        Api.as(tree.countyAOffice()).get("/api/v1/creation-programmes/" + programme + "/schools/2023").then().statusCode(200)
                .body("filed", equalTo(false));
        Api.as(tree.countyAOffice()).get("/api/v1/tasks/" + task).then().body("progressPercent", equalTo(0));
        Api.as(tree.countyAOffice()).get(Fixtures.REPORTS + "?q=极端分值").then().body("total", equalTo(0));
    }

    @Test
    void wholeNumberFieldsRefuseFractionsInsteadOfTruncatingThem() {
        long task = task();
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + task + "/start").then().statusCode(200);
        Api.as(tree.countyAOffice()).body("{\"percent\":50.7,\"note\":\"进展\"}").post("/api/v1/tasks/" + task + "/progress")
                .then().statusCode(400).body("errors[0].field", equalTo("percent"))
                .body("errors[0].message", containsString("整数"));
        Api.as(tree.admin()).body("{\"title\":\"工作要点\",\"year\":2023,\"issuingOrgId\":" + tree.city() + ".5}").post("/api/v1/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("issuingOrgId"));
    }

    @Test
    void decimalsKeepToTheirDeclaredDigits() {
        long programme = programme();
        Api.as(tree.countyAOffice()).body("{\"rows\":[" + schoolRow("4760.12345") + "]}")
                .put("/api/v1/creation-programmes/" + programme + "/schools/2023")
                .then().statusCode(400).body("errors[0].field", equalTo("rows[0].sportsAreaM2"))
                .body("errors[0].message", containsString("4 位小数"));
        Api.as(tree.countyAOffice()).body("{\"rows\":[" + schoolRow("4760.1250") + "]}")
                .put("/api/v1/creation-programmes/" + programme + "/schools/2023").then().statusCode(200);
        Api.as(tree.countyAOffice()).body("{\"rows\":[" + schoolRow("1234567890123") + "]}")
                .put("/api/v1/creation-programmes/" + programme + "/schools/2023")
                .then().statusCode(400).body("errors[0].message", containsString("12 位整数"));
        Api.as(tree.cityOffice()).body("{\"name\":\"体系\",\"kind\":\"SCORED\",\"targetType\":\"SCHOOL\",\"indicators\":[{\"name\":\"指标\",\"maxScore\":10000.01}]}")
                .post("/api/v1/indicator-systems")
                .then().statusCode(400).body("errors[0].field", equalTo("indicators[0].maxScore"))
                .body("errors[0].message", containsString("10000"));
        Api.as(tree.cityOffice()).body("{\"name\":\"体系\",\"kind\":\"SCORED\",\"targetType\":\"SCHOOL\",\"indicators\":[{\"name\":\"指标\",\"maxScore\":10000}]}")
                .post("/api/v1/indicator-systems").then().statusCode(201);
    }

    @Test
    void numbersInPathAndQueryAreNamed() {
        for (String n : EXTREME) {
            Api.as(tree.cityOffice()).get("/api/v1/tasks?assigneeOrgId=" + n).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("assigneeOrgId"));
            Api.as(tree.cityOffice()).get("/api/v1/plans?year=" + n).then().statusCode(400)
                    .body("errors[0].field", equalTo("year"));
            Api.as(tree.cityOffice()).get("/api/v1/tasks/" + n).then().statusCode(400)
                    .body("errors[0].field", equalTo("id"));
        }
        Api.as(tree.cityOffice()).get("/api/v1/tasks/1.5").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void aBodyNestedTwentyThousandLevelsDeepIs400() {
        // plan items nest through subItems, so the nesting reaches the parser's depth limit rather than a type mismatch
        String items = "[{\"heading\":\"条目\",\"subItems\":".repeat(20_000) + "[]" + "}]".repeat(20_000);
        Api.as(tree.cityOffice()).body(bytes("{\"title\":\"深层嵌套\",\"year\":2023,\"items\":" + items + "}"))
                .post("/api/v1/plans").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("JSON_LIMIT_EXCEEDED"));
        Api.as(tree.cityOffice()).body(bytes("[".repeat(20_000) + "]".repeat(20_000))).post("/api/v1/plans").then().statusCode(400)
                .contentType("application/problem+json");
        Api.as(tree.cityOffice()).get("/api/v1/plans?q=深层嵌套").then().body("total", equalTo(0));
    }

    /** Bytes, not a String: REST Assured takes seconds to prepare a deeply nested String body. */
    private static byte[] bytes(String body) {
        return body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void unknownPropertiesAreRefusedAllOfThemNamed() {
        Map<String, Object> plan = new HashMap<>(Map.of("title", "未知字段的工作要点", "year", 2023, "titel", "错拼",
                "items", List.of(Map.of("heading", "一、重点工作", "contnet", "错拼"))));
        Api.as(tree.cityOffice()).body(plan).post("/api/v1/plans").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_PROPERTY"))
                .body("errors.field", hasItems("titel", "items[0].contnet"))
                .body("errors.find { it.field == 'titel' }.message", containsString("title"))
                .body("errors.find { it.field == 'items[0].contnet' }.message", containsString("content"));
        Api.as(tree.cityOffice()).get("/api/v1/plans?q=未知字段的工作要点").then().body("total", equalTo(0));
    }

    @Test
    void aStepWithOnlyUnknownFieldsDoesNotRun() {
        Map<String, Object> body = Map.of("subjectType", "GOVERNMENT", "subjectOrgId", tree.countyB(), "scenarioCodes", List.of("QJ-3-01"),
                "source", "INSPECTION", "sourceEndedOn", LocalDate.now().minusDays(5).toString(), "facts", "创建任务推进严重滞后。");
        int id = Api.as(tree.cityOffice()).body(body).post("/api/v1/accountability-cases").then().statusCode(201).extract().path("id");
        String status = Api.as(tree.cityOffice()).get("/api/v1/accountability-cases/" + id).then().extract().path("status");
        Api.as(tree.cityOffice()).body(Map.of("notes", "拼错的字段")).post("/api/v1/accountability-cases/" + id + "/investigate")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_PROPERTY")).body("errors[0].field", equalTo("notes"));
        Api.as(tree.cityOffice()).get("/api/v1/accountability-cases/" + id).then().body("status", equalTo(status));
    }
}
