package io.dudao.notification;

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
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** In-app notifications from what happens to work, read and marked by their own user only. */
@QuarkusTest
class NotificationTest {

    static final String NOTIFICATIONS = "/api/v1/notifications";

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private int task(long assignee, String title) {
        return Api.as(tree.cityOffice()).body(Map.of("title", title, "category", "OTHER", "assigneeOrgId", assignee, "dueDate", "2030-06-30"))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    @Test
    void assignedAndReturnedTasksNotifyTheAssigneesPeople() {
        int id = task(tree.countyA(), "报送2022年教育督导工作总结");
        Api.as(tree.countyAOffice()).get(NOTIFICATIONS).then().statusCode(200)
                .body("items.kind", equalTo(List.of("ASSIGNED"))).body("unread", equalTo(1))
                .body("items[0].title", equalTo("新任务：报送2022年教育督导工作总结"))
                .body("items[0].link", equalTo("/tasks/" + id)).body("items[0].readAt", nullValue());
        Api.as(tree.countyBOffice()).get(NOTIFICATIONS).then().body("total", equalTo(0));
        Api.as(tree.cityOffice()).get(NOTIFICATIONS).then().body("total", equalTo(0));
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + id + "/start").then().statusCode(200);
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + id + "/submit").then().statusCode(200);
        Api.as(tree.cityOffice()).body(Map.of("reason", "缺少附件")).post("/api/v1/tasks/" + id + "/return").then().statusCode(200);
        Api.as(tree.countyAOffice()).get(NOTIFICATIONS).then()
                .body("items.kind", equalTo(List.of("RETURNED", "ASSIGNED"))).body("unread", equalTo(2))
                .body("items[0].title", equalTo("任务被退回：报送2022年教育督导工作总结"));
    }

    @Test
    void aReopenedFindingNotifiesTheSchool() {
        int finding = Api.as(tree.countyAOffice()).body(Map.of("sourceTitle", "2023年春季开学检查", "ownerOrgId", tree.schoolA(),
                        "severity", "GENERAL", "description", "校门口护学岗不足", "requirement", "增设护学岗", "dueDate", "2030-03-10"))
                .post(Fixtures.FINDINGS).then().statusCode(201).extract().path("id");
        Api.as(tree.schoolAUser()).body(Map.of("measures", "已增设护学岗")).post(Fixtures.FINDINGS + "/" + finding + "/rectifications")
                .then().statusCode(201);
        // the rectification is a reply the issuing office waits for
        Api.as(tree.countyAOffice()).get(NOTIFICATIONS).then().statusCode(200)
                .body("items.kind", equalTo(List.of("REPLIED"))).body("items[0].title", equalTo("问题整改有新的报送：校门口护学岗不足"))
                .body("items[0].link", equalTo("/findings/" + finding));
        Api.as(tree.countyBOffice()).get(NOTIFICATIONS).then().body("total", equalTo(0));
        Api.as(tree.countyAOffice()).body(Map.of("reason", "缺少照片")).post(Fixtures.FINDINGS + "/" + finding + "/reopen")
                .then().statusCode(200);
        Api.as(tree.schoolAUser()).get(NOTIFICATIONS + "?unread=true").then().statusCode(200)
                .body("items.kind", equalTo(List.of("RETURNED"))).body("items[0].workKind", equalTo("FINDING"))
                .body("items[0].title", equalTo("问题整改被退回：校门口护学岗不足"));
    }

    @Test
    void aStatementOnACaseNotifiesTheHandlingOffice() {
        int id = Api.as(tree.cityOffice()).body(Map.of("subjectType", "GOVERNMENT", "subjectOrgId", tree.countyA(),
                        "scenarioCodes", List.of(), "source", "OTHER", "facts", "重点任务严重滞后"))
                .post("/api/v1/accountability-cases").then().statusCode(201).extract().path("id");
        Api.as(tree.cityOffice()).body(Map.of()).post("/api/v1/accountability-cases/" + id + "/investigate").then().statusCode(200);
        Api.as(tree.cityOffice()).body(Map.of()).post("/api/v1/accountability-cases/" + id + "/notify").then().statusCode(200);
        Api.as(tree.cityOffice()).get(NOTIFICATIONS).then().body("total", equalTo(0));
        Api.as(tree.countyAOffice()).body(Map.of("text", "我县已制定整改方案，请求从轻处理。"))
                .post("/api/v1/accountability-cases/" + id + "/statement").then().statusCode(200);
        Api.as(tree.cityOffice()).get(NOTIFICATIONS).then().statusCode(200)
                .body("items.kind", equalTo(List.of("REPLIED"))).body("items[0].workKind", equalTo("CASE"))
                .body("items[0].link", equalTo("/accountability/" + id))
                .body("items[0].title", startsWith("问责案件有新的报送："));
        Api.as(tree.countyBOffice()).get(NOTIFICATIONS).then().body("total", equalTo(0));
    }

    @Test
    void markingReadIsForTheOwnerOnlyAndMarkAllReadCounts() {
        task(tree.countyA(), "任务一");
        task(tree.countyA(), "任务二");
        int first = Api.as(tree.countyAOffice()).get(NOTIFICATIONS).then().extract().path("items[0].id");
        // another user's notification: 404, and it stays unread
        Api.as(tree.countyBOffice()).post(NOTIFICATIONS + "/" + first + "/read").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        Api.as(tree.countyAOffice()).get(NOTIFICATIONS).then().body("unread", equalTo(2)).body("items[0].readAt", nullValue());
        Api.as(tree.countyAOffice()).post(NOTIFICATIONS + "/" + first + "/read").then().statusCode(200)
                .body("id", equalTo(first)).body("readAt", notNullValue());
        Api.as(tree.countyAOffice()).get(NOTIFICATIONS + "?unread=true").then().body("total", equalTo(1)).body("unread", equalTo(1));
        Api.as(tree.countyAOffice()).post(NOTIFICATIONS + "/read-all").then().statusCode(200).body("marked", equalTo(1));
        Api.as(tree.countyAOffice()).get(NOTIFICATIONS).then().body("unread", equalTo(0)).body("total", equalTo(2));
        Api.as(tree.countyAOffice()).post(NOTIFICATIONS + "/999999999/read").then().statusCode(404);
        Api.as(tree.countyAOffice()).get(NOTIFICATIONS + "?size=500").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
