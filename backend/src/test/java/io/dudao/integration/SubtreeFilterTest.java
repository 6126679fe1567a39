package io.dudao.integration;

import io.dudao.inspection.Fixtures;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** withinOrgId on the registers: an organisation and everything below it (the dashboard's drill-down). */
@QuarkusTest
class SubtreeFilterTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private int task(long assignee) {
        return Api.as(tree.cityOffice()).body(Map.of("title", "子树筛选 " + assignee, "category", "OTHER", "assigneeOrgId", assignee,
                "dueDate", LocalDate.now().plusDays(9).toString())).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    @Test
    void tasksFindingsAndCasesFilterToASubtree() {
        int county = task(tree.countyA());
        int school = task(tree.schoolA());
        task(tree.countyB());
        Api.as(tree.cityOffice()).get("/api/v1/tasks?size=200&withinOrgId=" + tree.countyA()).then().statusCode(200)
                .body("items.id", containsInAnyOrder(county, school));
        Api.as(tree.cityOffice()).get("/api/v1/tasks?size=200&withinOrgId=" + tree.zoneA()).then()
                .body("items.id", equalTo(List.of(school)));

        int report = Fixtures.createReport(tree.countyAOffice(),
                Fixtures.report("SPECIAL", "子树筛选专项督导", tree.schoolA(), null, List.of()));
        int finding = Fixtures.createFinding(tree.countyAOffice(), report,
                Fixtures.finding(null, "GENERAL", "作业公示不全", null, LocalDate.now().plusDays(5)));
        Api.as(tree.countyAOffice()).get("/api/v1/findings?withinOrgId=" + tree.zoneA()).then()
                .body("items.id", equalTo(List.of(finding)));
        Api.as(tree.countyAOffice()).get("/api/v1/findings?withinOrgId=" + tree.countyB()).then().body("items", hasSize(0));

        int againstSchool = Api.as(tree.cityOffice()).body(Map.of("subjectType", "SCHOOL", "subjectOrgId", tree.schoolA(),
                "source", "OTHER", "facts", "违规补课")).post("/api/v1/accountability-cases").then().statusCode(201).extract().path("id");
        Api.as(tree.cityOffice()).body(Map.of("subjectType", "GOVERNMENT", "subjectOrgId", tree.countyB(),
                "source", "OTHER", "facts", "任务滞后")).post("/api/v1/accountability-cases").then().statusCode(201);
        Api.as(tree.cityOffice()).get("/api/v1/accountability-cases?withinOrgId=" + tree.countyA()).then()
                .body("items.id", equalTo(List.of(againstSchool)));
        // the filter narrows what the caller may see; it never widens it
        Api.as(tree.countyBOffice()).get("/api/v1/tasks?withinOrgId=" + tree.countyA()).then().body("items", hasSize(0));
    }
}
