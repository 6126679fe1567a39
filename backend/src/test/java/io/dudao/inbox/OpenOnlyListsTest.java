package io.dudao.inbox;

import io.dudao.inspection.Fixtures;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** The lists' open-only filter (open=true): what is done, cancelled, 销号 or closed drops out; the rest stays. */
@QuarkusTest
class OpenOnlyListsTest {

    static final String CASES = "/api/v1/accountability-cases";

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    @Test
    void cancelledTasksAreNotOpen() {
        int open = task("报送督导工作总结" + tree.tag());
        int cancelled = task("报送防疫工作台账" + tree.tag());
        Api.as(tree.cityOffice()).post("/api/v1/tasks/" + cancelled + "/cancel").then().statusCode(200);
        Api.as(tree.countyAOffice()).get("/api/v1/tasks?mine=true&q=" + tree.tag()).then().statusCode(200)
                .body("total", equalTo(2));
        Api.as(tree.countyAOffice()).get("/api/v1/tasks?mine=true&open=true&q=" + tree.tag()).then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", equalTo(List.of(open)));
        Api.as(tree.countyAOffice()).get("/api/v1/tasks?mine=true&open=false&q=" + tree.tag()).then().body("total", equalTo(2));
    }

    @Test
    void verifiedFindingsAreNotOpen() {
        int open = finding("校门口护学岗不足");
        int verified = finding("课后服务公示不规范");
        Api.as(tree.schoolAUser()).body(Map.of("measures", "已在校门公示收费标准")).post(Fixtures.FINDINGS + "/" + verified + "/rectifications")
                .then().statusCode(201);
        Api.as(tree.countyAOffice()).post(Fixtures.FINDINGS + "/" + verified + "/verify").then().statusCode(200);
        Api.as(tree.schoolAUser()).get(Fixtures.FINDINGS + "?mine=true").then().statusCode(200).body("total", equalTo(2));
        Api.as(tree.schoolAUser()).get(Fixtures.FINDINGS + "?mine=true&open=true").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", equalTo(List.of(open)));
        // another county's open findings never appear, open or not
        Api.as(tree.countyBOffice()).get(Fixtures.FINDINGS + "?open=true").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void dismissedCasesAreNotOpen() {
        int open = openCase();
        int dismissed = openCase();
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + dismissed + "/investigate").then().statusCode(200);
        Api.as(tree.cityOffice()).body(Map.of("reason", "经核实，相关任务已按期完成，不予问责。")).post(CASES + "/" + dismissed + "/dismiss")
                .then().statusCode(200);
        Api.as(tree.cityOffice()).get(CASES + "?subjectOrgId=" + tree.countyA()).then().statusCode(200).body("total", equalTo(2));
        Api.as(tree.cityOffice()).get(CASES + "?open=true&subjectOrgId=" + tree.countyA()).then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", equalTo(List.of(open)));
    }

    private int task(String title) {
        return Api.as(tree.cityOffice()).body(Map.of("title", title, "category", "OTHER", "assigneeOrgId", tree.countyA(), "dueDate", "2030-06-30"))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    private int finding(String description) {
        return Api.as(tree.countyAOffice()).body(Map.of("sourceTitle", "2023年春季开学检查", "ownerOrgId", tree.schoolA(),
                        "severity", "GENERAL", "description", description, "requirement", "限期整改", "dueDate", "2030-03-10"))
                .post(Fixtures.FINDINGS).then().statusCode(201).extract().path("id");
    }

    private int openCase() {
        return Api.as(tree.cityOffice()).body(Map.of("subjectType", "GOVERNMENT", "subjectOrgId", tree.countyA(),
                        "scenarioCodes", List.of(), "source", "OTHER", "facts", "重点任务严重滞后"))
                .post(CASES).then().statusCode(201).extract().path("id");
    }
}
