package io.dudao.creation;

import io.dudao.creation.engine.CountyReturn;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 优质均衡 judged as the method judges, through the API: county data with evidence, every part, the vetoes, what-ifs. */
@QuarkusTest
class CreationCountyApiTest {

    static final String BASE = "/api/v1/creation-programmes";

    @Inject
    World world;

    @Inject
    EntityManager em;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    long programme(long county, String kind) {
        return ((Number) Api.as(tree.cityOffice()).body(Map.of("kind", kind, "countyOrgId", county, "targetYear", 2025))
                .post(BASE).then().statusCode(201).extract().path("id")).longValue();
    }

    /** Two primary schools of 1000 meeting every resource indicator and every every-school rule. */
    static List<Map<String, Object>> passingRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String[] s : new String[][]{{"P-1", "城关小学"}, {"P-2", "东关小学"}}) {
            Map<String, Object> row = CreationApiTest.school(s[0], s[1], "PRIMARY", 1000, 50, 10, 10, 5000, 8000, 2_500_000, 25);
            row.putAll(Map.of("classes", 24, "maxClassSizePrimary", 44, "musicRooms", 2, "musicRoomMinAreaM2", 100, "artRooms", 2,
                    "artRoomMinAreaM2", 100, "publicFundsYuan", 500_000, "teacherTrainingFundsYuan", 30_000));
            rows.add(row);
        }
        return rows;
    }

    int upload(String user, String name) {
        return RestAssured.given().auth().oauth2(Api.token(user))
                .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart("file", name, "实地核查记录：符合要求。".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/attachments").then().statusCode(201).extract().path("id");
    }

    /** The fixture county that meets everything, its judgements' evidence the given attachment. */
    static Map<String, Object> passingCounty(long evidence) {
        CountyReturn data = CountyFixtures.passing(Standards.balanced2017());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inputs", data.inputs());
        body.put("monitoring", data.monitoring());
        body.put("judgements", data.judgements().stream().map(j -> Map.of("itemCode", j.itemCode(), "met", true, "basis", j.basis(),
                "attachmentIds", List.of(evidence))).toList());
        body.put("vetoes", List.of());
        return body;
    }

    ValidatableResponse putCounty(String user, long id, int year, Map<String, Object> body) {
        return Api.as(user).body(body).put(BASE + "/" + id + "/county/" + year).then();
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void aCountyMeetingEveryPartPassesAndEachPartShowsItsVerdict() {
        long id = programme(tree.countyA(), "BALANCED_COMPULSORY");
        Api.as(tree.countyAOffice()).body(Map.of("rows", passingRows())).put(BASE + "/" + id + "/schools/2023").then().statusCode(200)
                .body("summary.verdict", equalTo("FAIL"))
                .body("summary.parts.find { it.code == 'RESOURCE_ALLOCATION' }.verdict", equalTo("PASS"))
                .body("summary.parts.find { it.code == 'GOVERNMENT_SUPPORT' }.verdict", equalTo("FAIL"));
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/county/2023").then().statusCode(200)
                .body("filed", equalTo(false)).body("version", nullValue())
                .body("form.inputs.key", hasItems("rotationEligibleTeachers", "rotatedBackboneTeachers", "surveyApproving",
                        "basicBalanceRecognisedYear"))
                .body("form.inputs.find { it.key == 'rotatedTeachers' }.items", equalTo(List.of("GOV_11")))
                .body("form.monitoring", equalTo(true))
                .body("form.judgedItems", hasSize(12))
                .body("form.judgedItems.find { it.code == 'QUALITY_06' }.partName", equalTo("教育质量"))
                .body("form.vetoes", hasSize(6));

        int evidence = upload(tree.countyAOffice(), "富平县德育评估记录.txt");
        long audits = count("select count(*) from audit_event where action = 'SAVE_COUNTY_DATA'");
        putCounty(tree.countyAOffice(), id, 2023, passingCounty(evidence)).statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("filed", equalTo(true)).body("version", equalTo(0))
                .body("summary.verdict", equalTo("PASS"))
                .body("summary.parts.verdict", everyItem(equalTo("PASS")))
                .body("summary.parts.code", equalTo(List.of("RESOURCE_ALLOCATION", "GOVERNMENT_SUPPORT", "EDUCATION_QUALITY",
                        "SOCIAL_RECOGNITION", "VETOES", "PRECONDITION")))
                .body("evidence[0].fileName", equalTo("富平县德育评估记录.txt"))
                .body("data.inputs.rotatedTeachers", equalTo(120));
        assertEquals(audits + 1, count("select count(*) from audit_event where action = 'SAVE_COUNTY_DATA'"));

        Api.as(tree.schoolAUser()).get(BASE + "/" + id + "/assessment?year=2023").then().statusCode(200)
                .body("verdict", equalTo("PASS"))
                .body("parts.verdict", everyItem(equalTo("PASS")))
                .body("parts[1].items.find { it.code == 'GOV_11' }.conditions.value", equalTo(List.of(12.0f, 25.0f)))
                .body("parts[1].items.find { it.code == 'GOV_05' }.conditions[0].schoolsJudged", equalTo(2))
                .body("parts[2].items.find { it.code == 'QUALITY_06' }.conditions[0].judgement.attachmentIds", equalTo(List.of(evidence)))
                .body("parts[3].items[0].conditions[0].explain.computation", equalTo("900 ÷ 1000 × 100% = 90% ≈ 90.00%"))
                .body("vetoes.recorded", everyItem(equalTo(false)))
                .body("precondition.status", equalTo("MET"))
                .body("evidence.id", equalTo(List.of(evidence)))
                .body("explain.computation", containsString("一票否决：无"));
        Api.as(tree.cityOffice()).get(BASE + "?countyOrgId=" + tree.countyA()).then().statusCode(200)
                .body("items[0].latest.verdict", equalTo("PASS")).body("items[0].latest.parts", hasSize(6));

        // replacing needs the version; a stale one is refused
        putCounty(tree.countyAOffice(), id, 2023, passingCounty(evidence)).statusCode(400).body("errors[0].field", equalTo("version"));
        Api.as(tree.countyAOffice()).header("If-Match", "\"5\"").body(passingCounty(evidence)).put(BASE + "/" + id + "/county/2023")
                .then().statusCode(412);
        Map<String, Object> again = passingCounty(evidence);
        again.put("version", 0);
        putCounty(tree.countyAOffice(), id, 2023, again).statusCode(200).body("version", equalTo(1));
        // saving county data leaves the school return's version alone: the grid's copy stays current
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/schools/2023").then().body("version", equalTo(0));

        // another county sees nothing; a viewer may read but not write; evidence follows the programme
        Api.as(tree.countyBOffice()).get(BASE + "/" + id + "/county/2023").then().statusCode(404);
        putCounty(tree.countyBOffice(), id, 2023, again).statusCode(404);
        putCounty(tree.viewer(), id, 2023, again).statusCode(403);
        Api.as(tree.cityOffice()).accept("*/*").get("/api/v1/attachments/" + evidence).then().statusCode(200);
        Api.as(tree.countyBOffice()).accept("*/*").get("/api/v1/attachments/" + evidence).then().statusCode(404);

        // evidence someone else uploaded cannot be named
        int foreign = upload(tree.countyBOffice(), "他县材料.txt");
        Map<String, Object> stolen = passingCounty(foreign);
        stolen.put("version", 1);
        putCounty(tree.countyAOffice(), id, 2023, stolen).statusCode(400).body("errors[0].field", equalTo("attachmentIds"));
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/county/2023").then().body("version", equalTo(1))
                .body("evidence.id", equalTo(List.of(evidence)));
    }

    /** A rate over 100%, a negative count, a veto without evidence, a judgement of met without any: all listed, nothing saved. */
    @Test
    void badCountyDataIsRefusedListingEveryProblemAndNothingIsSaved() {
        long id = programme(tree.countyA(), "BALANCED_COMPULSORY");
        Map<String, Object> body = passingCounty(upload(tree.countyAOffice(), "记录.txt"));
        @SuppressWarnings("unchecked")
        Map<String, Object> inputs = new HashMap<>((Map<String, Object>) body.get("inputs"));
        inputs.put("surveyApproving", 1001);
        inputs.put("rotatedTeachers", -1);
        body.put("inputs", inputs);
        body.put("judgements", List.of(Map.of("itemCode", "GOV_01", "met", true, "basis", "已核查")));
        body.put("vetoes", List.of(Map.of("code", "EXAM_ADMISSION", "description", "城关初中组织入学考试")));
        long audits = count("select count(*) from audit_event where entity_type = 'CREATION_COUNTY_RETURN'");
        putCounty(tree.countyAOffice(), id, 2023, body).statusCode(400)
                .header("Content-Type", containsString("application/problem+json"))
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", equalTo(List.of("inputs.rotatedTeachers", "inputs.surveyApproving", "judgements[0].attachmentIds",
                        "vetoes[0].attachmentIds")))
                .body("errors.find { it.field == 'inputs.surveyApproving' }.message", containsString("不能超过 100%"))
                .body("errors.find { it.field == 'vetoes[0].attachmentIds' }.message", equalTo("一票否决情形须附佐证材料"));
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/county/2023").then().statusCode(200).body("filed", equalTo(false));
        assertEquals(audits, count("select count(*) from audit_event where entity_type = 'CREATION_COUNTY_RETURN'"));
        assertEquals(0, count("select count(*) from creation_county_return where programme_id = " + id));

        // a school value with an extreme exponent is refused while the body is read, before any arithmetic
        List<Map<String, Object>> rows = passingRows();
        rows.get(0).put("sportsAreaM2", new BigDecimal("1e400"));
        rows.get(1).put("maxClassSizePrimary", 1001);
        Api.as(tree.countyAOffice()).body(Map.of("rows", rows)).put(BASE + "/" + id + "/schools/2023").then().statusCode(400)
                .body("errors.field", equalTo(List.of("rows[0].sportsAreaM2")));
        // ordinary bad values of several rows are listed together
        rows = passingRows();
        rows.get(0).put("sportsAreaM2", -5);
        rows.get(1).put("maxClassSizePrimary", 1001);
        Api.as(tree.countyAOffice()).body(Map.of("rows", rows)).put(BASE + "/" + id + "/schools/2023").then().statusCode(400)
                .body("errors.field", equalTo(List.of("rows[0].sportsAreaM2", "rows[1].maxClassSizePrimary")));
        assertEquals(0, count("select count(*) from creation_return where programme_id = " + id));
    }

    /** What-if on every part: county numbers, judgements, vetoes and a school's class size; nothing is written. */
    @Test
    void whatIfWorksOnEveryPart() {
        long id = programme(tree.countyA(), "BALANCED_COMPULSORY");
        Api.as(tree.countyAOffice()).body(Map.of("rows", passingRows())).put(BASE + "/" + id + "/schools/2023").then().statusCode(200);
        putCounty(tree.countyAOffice(), id, 2023, passingCounty(upload(tree.countyAOffice(), "核查.txt"))).statusCode(200);
        Api.token(tree.viewer()); // signing in is audited: do it before counting
        long audits = count("select count(*) from audit_event");
        String simulate = BASE + "/" + id + "/assessment/simulate";

        Api.as(tree.viewer()).body(Map.of("year", 2023, "county", Map.of("inputs", Map.of("surveyApproving", 840)))).post(simulate)
                .then().statusCode(200).body("simulated", equalTo(true)).body("verdict", equalTo("FAIL"))
                .body("baseline.verdict", equalTo("PASS"))
                .body("parts.find { it.code == 'SOCIAL_RECOGNITION' }.verdict", equalTo("FAIL"))
                .body("parts.find { it.code == 'SOCIAL_RECOGNITION' }.items[0].reason", equalTo("社会认可度 84%，未达到 ≥ 85%"));
        Api.as(tree.viewer()).body(Map.of("year", 2023, "county", Map.of("judgements", List.of(Map.of("itemCode", "GOV_01", "met", false)))))
                .post(simulate).then().statusCode(200)
                .body("parts.find { it.code == 'GOVERNMENT_SUPPORT' }.items[0].status", equalTo("NOT_MET"));
        Api.as(tree.viewer()).body(Map.of("year", 2023, "county", Map.of("vetoes", List.of("EXAM_ADMISSION")))).post(simulate)
                .then().statusCode(200).body("verdict", equalTo("FAIL"))
                .body("parts.verdict", everyItem(equalTo("PASS")))
                .body("vetoes.find { it.code == 'EXAM_ADMISSION' }.recorded", equalTo(true));
        Api.as(tree.viewer()).body(Map.of("year", 2023, "changes", List.of(Map.of("schoolCode", "P-2", "maxClassSizePrimary", 52))))
                .post(simulate).then().statusCode(200)
                .body("parts.find { it.code == 'GOVERNMENT_SUPPORT' }.items.find { it.code == 'GOV_05' }.conditions[0].schools[0].message",
                        equalTo("东关小学：小学最大班额 52 人，未达到 ≤ 45 人"));
        Api.as(tree.viewer()).body(Map.of("year", 2023, "county", Map.of("inputs", Map.of("surveyApproving", 2000),
                        "judgements", List.of(Map.of("itemCode", "NO_SUCH", "met", true))))).post(simulate).then().statusCode(400)
                .body("errors.field", equalTo(List.of("county.inputs.surveyApproving", "county.judgements[0].itemCode")));
        assertEquals(audits, count("select count(*) from audit_event"));
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/county/2023").then().body("version", equalTo(0))
                .body("data.inputs.surveyApproving", equalTo(900));
    }

    /**
     * 普及普惠 through the API: three kindergartens passing every rate (PreschoolCalculatorTest.passingCounty: 90.9%, 85.0%,
     * 55.0%, 14.3) fail until the county data are saved; with them all four parts pass. Another county sees nothing.
     */
    @Test
    void preschoolCountyDataCompleteTheVerdict() {
        long id = programme(tree.countyB(), "INCLUSIVE_PRESCHOOL");
        List<Map<String, Object>> rows = List.of(
                kindergarten("K1", "公办一园", "PUBLIC", 1100, 75), kindergarten("K2", "普惠园", "PRIVATE_INCLUSIVE", 600, 40),
                kindergarten("K3", "民办园", "PRIVATE", 300, 25));
        Api.as(tree.countyBOffice()).body(Map.of("rows", rows, "childPopulation3to5", 2200)).put(BASE + "/" + id + "/schools/2023").then()
                .statusCode(200).body("summary.verdict", equalTo("FAIL"))
                .body("summary.parts.code", equalTo(List.of("UNIVERSAL_INCLUSIVE", "GOVERNMENT_SUPPORT", "CARE_QUALITY", "SOCIAL_RECOGNITION")))
                .body("summary.parts[0].verdict", equalTo("PASS"));
        Api.as(tree.countyBOffice()).get(BASE + "/" + id + "/county/2023").then().statusCode(200)
                .body("form.inputs.key", hasItems("townships", "communityKindergartens", "kindergartenCertifiedTeachers", "surveyApproving"))
                .body("form.judgedItems", hasSize(8)).body("form.vetoes", hasSize(0));

        int evidence = upload(tree.countyBOffice(), "幼儿园布局规划批复.txt");
        CountyReturn data = PreschoolCalculatorTest.passingCountyData(1020);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inputs", data.inputs());
        body.put("judgements", data.judgements().stream().map(j -> Map.of("itemCode", j.itemCode(), "met", true, "basis", j.basis(),
                "attachmentIds", List.of(evidence))).toList());
        String preschoolAudits = "select count(*) from audit_event where action = 'SAVE_COUNTY_DATA' and summary like '%学前教育普及普惠%'";
        long audits = count(preschoolAudits);
        putCounty(tree.countyBOffice(), id, 2023, body).statusCode(200)
                .body("summary.verdict", equalTo("PASS")).body("summary.parts.verdict", everyItem(equalTo("PASS")));
        assertEquals(audits + 1, count(preschoolAudits));
        Api.as(tree.countyBOffice()).get(BASE + "/" + id + "/assessment?year=2023").then().statusCode(200)
                .body("parts.find { it.code == 'SOCIAL_RECOGNITION' }.items[0].conditions[0].value", equalTo(85.0f))
                .body("parts.find { it.code == 'CARE_QUALITY' }.items.find { it.code == 'PRE_QUALITY_02' }.conditions[0].schoolsJudged",
                        equalTo(3));

        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/county/2023").then().statusCode(404);
        putCounty(tree.countyAOffice(), id, 2023, body).statusCode(404);
    }

    static Map<String, Object> kindergarten(String code, String name, String ownership, int children, int teachers) {
        return Map.of("schoolCode", code, "schoolName", name, "ownership", ownership, "children", children, "fullTimeTeachers", teachers,
                "buildingAreaM2", 5000, "playAreaM2", 3000);
    }
}
