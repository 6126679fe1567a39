package io.dudao.work;

import io.dudao.common.security.Caller;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.work.WorkKind;
import io.dudao.common.work.WorkRegistry;
import io.dudao.inspection.Fixtures;
import io.dudao.support.Api;
import io.dudao.support.TestClock;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plan items linked to every kind of work, and progress per item counted through the registry. */
@QuarkusTest
class PlanProgressTest {

    static final LocalDate TODAY = LocalDate.of(2023, 3, 1);

    @Inject
    World world;

    @Inject
    WorkRegistry registry;

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    World.Tree tree;
    int planId;
    int item1;
    int item2;
    int sub21;
    int item3;

    @BeforeEach
    void setUp() {
        TestClock.set(TODAY);
        tree = world.create();
        Map<String, Object> body = new HashMap<>();
        body.put("title", "渭南市2023年工作要点");
        body.put("year", 2023);
        body.put("items", List.of(
                Map.of("heading", "做好市级政府履行教育职责评价考核"),
                Map.of("heading", "推进“两个创建”工作", "subItems", List.of(Map.of("heading", "系统推进“县域义务教育优质均衡”创建工作"))),
                Map.of("heading", "进一步加大宣传工作力度")));
        planId = Api.as(tree.cityOffice()).body(body).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        Api.as(tree.cityOffice()).post("/api/v1/plans/" + planId + "/publish").then().statusCode(200);
        var plan = Api.as(tree.cityOffice()).get("/api/v1/plans/" + planId).then().extract();
        item1 = plan.path("items[0].id");
        item2 = plan.path("items[1].id");
        sub21 = plan.path("items[1].subItems[0].id");
        item3 = plan.path("items[2].id");
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private int task(String user, long assignee, Integer planItem, String due) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "任务" + System.nanoTime());
        body.put("category", "OTHER");
        body.put("assigneeOrgId", assignee);
        body.put("dueDate", due);
        if (planItem != null) {
            body.put("planItemId", planItem);
        }
        return Api.as(user).body(body).post("/api/v1/tasks").then().statusCode(201)
                .body("planId", equalTo(planItem == null ? null : planId)).extract().path("id");
    }

    private int finding(String user, long owner, int planItem, String due) {
        return Api.as(user).body(Map.of("sourceTitle", "2023年春季开学检查", "ownerOrgId", owner, "severity", "GENERAL",
                        "description", "校门口护学岗不足", "requirement", "增设护学岗", "dueDate", due, "planItemId", planItem))
                .post(Fixtures.FINDINGS).then().statusCode(201).extract().path("id");
    }

    private void linkEveryKind() {
        // item 1: an overdue task of county A, and one completed; a finding of county A due in 9 days; a case against county B
        task(tree.cityOffice(), tree.countyA(), item1, "2023-02-20");
        int done = task(tree.cityOffice(), tree.countyA(), item1, "2023-02-25");
        Api.as(tree.countyAOffice()).body(Map.of("percent", 100)).post("/api/v1/tasks/" + done + "/progress").then().statusCode(201);
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + done + "/submit").then().statusCode(200);
        Api.as(tree.cityOffice()).post("/api/v1/tasks/" + done + "/accept").then().statusCode(200);
        finding(tree.countyAOffice(), tree.schoolA(), item1, "2023-03-10");
        Map<String, Object> c = new HashMap<>();
        c.put("subjectType", "GOVERNMENT");
        c.put("subjectOrgId", tree.countyB());
        c.put("source", "OTHER");
        c.put("sourceEndedOn", "2023-01-05");
        c.put("facts", "富平县重点任务推进严重滞后。");
        c.put("planItemId", item1);
        Api.as(tree.cityOffice()).body(c).post("/api/v1/accountability-cases").then().statusCode(201)
                .body("planItemId", equalTo(item1));
        // sub-item 2.1: a task of county A due tomorrow; item 2 itself: a draft report on school A
        task(tree.cityOffice(), tree.countyA(), sub21, "2023-03-02");
        Map<String, Object> report = Fixtures.report("SPECIAL", "专项督导" + System.nanoTime(), tree.schoolA(), null, List.of());
        report.put("planItemId", item2);
        Api.as(tree.countyAOffice()).body(report).post(Fixtures.REPORTS).then().statusCode(201).body("planItemId", equalTo(item2));
        // unlinked work counts nowhere
        task(tree.cityOffice(), tree.countyA(), null, "2023-02-01");
    }

    @Test
    void progressCountsEveryKindPerItemWithSubItemsAndSaysNotLinkedRatherThanZero() {
        linkEveryKind();
        var city = Api.as(tree.cityOffice()).get("/api/v1/plans/" + planId + "/progress").then().statusCode(200)
                .body("asOf", equalTo("2023-03-01"))
                .body("year", equalTo(2023))
                // item 1: two tasks (one done, one overdue), a finding due in 9 days, a case whose 60-day clock ends on 03-06
                .body("items[0].progress.status", equalTo("OPEN"))
                .body("items[0].progress.linked", equalTo(4))
                .body("items[0].progress.done", equalTo(1))
                .body("items[0].progress.open", equalTo(3))
                .body("items[0].progress.overdue", equalTo(1))
                .body("items[0].progress.completion", equalTo(0.25f))
                .body("items[0].progress.light", equalTo("RED"))
                .body("items[0].progress.kinds.find { it.kind == 'FINDING' }.light", equalTo("GREEN"))
                .body("items[0].progress.kinds.find { it.kind == 'CASE' }.nextOpenDue", equalTo("2023-03-06"))
                // item 2 includes its sub-item's task (due tomorrow: yellow) and its own draft report (open, no deadline)
                .body("items[1].progress.linked", equalTo(2))
                .body("items[1].progress.light", equalTo("YELLOW"))
                .body("items[1].progress.kinds.kind", equalTo(List.of("TASK", "REPORT")))
                .body("items[1].subItems[0].progress.linked", equalTo(1))
                .body("items[1].subItems[0].progress.kinds[0].light", equalTo("YELLOW"))
                // nothing linked: 未关联, not 0 %
                .body("items[2].progress.status", equalTo("NOT_LINKED"))
                .body("items[2].progress.completion", nullValue())
                .body("progress.linked", equalTo(6))
                .extract();
        assertEquals(Map.of("kind", "TASK", "linked", 2, "done", 1, "open", 1, "overdue", 1, "light", "RED",
                "nextOpenDue", "2023-02-20"), city.path("items[0].progress.kinds.find { it.kind == 'TASK' }"));

        // county B sees the city's plan but only its own work in it: the case against it is not notified yet
        Api.as(tree.countyBOffice()).get("/api/v1/plans/" + planId + "/progress").then().statusCode(200)
                .body("progress.status", equalTo("NOT_LINKED"));
        // county A sees its tasks, its finding and its report
        Api.as(tree.countyAOffice()).get("/api/v1/plans/" + planId + "/progress").then().statusCode(200)
                .body("items[0].progress.linked", equalTo(3))
                .body("items[0].progress.kinds.kind", equalTo(List.of("TASK", "FINDING")))
                .body("progress.linked", equalTo(5));
    }

    @Test
    void progressCostsAtMostThreeStatementsHoweverMuchIsLinked() {
        linkEveryKind();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        Api.as(tree.cityOffice()).get("/api/v1/plans/" + planId + "/progress").then().statusCode(200); // warm-up
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            stats.setStatisticsEnabled(true);
            stats.clear();
            try {
                Api.as(tree.cityOffice()).get("/api/v1/plans/" + planId + "/progress").then().statusCode(200);
                fewest = Math.min(fewest, stats.getPrepareStatementCount());
            } finally {
                stats.setStatisticsEnabled(false);
            }
        }
        // the caller's lookup, the plan's items, the counts of every kind
        assertTrue(fewest <= 3, "statements: " + fewest);
    }

    @Test
    void theRegistryListsACallersOpenWorkWorstLightFirstPaged() {
        linkEveryKind();
        Caller countyA = QuarkusTransaction.requiringNew().call(() -> caller(tree.countyAOffice()));
        var page = QuarkusTransaction.requiringNew().call(() ->
                registry.openItems(countyA, WorkRegistry.Filter.ALL, 0, 2, TODAY));
        assertEquals(2, page.items().size());
        assertEquals(5, page.total()); // 3 open tasks (one unlinked), the finding, the report
        assertEquals(List.of("RED", "RED"), page.items().stream().map(i -> i.light().name()).toList());
        assertTrue(page.items().get(0).link().startsWith("/tasks/"));
        var rest = QuarkusTransaction.requiringNew().call(() -> registry.openItems(countyA, WorkRegistry.Filter.ALL, 1, 2, TODAY));
        assertEquals(List.of("YELLOW", "GREEN"), rest.items().stream().map(i -> i.light().name()).toList());
        var last = QuarkusTransaction.requiringNew().call(() -> registry.openItems(countyA, WorkRegistry.Filter.ALL, 2, 2, TODAY));
        assertEquals(List.of(WorkKind.REPORT), last.items().stream().map(WorkRegistry.WorkItem::kind).toList());
        assertEquals("NONE", last.items().get(0).light().name());
        var findings = QuarkusTransaction.requiringNew().call(() ->
                registry.openItems(countyA, new WorkRegistry.Filter((long) item1, Set.of(WorkKind.FINDING)), 0, 20, TODAY));
        assertEquals(1, findings.total());
        assertEquals("校门口护学岗不足", findings.items().get(0).title());
        assertTrue(findings.items().get(0).ownerOrgName().startsWith("蒲城县城关小学"));
        // county B: nothing of county A's
        Caller countyB = QuarkusTransaction.requiringNew().call(() -> caller(tree.countyBOffice()));
        var other = QuarkusTransaction.requiringNew().call(() -> registry.openItems(countyB, WorkRegistry.Filter.ALL, 0, 20, TODAY));
        assertEquals(0, other.total());
    }

    @Test
    void linkingNeedsAnItemTheCallerCanSeeAndListsFilterByIt() {
        // county A's own plan (its copy of the city's): county A links to it, county B cannot
        Map<String, Object> copy = new HashMap<>();
        copy.put("title", "渭南市2023年工作要点（蒲城县转发）");
        copy.put("year", 2023);
        copy.put("items", List.of(Map.of("heading", "做好市级政府履行教育职责评价考核")));
        int copyId = Api.as(tree.countyAOffice()).body(copy).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        Api.as(tree.countyAOffice()).post("/api/v1/plans/" + copyId + "/publish").then().statusCode(200);
        int copyItem = Api.as(tree.countyAOffice()).get("/api/v1/plans/" + copyId).then().extract().path("items[0].id");
        int linked = finding(tree.countyAOffice(), tree.schoolA(), copyItem, "2023-04-01");
        Api.as(tree.countyBOffice()).body(Map.of("sourceTitle", "检查", "ownerOrgId", tree.schoolB(), "severity", "MINOR",
                        "description", "问题", "requirement", "整改", "dueDate", "2023-04-01", "planItemId", copyItem))
                .post(Fixtures.FINDINGS).then().statusCode(400).body("errors[0].field", equalTo("planItemId"));
        Map<String, Object> report = Fixtures.report("SPECIAL", "专项督导", tree.schoolB(), null, List.of());
        report.put("planItemId", copyItem);
        Api.as(tree.countyBOffice()).body(report).post(Fixtures.REPORTS).then().statusCode(400)
                .body("errors[0].field", equalTo("planItemId"));
        Api.as(tree.countyAOffice()).get(Fixtures.FINDINGS + "?planItemId=" + copyItem).then().statusCode(200)
                .body("items.id", equalTo(List.of(linked)));
        // a creation programme names the item it serves under the same rule
        Api.as(tree.countyBOffice()).body(programme(tree.countyB(), copyItem)).post("/api/v1/creation-programmes").then()
                .statusCode(400).body("errors[0].field", equalTo("planItemId"));
        Api.as(tree.countyAOffice()).body(programme(tree.countyA(), copyItem)).post("/api/v1/creation-programmes").then()
                .statusCode(201).body("planItemId", equalTo(copyItem));
        Api.as(tree.countyBOffice()).get("/api/v1/plans/" + copyId + "/progress").then().statusCode(404);
        Api.as(tree.countyBOffice()).get("/api/v1/plan-items/" + copyItem).then().statusCode(404);
        Api.as(tree.countyAOffice()).get("/api/v1/plan-items/" + copyItem).then().statusCode(200)
                .body("planId", equalTo(copyId)).body("path", equalTo(List.of(1))).body("planYear", equalTo(2023));
        Api.as(tree.countyBOffice()).get("/api/v1/plan-items/" + sub21).then().statusCode(200)
                .body("path", equalTo(List.of(2, 1))).body("heading", equalTo("系统推进“县域义务教育优质均衡”创建工作"));

        linkEveryKind();
        Api.as(tree.cityOffice()).get("/api/v1/tasks?planItemId=" + item1).then().body("total", equalTo(2));
        Api.as(tree.cityOffice()).get("/api/v1/accountability-cases?planItemId=" + item1).then().body("total", equalTo(1));
        Api.as(tree.cityOffice()).get(Fixtures.REPORTS + "?planItemId=" + item2).then().body("total", equalTo(1));
        // an item's work includes its sub-items', as its progress does
        Api.as(tree.cityOffice()).get("/api/v1/tasks?planItemId=" + item2).then().body("total", equalTo(1));
        Api.as(tree.cityOffice()).get("/api/v1/tasks?planItemId=" + sub21).then().body("total", equalTo(1));
        Api.as(tree.cityOffice()).get(Fixtures.FINDINGS + "?planItemId=" + item1).then().body("total", equalTo(1))
                .body("items[0].sourceType", equalTo("OTHER"));
        // a task may name just the item: its plan follows
        Api.as(tree.cityOffice()).get("/api/v1/tasks?planId=" + planId + "&size=50").then().body("total", equalTo(3));
    }

    private static Map<String, Object> programme(long county, int planItemId) {
        return Map.of("kind", "BALANCED_COMPULSORY", "countyOrgId", county, "targetYear", 2025, "planItemId", planItemId,
                "stages", List.of(Map.of("year", 2023, "goal", "摸清底数，建立问题台账", "dueDate", "2023-12-20")));
    }

    private Caller caller(String username) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select u.id, u.organization_id, o.path from app_user u join organization o on o.id = u.organization_id
                        where u.username = ?1""").setParameter(1, username).getSingleResult();
        return new Caller(((Number) row[0]).longValue(), username, ((Number) row[1]).longValue(), (String) row[2],
                CurrentCaller.parseRoles("COUNTY_OFFICE"));
    }
}
