package io.dudao.plan;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class PlanTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    static Map<String, Object> planBody(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("year", 2023);
        body.put("documentNumber", "渭政教督办〔2023〕1号");
        body.put("issuedOn", "2023-02-15");
        body.put("recipients", "各县（市、区）教育局、教育督导委员会办公室");
        body.put("items", List.of(
                Map.of("heading", "做好市级政府履行教育职责评价考核", "content", "按照省对设区市……"),
                Map.of("heading", "推进“两个创建”工作", "subItems",
                        List.of(Map.of("heading", "系统推进“县域义务教育优质均衡”创建工作")))));
        return body;
    }

    int createPlan(String user, String title) {
        return Api.as(user).body(planBody(title)).post("/api/v1/plans").then().statusCode(201)
                .header("Location", containsString("/api/v1/plans/")).extract().path("id");
    }

    @Test
    void aDraftIsTheIssuersAloneUntilPublished() {
        int id = createPlan(tree.cityOffice(), "渭南市2023年工作要点");
        Api.as(tree.cityOffice()).get("/api/v1/plans/" + id).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("items", hasSize(2))
                .body("items[1].heading", equalTo("推进“两个创建”工作"))
                .body("items[1].subItems[0].heading", containsString("优质均衡"))
                .body("issuingOrgName", containsString("渭南市"));
        Api.as(tree.countyAOffice()).get("/api/v1/plans/" + id).then().statusCode(404);

        Api.as(tree.cityOffice()).post("/api/v1/plans/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        Api.as(tree.countyAOffice()).get("/api/v1/plans/" + id).then().statusCode(200);
        Api.as(tree.schoolAUser()).get("/api/v1/plans/" + id).then().statusCode(200);
        Api.as(tree.countyAOffice()).get("/api/v1/plans?year=2023&size=200").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void aCountysPlanIsNeverSeenByAnotherCounty() {
        int id = createPlan(tree.countyAOffice(), "蒲城县2023年工作要点");
        Api.as(tree.countyAOffice()).post("/api/v1/plans/" + id + "/publish").then().statusCode(200);
        Api.as(tree.countyBOffice()).get("/api/v1/plans/" + id).then().statusCode(404);
        Api.as(tree.countyBOffice()).get("/api/v1/plans?size=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        Api.as(tree.schoolAUser()).get("/api/v1/plans/" + id).then().statusCode(200);
    }

    @Test
    void onlyTheIssuingOfficeEdits() {
        int id = createPlan(tree.cityOffice(), "市级工作要点");
        Api.as(tree.cityOffice()).post("/api/v1/plans/" + id + "/publish").then().statusCode(200);
        Map<String, Object> body = planBody("改名");
        body.put("version", 1);
        Api.as(tree.countyAOffice()).body(body).put("/api/v1/plans/" + id).then().statusCode(403);
        Api.as(tree.viewer()).body(planBody("x")).post("/api/v1/plans").then().statusCode(403);
        Api.as(tree.supervisorA()).body(planBody("x")).post("/api/v1/plans").then().statusCode(403);
    }

    @Test
    void updatesKeepItemIdsAndCheckVersions() {
        var created = Api.as(tree.cityOffice()).body(planBody("要点")).post("/api/v1/plans").then().statusCode(201).extract();
        int id = created.path("id");
        int version = created.path("version");
        int firstItem = created.path("items[0].id");
        Map<String, Object> body = planBody("要点（修订）");
        body.put("items", List.of(Map.of("id", firstItem, "heading", "做好评价考核（修订）")));
        body.put("version", version);
        Api.as(tree.cityOffice()).body(body).put("/api/v1/plans/" + id).then().statusCode(200)
                .body("title", equalTo("要点（修订）"))
                .body("items", hasSize(1)).body("items[0].id", equalTo(firstItem))
                .body("version", equalTo(version + 1));
        Api.as(tree.cityOffice()).body(body).put("/api/v1/plans/" + id).then().statusCode(409)
                .body("code", equalTo("VERSION_CONFLICT"));
        Api.as(tree.cityOffice()).header("If-Match", "\"" + version + "\"").body(body).put("/api/v1/plans/" + id)
                .then().statusCode(412);
        body.put("version", version + 1);
        body.put("items", List.of(Map.of("id", 999999999, "heading", "x")));
        Api.as(tree.cityOffice()).body(body).put("/api/v1/plans/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].id"));
    }

    @Test
    void removingAnItemThatTasksLinkToIs409NamingThem() {
        var created = Api.as(tree.cityOffice()).body(planBody("条目被任务引用的要点")).post("/api/v1/plans").then().statusCode(201).extract();
        int id = created.path("id");
        int firstItem = created.path("items[0].id");
        int secondItem = created.path("items[1].id");
        int subItem = created.path("items[1].subItems[0].id");
        Api.as(tree.cityOffice()).post("/api/v1/plans/" + id + "/publish").then().statusCode(200);
        int task = Api.as(tree.cityOffice()).body(Map.of("title", "推进优质均衡创建", "category", "CREATION",
                        "assigneeOrgId", tree.countyA(), "dueDate", "2023-12-31", "planId", id, "planItemId", subItem))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        int version = Api.as(tree.cityOffice()).get("/api/v1/plans/" + id).then().extract().path("version");

        // dropping the parent takes its sub-item along: refused, and the task is named
        Map<String, Object> body = planBody("条目被任务引用的要点");
        body.put("items", List.of(Map.of("id", firstItem, "heading", "做好市级政府履行教育职责评价考核")));
        body.put("version", version);
        Api.as(tree.cityOffice()).body(body).put("/api/v1/plans/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("PLAN_ITEM_IN_USE"))
                .body("detail", containsString("#" + task)).body("detail", containsString("推进优质均衡创建"))
                .body("errors[0].message", containsString("系统推进“县域义务教育优质均衡”创建工作"));
        Api.as(tree.cityOffice()).get("/api/v1/plans/" + id).then().body("items", hasSize(2)).body("version", equalTo(version));

        // the unlinked item may go
        body.put("items", List.of(Map.of("id", secondItem, "heading", "推进“两个创建”工作", "subItems",
                List.of(Map.of("id", subItem, "heading", "系统推进“县域义务教育优质均衡”创建工作")))));
        Api.as(tree.cityOffice()).body(body).put("/api/v1/plans/" + id).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void lifecycleTransitionsAreEnforced() {
        int id = createPlan(tree.cityOffice(), "流程");
        Api.as(tree.cityOffice()).post("/api/v1/plans/" + id + "/archive").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("detail", containsString("DRAFT"));
        Api.as(tree.cityOffice()).post("/api/v1/plans/" + id + "/publish").then().statusCode(200);
        Api.as(tree.cityOffice()).post("/api/v1/plans/" + id + "/publish").then().statusCode(409);
        Api.as(tree.cityOffice()).delete("/api/v1/plans/" + id).then().statusCode(409);
        Api.as(tree.cityOffice()).post("/api/v1/plans/" + id + "/archive").then().statusCode(200)
                .body("status", equalTo("ARCHIVED"));

        int draft = createPlan(tree.cityOffice(), "删除我");
        Api.as(tree.cityOffice()).delete("/api/v1/plans/" + draft).then().statusCode(204);
        Api.as(tree.cityOffice()).get("/api/v1/plans/" + draft).then().statusCode(404);
    }

    @Test
    void validationNamesNestedFields() {
        Map<String, Object> body = planBody("");
        body.put("year", 1800);
        body.put("items", List.of(Map.of("heading", "ok", "subItems", List.of(Map.of("heading", "")))));
        Api.as(tree.cityOffice()).body(body).post("/api/v1/plans").then().statusCode(400)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("year"))
                .body("errors.field", hasItem("items[0].subItems[0].heading"));
    }

    @Test
    void forwardingCreatesAcknowledgementTasksAndShowsWhoIsLate() {
        int id = createPlan(tree.cityOffice(), "市级要点");
        Api.as(tree.countyAOffice()).body(Map.of("documentNumber", "蒲政教督办函〔2023〕3号",
                        "recipientOrgIds", List.of(tree.zoneA()))).post("/api/v1/plans/" + id + "/forwardings")
                .then().statusCode(404);
        Api.as(tree.cityOffice()).post("/api/v1/plans/" + id + "/publish").then().statusCode(200);

        Api.as(tree.countyAOffice()).body(Map.of("documentNumber", "蒲政教督办函〔2023〕3号",
                        "recipientOrgIds", List.of(tree.zoneB()))).post("/api/v1/plans/" + id + "/forwardings")
                .then().statusCode(400).body("errors[0].field", equalTo("recipientOrgIds"));

        var forwarding = Api.as(tree.countyAOffice()).body(Map.of("documentNumber", "蒲政教督办函〔2023〕3号",
                        "recipientOrgIds", List.of(tree.zoneA(), tree.schoolA()),
                        "instructions", "请组织传达学习，做好会议记录。", "dueDate", "2020-03-01"))
                .post("/api/v1/plans/" + id + "/forwardings").then().statusCode(201)
                .body("documentNumber", equalTo("蒲政教督办函〔2023〕3号"))
                .body("recipients", hasSize(2))
                .body("recipients[0].state", equalTo("NOT_ACKNOWLEDGED"))
                .body("recipients[0].late", equalTo(true))
                .extract();
        int ackTask = forwarding.path("recipients[0].taskId");

        Api.as(tree.supervisorA()).get("/api/v1/tasks/" + ackTask).then().statusCode(200)
                .body("category", equalTo("ACKNOWLEDGEMENT")).body("title", containsString("传达学习"))
                .body("allowedActions", hasItem("acknowledge"));
        Api.as(tree.supervisorA()).body(Map.of()).post("/api/v1/tasks/" + ackTask + "/acknowledge").then()
                .statusCode(200).body("acknowledgedAt", notNullValue()).body("status", equalTo("IN_PROGRESS"));

        Api.as(tree.countyAOffice()).get("/api/v1/plans/" + id + "/forwardings").then().statusCode(200)
                .body("[0].recipients[0].state", equalTo("ACKNOWLEDGED"))
                .body("[0].recipients[1].state", equalTo("NOT_ACKNOWLEDGED"));
        // the city sees the county's forwarding (备案); the other county does not
        Api.as(tree.cityOffice()).get("/api/v1/plans/" + id + "/forwardings").then().statusCode(200)
                .body("", hasSize(1));
        Api.as(tree.countyBOffice()).get("/api/v1/plans/" + id + "/forwardings").then().statusCode(200)
                .body("", hasSize(0));
        Api.as(tree.countyBOffice()).get("/api/v1/tasks/" + ackTask).then().statusCode(404);
    }
}
