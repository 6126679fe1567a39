package io.dudao.supervision;

import io.dudao.common.security.Caller;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.time.AppClock;
import io.dudao.inspection.Fixtures;
import io.dudao.supervision.SupervisionEnums.Semester;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.dudao.supervision.AssignmentTest.appoint;
import static io.dudao.supervision.AssignmentTest.assign;
import static io.dudao.supervision.AssignmentTest.supervisors;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 督导覆盖: submitted routine visits per school and month, red where a school falls behind, and roll-ups. */
@QuarkusTest
class CoverageTest {

    static final String COVERAGE = "/api/v1/supervision/coverage";

    @Inject
    World world;

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    @Inject
    AppClock clock;

    @Inject
    CoverageService coverage;

    @BeforeEach
    void midNovember2023() {
        clock.set(Clock.fixed(LocalDate.of(2023, 11, 15).atTime(10, 0).atZone(AppClock.ZONE).toInstant(), AppClock.ZONE));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String autumn2023(long orgId) {
        return COVERAGE + "?orgId=" + orgId + "&year=2023&semester=AUTUMN";
    }

    long userId(String username) {
        return ((Number) em.createNativeQuery("select id from app_user where username = ?1").setParameter(1, username)
                .getSingleResult()).longValue();
    }

    /** One more school in a zone, created as an administrator would. */
    static long school(World.Tree tree, long zoneId, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", tree.tag() + "-S" + System.nanoTime() % 1_000_000);
        body.put("name", name + tree.tag());
        body.put("type", "SCHOOL");
        body.put("parentId", zoneId);
        body.put("stage", "PRIMARY");
        return ((Number) Api.as(tree.admin()).body(body).post("/api/v1/organizations").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    /** A routine visit by the zone's supervisor on the given date, submitted unless {@code draft}. */
    static void visit(World.Tree tree, long schoolId, String date, boolean draft) {
        Map<String, Object> body = Fixtures.report("ROUTINE_VISIT", "经常性督导 " + date, schoolId, null, List.of());
        body.put("visitStart", date);
        body.put("visitEnd", date);
        int id = Fixtures.createReport(tree.supervisorA(), body);
        if (!draft) {
            Api.as(tree.supervisorA()).post(Fixtures.REPORTS + "/" + id + "/submit").then().statusCode(200);
        }
    }

    @Test
    void countsSubmittedVisitsPerMonthAndShowsWhoIsBehind() {
        World.Tree tree = world.create();
        long second = school(tree, tree.zoneA(), "蒲城县东街小学");
        visit(tree, tree.schoolA(), "2023-09-10", false);
        visit(tree, tree.schoolA(), "2023-10-08", false);
        visit(tree, tree.schoolA(), "2023-10-20", true);     // a draft does not count
        visit(tree, tree.schoolA(), "2023-06-20", false);    // the spring semester's
        visit(tree, second, "2023-09-12", false);
        long dx = userId(tree.supervisorA());
        appoint(tree.countyAOffice(), dx, tree.zoneA());
        Api.as(tree.countyAOffice()).body(assign(dx, List.of())).put(supervisors(tree.schoolA())).then().statusCode(200);
        Api.as(tree.countyAOffice()).body(assign(dx, List.of())).put(supervisors(second)).then().statusCode(200);
        Map<String, Object> oneSchoolEach = SupervisionSettingsTest.perSemester(4, 0);
        oneSchoolEach.put("visitFrequency", "MONTHLY");
        oneSchoolEach.put("visitsPerPeriod", 1);
        oneSchoolEach.put("schoolsPerSupervisor", 1);
        oneSchoolEach.put("autumnEnd", "01-20");
        Api.as(tree.countyAOffice()).body(oneSchoolEach).put(SupervisionSettingsTest.settings(tree.countyA())).then().statusCode(200);

        Api.as(tree.countyAOffice()).get(autumn2023(tree.countyA())).then().statusCode(200)
                .body("today", equalTo("2023-11-15"))
                .body("months", contains("2023-09", "2023-10", "2023-11", "2023-12", "2024-01"))
                .body("schools.size()", equalTo(2))
                .body("schools.find { it.schoolId == " + tree.schoolA() + " }.cells.visits", contains(1, 1, 0, 0, 0))
                .body("schools.find { it.schoolId == " + tree.schoolA() + " }.cells.state",
                        contains("VISITED", "VISITED", "DUE", "UPCOMING", "HOLIDAY"))
                .body("schools.find { it.schoolId == " + tree.schoolA() + " }.requiredByNow", equalTo(2))
                .body("schools.find { it.schoolId == " + tree.schoolA() + " }.onTrack", equalTo(true))
                .body("schools.find { it.schoolId == " + tree.schoolA() + " }.leadName", equalTo("测试用户 " + tree.supervisorA()))
                .body("schools.find { it.schoolId == " + second + " }.cells.state",
                        contains("VISITED", "MISSED", "DUE", "UPCOMING", "HOLIDAY"))
                .body("schools.find { it.schoolId == " + second + " }.onTrack", equalTo(false))
                .body("zones[0].schools", equalTo(2)).body("zones[0].onTrack", equalTo(1)).body("zones[0].share", equalTo(0.5f))
                .body("zones[0].overLimit", equalTo(false))
                .body("supervisors[0].id", equalTo((int) dx)).body("supervisors[0].schools", equalTo(2))
                .body("supervisors[0].limit", equalTo(1)).body("supervisors[0].overLimit", equalTo(true))
                .body("counties[0].name", startsWith("蒲城县")).body("cities[0].schools", equalTo(2))
                .body("total.onTrack", equalTo(1));

        // the city sees both counties; 富平县 follows the defaults and its one school has no visit
        Api.as(tree.cityOffice()).get(autumn2023(tree.city())).then().statusCode(200)
                .body("schools.size()", equalTo(3)).body("counties.size()", equalTo(2))
                .body("counties.find { it.id == " + tree.countyB() + " }.onTrack", equalTo(0))
                .body("total.schools", equalTo(3)).body("total.onTrack", equalTo(1));
        // the spring semester holds the June visit only
        Api.as(tree.countyAOffice()).get(COVERAGE + "?orgId=" + tree.schoolA() + "&year=2023&semester=SPRING").then().statusCode(200)
                .body("schools[0].visits", equalTo(1)).body("schools[0].requiredByNow", equalTo(4));
        // without year and semester: the current one (autumn 2023 on 15 November)
        Api.as(tree.countyAOffice()).get(COVERAGE + "?orgId=" + tree.countyA()).then().statusCode(200)
                .body("year", equalTo(2023)).body("semester", equalTo("AUTUMN"));
    }

    @Test
    void exportsTheCoverageAsASpreadsheet() throws Exception {
        World.Tree tree = world.create();
        visit(tree, tree.schoolA(), "2023-09-10", false);
        byte[] xlsx = Api.as(tree.countyAOffice()).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get(autumn2023(tree.countyA())).then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"supervision-coverage-"))
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("县（市、区）", "责任区", "学校", "主责督学", "2023-09 督导次数", "2023-10 督导次数",
                    "2023-11 督导次数", "2023-12 督导次数", "2024-01 督导次数", "合计", "截至今日应督导", "是否达标"), header);
            Row row = sheet.getRow(1);
            assertTrue(row.getCell(2).getStringCellValue().startsWith("蒲城县城关小学"));
            assertEquals(1.0, row.getCell(4).getNumericCellValue());
            assertEquals("未达标", row.getCell(11).getStringCellValue());
        }
    }

    @Test
    void badRequestsAreRefusedAndAnotherCountyAnswers404() {
        World.Tree tree = world.create();
        Api.as(tree.countyAOffice()).get(COVERAGE + "?orgId=" + tree.countyA() + "&semester=WINTER").then().statusCode(400)
                .body("errors.field", hasItem("semester"));
        Api.as(tree.countyAOffice()).get(COVERAGE + "?orgId=" + tree.countyA() + "&year=二〇二三").then().statusCode(400)
                .body("errors.field", hasItem("year"));
        Api.as(tree.countyAOffice()).get(COVERAGE).then().statusCode(400).body("errors.field", hasItem("orgId"));
        Api.as(tree.countyBOffice()).get(autumn2023(tree.countyA())).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        Api.as(tree.countyBOffice()).get(autumn2023(tree.schoolA())).then().statusCode(404);
        // a county asking about its city sees its own schools only
        Api.as(tree.countyBOffice()).get(autumn2023(tree.city())).then().statusCode(200)
                .body("schools.schoolId", contains((int) tree.schoolB()));
    }

    /** The statements one coverage computation prepares, outside the HTTP layer (sign-in and caller lookup aside). */
    private long statements(Caller caller, long orgId, int expectedSchools) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            stats.setStatisticsEnabled(true);
            stats.clear();
            try {
                int schools = QuarkusTransaction.requiringNew().call(() ->
                        coverage.coverage(caller, orgId, 2023, Semester.AUTUMN).schools().size());
                assertEquals(expectedSchools, schools);
                fewest = Math.min(fewest, stats.getPrepareStatementCount());
            } finally {
                stats.setStatisticsEnabled(false);
            }
        }
        return fewest;
    }

    @Test
    void theCoverageTakesAtMostThreeStatementsWhateverTheNumberOfSchools() {
        World.Tree tree = world.create();
        Caller office = QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("""
                            select u.id, u.organization_id, o.path, u.roles from app_user u
                            join organization o on o.id = u.organization_id where u.username = ?1""")
                    .setParameter(1, tree.countyAOffice()).getSingleResult();
            return new Caller(((Number) row[0]).longValue(), tree.countyAOffice(), ((Number) row[1]).longValue(),
                    (String) row[2], CurrentCaller.parseRoles((String) row[3]));
        });
        visit(tree, tree.schoolA(), "2023-09-10", false);
        long one = statements(office, tree.countyA(), 1);
        assertTrue(one >= 1 && one <= 3, "statements: " + one);

        long dx = userId(tree.supervisorA());
        appoint(tree.countyAOffice(), dx, tree.zoneA());
        for (int i = 0; i < 4; i++) {
            long s = school(tree, tree.zoneA(), "蒲城县第" + (i + 2) + "小学");
            visit(tree, s, "2023-10-0" + (i + 1), false);
            Api.as(tree.countyAOffice()).body(assign(dx, List.of())).put(supervisors(s)).then().statusCode(200);
        }
        assertEquals(one, statements(office, tree.countyA(), 5));
    }
}
