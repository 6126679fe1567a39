package io.dudao.work;

import io.dudao.inspection.Fixtures;
import io.dudao.support.Api;
import io.dudao.support.TestClock;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** Dashboards, statistics and lists count work in the year of the plan it serves, else in its own date's year. */
@QuarkusTest
class PlanYearsTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        TestClock.set(LocalDate.of(2024, 2, 1));
        tree = world.create();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private int itemOfPublishedPlan(int year) {
        Map<String, Object> body = Map.of("title", "渭南市" + year + "年工作要点", "year", year,
                "items", List.of(Map.of("heading", "推进“两个创建”工作")));
        int plan = Api.as(tree.cityOffice()).body(body).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        Api.as(tree.cityOffice()).post("/api/v1/plans/" + plan + "/publish").then().statusCode(200);
        return Api.as(tree.cityOffice()).get("/api/v1/plans/" + plan).then().extract().path("items[0].id");
    }

    private int task(Integer item, String due) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "任务" + due);
        body.put("category", "CREATION");
        body.put("assigneeOrgId", tree.countyA());
        body.put("dueDate", due);
        if (item != null) {
            body.put("planItemId", item);
        }
        return Api.as(tree.cityOffice()).body(body).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    @Test
    void workCountsInThePlansYearAndUnlinkedWorkInItsDueDatesYear() {
        int item2023 = itemOfPublishedPlan(2023);
        int item2024 = itemOfPublishedPlan(2024);
        int late2023 = task(item2023, "2024-01-20");
        int unlinked = task(null, "2024-03-01");
        int of2024 = task(item2024, "2024-05-01");
        String within = "&withinOrgId=" + tree.countyA() + "&sort=id,asc";
        Api.as(tree.cityOffice()).get("/api/v1/tasks?year=2023" + within).then().body("items.id", equalTo(List.of(late2023)));
        Api.as(tree.cityOffice()).get("/api/v1/tasks?year=2024" + within).then().body("items.id", equalTo(List.of(unlinked, of2024)));
        Api.as(tree.cityOffice()).get("/api/v1/stats/overview?year=2023").then().statusCode(200)
                .body("totals.total", equalTo(1)).body("totals.overdue", equalTo(1));
        Api.as(tree.cityOffice()).get("/api/v1/stats/overview?year=2024").then().body("totals.total", equalTo(2));

        Map<String, Object> finding = new HashMap<>(Map.of("sourceTitle", "回头看", "ownerOrgId", tree.schoolA(), "severity", "MINOR",
                "description", "台账不全", "requirement", "补齐台账", "dueDate", "2024-02-10", "planItemId", item2023));
        int f2023 = Api.as(tree.countyAOffice()).body(finding).post(Fixtures.FINDINGS).then().statusCode(201).extract().path("id");
        finding.remove("planItemId");
        int f2024 = Api.as(tree.countyAOffice()).body(finding).post(Fixtures.FINDINGS).then().statusCode(201).extract().path("id");
        Api.as(tree.cityOffice()).get(Fixtures.FINDINGS + "?year=2023&withinOrgId=" + tree.countyA()).then()
                .body("items.id", equalTo(List.of(f2023)));
        Api.as(tree.cityOffice()).get(Fixtures.FINDINGS + "?year=2024&withinOrgId=" + tree.countyA()).then()
                .body("items.id", equalTo(List.of(f2024)));
        Api.as(tree.cityOffice()).get("/api/v1/stats/overview?year=2023").then().body("findingTotals.open", equalTo(1));

        Map<String, Object> report = Fixtures.report("SPECIAL", "回头看专项督导", tree.schoolA(), null, List.of());
        report.put("planItemId", item2023);
        int r2023 = Api.as(tree.countyAOffice()).body(report).post(Fixtures.REPORTS).then().statusCode(201).extract().path("id");
        Api.as(tree.countyAOffice()).get(Fixtures.REPORTS + "?year=2023").then().body("items.id", equalTo(List.of(r2023)));
        Api.as(tree.countyAOffice()).get(Fixtures.REPORTS + "?year=2024").then().body("total", equalTo(0));

        Map<String, Object> c = new HashMap<>(Map.of("subjectType", "GOVERNMENT", "subjectOrgId", tree.countyA(), "source", "OTHER",
                "facts", "两个创建推进滞后。", "planItemId", item2023));
        int case2023 = Api.as(tree.cityOffice()).body(c).post("/api/v1/accountability-cases").then().statusCode(201)
                .extract().path("id");
        Api.as(tree.cityOffice()).get("/api/v1/accountability-cases?year=2023").then().body("items.id", equalTo(List.of(case2023)));
        Api.as(tree.cityOffice()).get("/api/v1/accountability-cases?year=2024").then().body("total", equalTo(0));
    }
}
