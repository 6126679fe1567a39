package io.dudao.inspection;

import io.dudao.common.db.Sql;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.dudao.inspection.Fixtures.FINDINGS;
import static io.dudao.inspection.Fixtures.REPORTS;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lists issue the same number of SQL statements whatever the page holds (no N+1), and at most three;
 * Hibernate's statements and the plain JDBC reads ({@link Sql}) both count.
 */
@QuarkusTest
class QueryCountTest {

    @Inject
    World world;

    @Inject
    EntityManagerFactory emf;

    @Inject
    Sql sql;

    /**
     * Statements one GET of the list prepares. The statistics are global, so a scheduler job running at
     * the same moment (webhook delivery, idempotency cleanup) adds to them: the fewest of three
     * measurements is the request's own count, while an N+1 would show in all three.
     */
    private long statements(String user, String path, int expectedItems) {
        return statements(user, path, "items.size()", expectedItems);
    }

    private long statements(String user, String path, String sizePath, int expectedItems) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        Api.as(user).get(path).then().statusCode(200); // warm-up: sign-in, caches
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            stats.setStatisticsEnabled(true);
            stats.clear();
            long before = sql.statementCount();
            try {
                Api.as(user).get(path).then().statusCode(200).body(sizePath, equalTo(expectedItems));
                fewest = Math.min(fewest, stats.getPrepareStatementCount() + sql.statementCount() - before);
            } finally {
                stats.setStatisticsEnabled(false);
            }
        }
        return fewest;
    }

    private void publishedReportWithRectifiedFindings(World.Tree tree, int findings) {
        int report = Fixtures.createReport(tree.countyAOffice(), Fixtures.report("SPECIAL", "专项督导" + System.nanoTime(),
                tree.schoolA(), null, List.of()));
        List<Integer> ids = new java.util.ArrayList<>();
        for (int i = 0; i < findings; i++) {
            ids.add(Fixtures.createFinding(tree.countyAOffice(), report, Fixtures.finding(null, "GENERAL", "问题" + i, null,
                    LocalDate.now().plusDays(i))));
        }
        Fixtures.submitApprovePublish(report, tree.countyAOffice(), tree.countyAOffice());
        for (int id : ids) {
            Api.as(tree.schoolAUser()).body(Map.of("measures", "已整改")).post(FINDINGS + "/" + id + "/rectifications")
                    .then().statusCode(201);
        }
    }

    @Test
    void listsCostTheSameForOneItemAndForMany() {
        World.Tree tree = world.create();
        publishedReportWithRectifiedFindings(tree, 1);
        String findings = FINDINGS + "?ownerOrgId=" + tree.schoolA() + "&size=50";
        String reports = REPORTS + "?targetOrgId=" + tree.schoolA() + "&size=50";
        String systems = Fixtures.SYSTEMS + "?size=50&ownerOrgId=" + tree.countyA();
        Fixtures.publishedScoredSystem(tree.countyAOffice(), "SCHOOL");
        long oneFinding = statements(tree.countyAOffice(), findings, 1);
        long oneReport = statements(tree.countyAOffice(), reports, 1);
        long oneSystem = statements(tree.countyAOffice(), systems, 1);
        assertTrue(oneFinding >= 1 && oneReport >= 1 && oneSystem >= 1,
                "statements are being counted: " + oneFinding + "/" + oneReport + "/" + oneSystem);
        assertEquals(1, oneFinding, "a page of findings that is not full: one statement, no count");
        assertEquals(1, oneReport, "a page of reports that is not full: one statement, no count");

        for (int i = 0; i < 4; i++) {
            publishedReportWithRectifiedFindings(tree, 3);
            Fixtures.publishedScoredSystem(tree.countyAOffice(), "SCHOOL");
        }
        assertEquals(oneFinding, statements(tree.countyAOffice(), findings, 13), "findings list");
        assertEquals(oneReport, statements(tree.countyAOffice(), reports, 5), "reports list");
        assertEquals(oneSystem, statements(tree.countyAOffice(), systems, 5), "indicator systems list");
        assertEquals(2, statements(tree.countyAOffice(), FINDINGS + "?ownerOrgId=" + tree.schoolA() + "&size=5", 5),
                "a full page of findings: the page and its count");
        int finding = Api.as(tree.countyAOffice()).get(findings).then().extract().path("items[0].id");
        assertEquals(1, statements(tree.countyAOffice(), FINDINGS + "/" + finding, "rectifications.size()", 1), "one finding");
        int report = Api.as(tree.countyAOffice()).get(reports).then().extract().path("items[0].id");
        assertEquals(1, statements(tree.countyAOffice(), REPORTS + "/" + report, "id", report), "one report");
    }

    @Test
    void aTaskAndAPageOfTasksCostOneStatementAndAFullPageOneMore() {
        World.Tree tree = world.create();
        List<Integer> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Api.as(tree.cityOffice()).body(Map.of("title", "督导任务" + i, "category", "SPECIAL",
                    "assigneeOrgId", tree.countyA(), "dueDate", LocalDate.now().plusDays(i).toString(),
                    "milestones", List.of(Map.of("title", "节点", "dueDate", LocalDate.now().plusDays(i).toString()))))
                    .post("/api/v1/tasks").then().statusCode(201).extract().path("id"));
        }
        String tasks = "/api/v1/tasks?withinOrgId=" + tree.city();
        assertEquals(1, statements(tree.cityOffice(), tasks + "&size=50", 5), "a page that is not full: no count");
        assertEquals(2, statements(tree.cityOffice(), tasks + "&size=5", 5), "a full page: the page and its count");
        assertEquals(2, statements(tree.cityOffice(), tasks + "&size=2&page=1", 2), "a full page further on");
        assertEquals(1, statements(tree.cityOffice(), tasks + "&size=2&page=2", 1), "the last page");
        assertEquals(1, statements(tree.cityOffice(), "/api/v1/tasks/" + ids.get(0), "milestones.size()", 1), "one task");
    }
}
