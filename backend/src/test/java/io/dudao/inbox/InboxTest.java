package io.dudao.inbox;

import io.dudao.inspection.Fixtures;
import io.dudao.support.Api;
import io.dudao.support.TestClock;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inbox (待办): open work whose next step is the caller's, read through the registry. */
@QuarkusTest
class InboxTest {

    static final LocalDate TODAY = LocalDate.of(2023, 3, 1);

    @Inject
    World world;

    @Inject
    EntityManagerFactory emf;

    World.Tree tree;
    int overdueTask;
    int submittedTask;
    int countyBTask;
    int finding;
    int draftReport;
    int caseAgainstB;

    @BeforeEach
    void setUp() {
        TestClock.set(TODAY);
        tree = world.create();
        overdueTask = task(tree.countyA(), "2023-02-20", "报送2022年教育督导工作总结");
        submittedTask = task(tree.countyA(), "2023-03-02", "报送“双减”督导自查报告");
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + submittedTask + "/start").then().statusCode(200);
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + submittedTask + "/submit").then().statusCode(200);
        countyBTask = task(tree.countyB(), "2023-03-20", "富平县责任区工作计划");
        finding = Api.as(tree.countyAOffice()).body(Map.of("sourceTitle", "2023年春季开学检查", "ownerOrgId", tree.schoolA(),
                        "severity", "GENERAL", "description", "校门口护学岗不足", "requirement", "增设护学岗", "dueDate", "2023-03-10"))
                .post(Fixtures.FINDINGS).then().statusCode(201).extract().path("id");
        draftReport = Fixtures.createReport(tree.countyAOffice(),
                Fixtures.report("SPECIAL", "蒲城县城关小学专项督导", tree.schoolA(), null, List.of()));
        Map<String, Object> c = new HashMap<>();
        c.put("subjectType", "GOVERNMENT");
        c.put("subjectOrgId", tree.countyB());
        c.put("source", "OTHER");
        c.put("sourceEndedOn", "2023-01-05");
        c.put("facts", "富平县重点任务推进严重滞后。");
        caseAgainstB = Api.as(tree.cityOffice()).body(c).post("/api/v1/accountability-cases").then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private int task(long assignee, String due, String title) {
        return Api.as(tree.cityOffice()).body(Map.of("title", title, "category", "OTHER", "assigneeOrgId", assignee, "dueDate", due))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    @Test
    void eachCallerSeesWhatWaitsForTheirNextStepWorstLightFirst() {
        // county A: the overdue task to do, its own draft report to submit; not the task it submitted, nor the school's finding
        Api.as(tree.countyAOffice()).get("/api/v1/inbox").then().statusCode(200)
                .body("items.kind", equalTo(List.of("TASK", "REPORT")))
                .body("items.id", equalTo(List.of(overdueTask, draftReport)))
                .body("items[0].title", equalTo("报送2022年教育督导工作总结"))
                .body("items[0].light", equalTo("RED")).body("items[0].link", equalTo("/tasks/" + overdueTask))
                .body("items[1].light", equalTo("NONE")).body("total", equalTo(2));
        // the city: the submitted task to accept, the case it handles
        Api.as(tree.cityOffice()).get("/api/v1/inbox").then().statusCode(200)
                .body("items.findAll { it.kind == 'TASK' }.id", equalTo(List.of(submittedTask)))
                .body("items.findAll { it.kind == 'CASE' }.id", equalTo(List.of(caseAgainstB)));
        // the school: the finding to rectify; once rectified it waits for county A to verify
        Api.as(tree.schoolAUser()).get("/api/v1/inbox").then().statusCode(200)
                .body("items.kind", equalTo(List.of("FINDING"))).body("items[0].title", equalTo("校门口护学岗不足"));
        Api.as(tree.schoolAUser()).body(Map.of("measures", "已增设护学岗两处")).post(Fixtures.FINDINGS + "/" + finding + "/rectifications")
                .then().statusCode(201);
        Api.as(tree.schoolAUser()).get("/api/v1/inbox").then().body("total", equalTo(0));
        Api.as(tree.countyAOffice()).get("/api/v1/inbox?kind=FINDING").then().statusCode(200)
                .body("items.id", equalTo(List.of(finding)));
        // a viewer takes no steps
        Api.as(tree.viewer()).get("/api/v1/inbox").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anotherCountysWorkNeverAppears() {
        var countyB = Api.as(tree.countyBOffice()).get("/api/v1/inbox?size=200").then().statusCode(200)
                .body("items.id", hasItem(countyBTask))
                .body("items.ownerOrgId", everyItem(equalTo((int) tree.countyB())));
        countyB.body("items.id", not(hasItem(overdueTask))).body("items.id", not(hasItem(submittedTask)));
        Api.as(tree.countyBOffice()).get("/api/v1/inbox/counts").then().statusCode(200)
                .body("kinds.find { it.kind == 'TASK' }.open", equalTo(1))
                .body("kinds.find { it.kind == 'FINDING' }.open", equalTo(0))
                .body("kinds.find { it.kind == 'REPORT' }.open", equalTo(0));
        Api.as(tree.countyAOffice()).get("/api/v1/inbox?size=200").then().body("items.id", not(hasItem(countyBTask)));
    }

    @Test
    void countsPerKindAgreeWithTheList() {
        Api.as(tree.countyAOffice()).get("/api/v1/inbox/counts").then().statusCode(200)
                .body("total", equalTo(2)).body("overdue", equalTo(1))
                .body("kinds.kind", equalTo(List.of("TASK", "FORWARDING", "REPORT", "FINDING", "CASE", "MONITORING")))
                .body("kinds.find { it.kind == 'TASK' }.open", equalTo(1))
                .body("kinds.find { it.kind == 'TASK' }.overdue", equalTo(1))
                .body("kinds.find { it.kind == 'REPORT' }.open", equalTo(1));
        Api.as(tree.cityOffice()).get("/api/v1/inbox/counts").then()
                .body("kinds.find { it.kind == 'TASK' }.dueSoon", equalTo(1));
    }

    @Test
    void pagesAndKindFilterAndBadInput() {
        Api.as(tree.countyAOffice()).get("/api/v1/inbox?size=1&page=1").then().statusCode(200)
                .body("items.id", equalTo(List.of(draftReport))).body("total", equalTo(2));
        Api.as(tree.countyAOffice()).get("/api/v1/inbox?kind=REPORT&kind=CASE").then().statusCode(200)
                .body("items.id", equalTo(List.of(draftReport)));
        Api.as(tree.countyAOffice()).get("/api/v1/inbox?kind=待办").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        Api.as(tree.countyAOffice()).get("/api/v1/inbox?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        Api.anonymous().get("/api/v1/inbox").then().statusCode(401);
    }

    @Test
    void aPageCostsABoundedNumberOfStatementsHoweverMuchWaits() {
        long few = fewestStatements("/api/v1/inbox?size=50");
        for (int i = 0; i < 6; i++) {
            task(tree.countyA(), "2023-03-0" + (i + 2), "批量任务" + i);
        }
        long many = fewestStatements("/api/v1/inbox?size=50");
        assertTrue(many == few, "statements grew with the items: " + few + " -> " + many);
        // the caller's lookup and the page (no count: the page is not full)
        assertTrue(many <= 3, "statements: " + many);
        assertTrue(fewestStatements("/api/v1/inbox/counts") <= 3);
    }

    private long fewestStatements(String path) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        Api.as(tree.countyAOffice()).get(path).then().statusCode(200); // warm-up
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            stats.setStatisticsEnabled(true);
            stats.clear();
            try {
                Api.as(tree.countyAOffice()).get(path).then().statusCode(200);
                fewest = Math.min(fewest, stats.getPrepareStatementCount());
            } finally {
                stats.setStatisticsEnabled(false);
            }
        }
        return fewest;
    }
}
