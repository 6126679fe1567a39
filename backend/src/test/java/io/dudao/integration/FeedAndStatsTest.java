package io.dudao.integration;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class FeedAndStatsTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private int task(long assignee, LocalDate due) {
        return Api.as(tree.cityOffice()).body(Map.of("title", "统计任务", "category", "OTHER", "assigneeOrgId", assignee,
                "dueDate", due.toString())).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    /** Reads the whole feed from a cursor, page by page. */
    private List<Map<String, Object>> drain(String user, String[] cursor) {
        List<Map<String, Object>> all = new ArrayList<>();
        while (true) {
            var page = Api.as(user).queryParam("after", cursor[0]).queryParam("limit", 2).get("/api/v1/events")
                    .then().statusCode(200).extract();
            List<Map<String, Object>> items = page.path("items");
            cursor[0] = page.path("nextCursor");
            if (items.isEmpty()) {
                return all;
            }
            all.addAll(items);
        }
    }

    @Test
    void theFeedResumesFromItsCursorWithoutGapsOrDuplicatesAndStaysInScope() {
        String[] cursorA = {null};
        drain(tree.countyAOffice(), cursorA);
        int first = task(tree.countyA(), LocalDate.now().plusDays(9));
        task(tree.countyB(), LocalDate.now().plusDays(9));
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + first + "/start").then().statusCode(200);

        List<Map<String, Object>> seen = drain(tree.countyAOffice(), cursorA);
        List<String> types = seen.stream().filter(e -> String.valueOf(first).equals(e.get("resourceId")))
                .map(e -> (String) e.get("type")).toList();
        assertEquals(List.of("task.created", "task.started"), types);
        assertTrue(seen.stream().allMatch(e -> !"task".equals(e.get("resourceType"))
                || !String.valueOf(e.get("resourceId")).isEmpty()));
        assertEquals(seen.size(), new HashSet<>(seen.stream().map(e -> e.get("id")).toList()).size(), "no duplicates");
        assertFalse(seen.stream().anyMatch(e -> String.valueOf(e.get("data")).contains("富平县" + tree.tag())),
                "county B's task is not in county A's feed");

        // later changes continue after the stored cursor, and nothing old comes back
        Api.as(tree.countyAOffice()).body(Map.of("percent", 40)).post("/api/v1/tasks/" + first + "/progress").then().statusCode(201);
        List<Map<String, Object>> next = drain(tree.countyAOffice(), cursorA);
        assertEquals(List.of("task.progressed"), next.stream().map(e -> (String) e.get("type")).toList());

        Api.as(tree.countyAOffice()).get("/api/v1/events?after=abc").then().statusCode(400);
        Api.as(tree.countyAOffice()).get("/api/v1/events?limit=0").then().statusCode(400);
    }

    @Test
    void overviewCountsPerChildOrganisationInSql() {
        int done = task(tree.countyA(), LocalDate.now().plusDays(3));
        task(tree.countyA(), LocalDate.now().minusDays(3));
        task(tree.countyB(), LocalDate.now().plusDays(30));
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + done + "/start").then().statusCode(200);
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + done + "/submit").then().statusCode(200);
        Api.as(tree.cityOffice()).post("/api/v1/tasks/" + done + "/accept").then().statusCode(200);

        Api.as(tree.cityOffice()).get("/api/v1/stats/overview").then().statusCode(200)
                .body("organization.id", equalTo((int) tree.city()))
                .body("children", hasSize(2))
                .body("children.find { it.orgId == " + tree.countyA() + " }.tasks.total", equalTo(2))
                .body("children.find { it.orgId == " + tree.countyA() + " }.tasks.completed", equalTo(1))
                .body("children.find { it.orgId == " + tree.countyA() + " }.tasks.overdue", equalTo(1))
                .body("children.find { it.orgId == " + tree.countyA() + " }.tasks.completionRate", equalTo(0.5f))
                .body("children.find { it.orgId == " + tree.countyB() + " }.tasks.total", equalTo(1))
                .body("totals.total", equalTo(3));
        Api.as(tree.countyAOffice()).get("/api/v1/stats/overview?orgId=" + tree.countyB()).then().statusCode(404);
        Api.as(tree.countyAOffice()).get("/api/v1/stats/overview?orgId=" + tree.city()).then().statusCode(404);
        Api.as(tree.cityOffice()).get("/api/v1/stats/trend?year=" + LocalDate.now().getYear()).then().statusCode(200)
                .body("", hasSize(12));
    }

    @Test
    void overviewCountsFindingsGradesAndCasesInTheCallersScope() {
        int report = io.dudao.inspection.Fixtures.createReport(tree.countyAOffice(), io.dudao.inspection.Fixtures.report(
                "SPECIAL", "双减专项督导统计", tree.schoolA(), null, java.util.List.of()));
        io.dudao.inspection.Fixtures.createFinding(tree.countyAOffice(), report,
                io.dudao.inspection.Fixtures.finding(null, "GENERAL", "作业量超标", null, LocalDate.now().minusDays(5)));
        io.dudao.inspection.Fixtures.createFinding(tree.countyAOffice(), report,
                io.dudao.inspection.Fixtures.finding(null, "MINOR", "公示栏未更新", null, LocalDate.now().plusDays(20)));
        // a draft's findings are not counted yet
        Api.as(tree.cityOffice()).get("/api/v1/stats/overview").then().statusCode(200)
                .body("children.find { it.orgId == " + tree.countyA() + " }.findings.open", equalTo(0));
        io.dudao.inspection.Fixtures.submitApprovePublish(report, tree.countyAOffice(), tree.countyAOffice());
        Api.as(tree.cityOffice()).body(java.util.Map.of("subjectType", "GOVERNMENT", "subjectOrgId", tree.countyB(),
                "source", "OTHER", "facts", "重点任务严重滞后")).post("/api/v1/accountability-cases").then().statusCode(201);

        Api.as(tree.cityOffice()).get("/api/v1/stats/overview").then().statusCode(200)
                .body("children.find { it.orgId == " + tree.countyA() + " }.findings.open", equalTo(2))
                .body("children.find { it.orgId == " + tree.countyA() + " }.findings.overdue", equalTo(1))
                .body("children.find { it.orgId == " + tree.countyA() + " }.grades[0].key", equalTo("未评级"))
                .body("children.find { it.orgId == " + tree.countyA() + " }.grades[0].count", equalTo(1))
                .body("children.find { it.orgId == " + tree.countyB() + " }.cases[0].key", equalTo("OPEN"))
                .body("children.find { it.orgId == " + tree.countyB() + " }.cases[0].count", equalTo(1))
                .body("findingTotals.open", equalTo(2)).body("caseTotals[0].count", equalTo(1));
        // the county's own dashboard does not count a case the city handles (and does not show it to it yet)
        Api.as(tree.countyBOffice()).get("/api/v1/stats/overview").then().statusCode(200).body("caseTotals", hasSize(0));
        Api.as(tree.countyAOffice()).get("/api/v1/stats/overview").then().statusCode(200)
                .body("findingTotals.open", equalTo(2)).body("gradeTotals[0].count", equalTo(1));
    }
}
