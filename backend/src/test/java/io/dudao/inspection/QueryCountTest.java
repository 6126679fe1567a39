package io.dudao.inspection;

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

/** Lists issue the same number of SQL statements whatever the page holds (no N+1). */
@QuarkusTest
class QueryCountTest {

    @Inject
    World world;

    @Inject
    EntityManagerFactory emf;

    /**
     * Statements one GET of the list prepares. The statistics are global, so a scheduler job running at
     * the same moment (webhook delivery, idempotency cleanup) adds to them: the fewest of three
     * measurements is the request's own count, while an N+1 would show in all three.
     */
    private long statements(String user, String path, int expectedItems) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        Api.as(user).get(path).then().statusCode(200); // warm-up: sign-in, caches
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            stats.setStatisticsEnabled(true);
            stats.clear();
            try {
                Api.as(user).get(path).then().statusCode(200).body("items.size()", equalTo(expectedItems));
                fewest = Math.min(fewest, stats.getPrepareStatementCount());
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
        assertTrue(oneFinding >= 6 && oneReport >= 4 && oneSystem >= 3,
                "statements are being counted: " + oneFinding + "/" + oneReport + "/" + oneSystem);

        for (int i = 0; i < 4; i++) {
            publishedReportWithRectifiedFindings(tree, 3);
            Fixtures.publishedScoredSystem(tree.countyAOffice(), "SCHOOL");
        }
        assertEquals(oneFinding, statements(tree.countyAOffice(), findings, 13), "findings list");
        assertEquals(oneReport, statements(tree.countyAOffice(), reports, 5), "reports list");
        assertEquals(oneSystem, statements(tree.countyAOffice(), systems, 5), "indicator systems list");
    }
}
