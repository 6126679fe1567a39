package io.dudao.task;

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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class TaskTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private Map<String, Object> task(String title, long assignee, LocalDate due) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("category", "CREATION");
        body.put("assigneeOrgId", assignee);
        body.put("priority", "HIGH");
        body.put("startDate", LocalDate.now().minusDays(10).toString());
        body.put("dueDate", due.toString());
        body.put("milestones", List.of(Map.of("title", "摸清底数", "dueDate", due.minusDays(5).toString())));
        return body;
    }

    private int create(String user, Map<String, Object> body) {
        return Api.as(user).body(body).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    @Test
    void theFullWorkflowWithProgressAndAcceptance() {
        int id = create(tree.cityOffice(), task("建立问题台账", tree.countyA(), LocalDate.now().plusDays(30)));
        Api.as(tree.countyAOffice()).get("/api/v1/tasks/" + id).then().statusCode(200)
                .body("status", equalTo("NOT_STARTED")).body("light", equalTo("GREEN"))
                .body("milestones[0].title", equalTo("摸清底数"))
                .body("allowedActions", hasItems("start", "progress"))
                .body("allowedActions", not(hasItem("accept")));

        Api.as(tree.cityOffice()).post("/api/v1/tasks/" + id + "/start").then().statusCode(403);
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + id + "/submit").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("detail", containsString("NOT_STARTED"));
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + id + "/start").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        Api.as(tree.countyAOffice()).body(Map.of("percent", 50, "note", "已完成摸底")).post("/api/v1/tasks/" + id + "/progress")
                .then().statusCode(201).body("percent", equalTo(50));
        Api.as(tree.countyAOffice()).body(Map.of("percent", 30)).post("/api/v1/tasks/" + id + "/progress")
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
        Api.as(tree.countyAOffice()).body(Map.of("percent", 30, "note", "重新核查数据")).post("/api/v1/tasks/" + id + "/progress")
                .then().statusCode(201);
        Api.as(tree.countyAOffice()).body(Map.of("percent", 101)).post("/api/v1/tasks/" + id + "/progress")
                .then().statusCode(400);
        Api.as(tree.countyAOffice()).get("/api/v1/tasks/" + id + "/progress").then().statusCode(200)
                .body("percent", equalTo(List.of(50, 30)));

        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + id + "/accept").then().statusCode(403);
        Api.as(tree.cityOffice()).body(Map.of("reason", "佐证材料不全")).post("/api/v1/tasks/" + id + "/return")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS")).body("returnReason", equalTo("佐证材料不全"));
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + id + "/submit").then().statusCode(200);
        Api.as(tree.cityOffice()).post("/api/v1/tasks/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("progressPercent", equalTo(100)).body("light", equalTo("NONE"));
        Api.as(tree.cityOffice()).post("/api/v1/tasks/" + id + "/cancel").then().statusCode(409);
    }

    @Test
    void anotherCountyNeverSeesTheTask() {
        int id = create(tree.cityOffice(), task("城市下达给蒲城", tree.countyA(), LocalDate.now().plusDays(3)));
        Api.as(tree.countyBOffice()).get("/api/v1/tasks/" + id).then().statusCode(404);
        Api.as(tree.countyBOffice()).post("/api/v1/tasks/" + id + "/start").then().statusCode(404);
        Api.as(tree.countyBOffice()).get("/api/v1/tasks?size=200").then().statusCode(200).body("items.id", not(hasItem(id)));
        Api.as(tree.schoolAUser()).get("/api/v1/tasks/" + id).then().statusCode(404);
        Api.as(tree.cityOffice()).get("/api/v1/tasks/" + id).then().statusCode(200).body("light", equalTo("YELLOW"));
    }

    @Test
    void batchCreatesOneChildPerAssigneeAndEachSeesOnlyItsOwn() {
        Map<String, Object> body = task("推进两个创建", 0, LocalDate.now().plusDays(60));
        body.remove("assigneeOrgId");
        body.put("assigneeOrgIds", List.of(tree.countyA(), tree.countyB()));
        var result = Api.as(tree.cityOffice()).body(body).post("/api/v1/tasks/batch").then().statusCode(201)
                .body("children", hasSize(2)).extract();
        int parent = result.path("parent.id");
        int childA = result.path("children[0].id");
        int childB = result.path("children[1].id");
        Api.as(tree.cityOffice()).get("/api/v1/tasks/" + parent + "/children").then().statusCode(200)
                .body("id", equalTo(List.of(childA, childB)));
        Api.as(tree.countyAOffice()).get("/api/v1/tasks?mine=true&size=200").then().statusCode(200)
                .body("items.id", hasItem(childA)).body("items.id", not(hasItem(childB)));
        Api.as(tree.countyAOffice()).get("/api/v1/tasks/" + parent).then().statusCode(404);

        // the parent's progress is the average of its children's
        Api.as(tree.countyAOffice()).body(Map.of("percent", 80)).post("/api/v1/tasks/" + childA + "/progress").then().statusCode(201);
        Api.as(tree.countyBOffice()).body(Map.of("percent", 40)).post("/api/v1/tasks/" + childB + "/progress").then().statusCode(201);
        Api.as(tree.cityOffice()).get("/api/v1/tasks/" + parent).then().statusCode(200).body("progressPercent", equalTo(60));
    }

    @Test
    void anAssigneeDecomposesIntoItsOwnSubtreeOnly() {
        int id = create(tree.cityOffice(), task("市级任务", tree.countyA(), LocalDate.now().plusDays(20)));
        Map<String, Object> sub = task("责任区落实", tree.zoneA(), LocalDate.now().plusDays(15));
        sub.put("parentId", id);
        int child = create(tree.countyAOffice(), sub);
        Api.as(tree.supervisorA()).get("/api/v1/tasks/" + child).then().statusCode(200);
        Api.as(tree.supervisorA()).get("/api/v1/tasks/" + id).then().statusCode(404);
        Map<String, Object> outside = task("越界", tree.zoneB(), LocalDate.now().plusDays(15));
        outside.put("parentId", id);
        Api.as(tree.countyAOffice()).body(outside).post("/api/v1/tasks").then().statusCode(400)
                .body("errors[0].field", equalTo("assigneeOrgId"));
        Map<String, Object> notMine = task("不是我的任务", tree.zoneB(), LocalDate.now().plusDays(15));
        notMine.put("parentId", id);
        Api.as(tree.countyBOffice()).body(notMine).post("/api/v1/tasks").then().statusCode(404);
    }

    @Test
    void lightsAndFilters() {
        int red = create(tree.cityOffice(), task("已逾期", tree.countyA(), LocalDate.now().minusDays(1)));
        int yellow = create(tree.cityOffice(), task("即将到期", tree.countyA(), LocalDate.now().plusDays(2)));
        int green = create(tree.cityOffice(), task("正常", tree.countyA(), LocalDate.now().plusDays(20)));
        String base = "/api/v1/tasks?assigneeOrgId=" + tree.countyA() + "&size=200";
        Api.as(tree.cityOffice()).get(base + "&light=RED").then().statusCode(200).body("items.id", equalTo(List.of(red)))
                .body("items[0].light", equalTo("RED"));
        Api.as(tree.cityOffice()).get(base + "&light=YELLOW").then().body("items.id", equalTo(List.of(yellow)));
        Api.as(tree.cityOffice()).get(base + "&light=GREEN").then().body("items.id", equalTo(List.of(green)));
        Api.as(tree.cityOffice()).get(base + "&sort=dueDate,desc").then().body("items.id", equalTo(List.of(green, yellow, red)));
        Api.as(tree.cityOffice()).get(base + "&q=逾期").then().body("items.id", equalTo(List.of(red)));
        Api.as(tree.cityOffice()).get(base + "&dueAfter=" + LocalDate.now()).then().body("items.id", hasSize(2));
        Api.as(tree.cityOffice()).get(base + "&light=BLUE").then().statusCode(400).body("errors[0].field", equalTo("light"));
        Api.as(tree.cityOffice()).get(base + "&dueBefore=tomorrow").then().statusCode(400);
        Api.as(tree.cityOffice()).get(base + "&sort=priority,asc").then().statusCode(200);
    }

    @Test
    void updatesDeletesAndVersions() {
        var created = Api.as(tree.cityOffice()).body(task("可修改", tree.countyA(), LocalDate.now().plusDays(9)))
                .post("/api/v1/tasks").then().statusCode(201).extract();
        int id = created.path("id");
        int version = created.path("version");
        Map<String, Object> update = task("已修改", tree.countyB(), LocalDate.now().plusDays(12));
        update.put("version", version);
        Api.as(tree.countyAOffice()).body(update).put("/api/v1/tasks/" + id).then().statusCode(403);
        Api.as(tree.cityOffice()).body(update).put("/api/v1/tasks/" + id).then().statusCode(200)
                .body("title", equalTo("已修改")).body("assigneeOrgId", equalTo((int) tree.countyB()));
        Api.as(tree.cityOffice()).body(update).put("/api/v1/tasks/" + id).then().statusCode(409);
        Api.as(tree.countyAOffice()).get("/api/v1/tasks/" + id).then().statusCode(404);
        Api.as(tree.countyBOffice()).post("/api/v1/tasks/" + id + "/start").then().statusCode(200);
        Api.as(tree.cityOffice()).delete("/api/v1/tasks/" + id).then().statusCode(409).body("code", equalTo("TASK_IN_USE"));
        int fresh = create(tree.cityOffice(), task("删除我", tree.countyA(), LocalDate.now().plusDays(9)));
        Api.as(tree.cityOffice()).delete("/api/v1/tasks/" + fresh).then().statusCode(204);
        Map<String, Object> backwards = task("日期颠倒", tree.countyA(), LocalDate.now().minusDays(30));
        Api.as(tree.cityOffice()).body(backwards).post("/api/v1/tasks").then().statusCode(400)
                .body("errors[0].field", equalTo("dueDate"));
        Api.as(tree.viewer()).body(task("查看者", tree.countyA(), LocalDate.now().plusDays(3))).post("/api/v1/tasks")
                .then().statusCode(403);
    }
}
