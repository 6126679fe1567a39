package io.dudao.calendar;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The working-day calendar: entered or imported by administrators, used by every working-day deadline. */
@QuarkusTest
class CalendarTest {

    static final String CALENDAR = "/api/v1/calendar";
    static final String TEXT = "text/plain; charset=utf-8";

    @Inject
    World world;

    @Inject
    WorkingDays workingDays;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private static Map<String, Object> day(String date, String kind, String name) {
        return Map.of("date", date, "kind", kind, "name", name);
    }

    /** 2040 as a test schedule: a holiday week (Mon 02-13 to Fri 02-17) and the Saturday after it worked. */
    private void enterTestYear() {
        Api.as(tree.admin()).delete(CALENDAR + "/2040");
        List<Map<String, Object>> days = new java.util.ArrayList<>();
        for (int d = 13; d <= 17; d++) {
            days.add(day("2040-02-" + d, "HOLIDAY", "春节"));
        }
        days.add(day("2040-02-18", "WORKDAY", "春节调休上班"));
        Api.as(tree.admin()).body(Map.of("source", "测试用安排", "days", days)).put(CALENDAR + "/2040").then().statusCode(200)
                .body("scheduled", equalTo(true)).body("weekendsOnly", equalTo(false)).body("days", hasSize(6));
    }

    @Test
    void fiveWorkingDaysAcrossAHolidayWeekAndAMakeUpSaturdayLandOnTheRightDay() {
        enterTestYear();
        // Fri 02-10 + 5 working days: the holiday week is skipped, Saturday 02-18 is worked: 02-18, 20, 21, 22, 23
        Api.as(tree.countyAOffice()).get(CALENDAR + "/working-days?from=2040-02-10&days=5").then().statusCode(200)
                .body("date", equalTo("2040-02-23")).body("weekendsOnly", equalTo(false))
                .body("yearsWithoutSchedule", hasSize(0));
        assertEquals(LocalDate.of(2040, 2, 23), QuarkusTransaction.requiringNew().call(() ->
                workingDays.add(LocalDate.of(2040, 2, 10), 5)));
        assertEquals(LocalDate.of(2040, 2, 18), QuarkusTransaction.requiringNew().call(() ->
                workingDays.add(LocalDate.of(2040, 2, 10), 1)));
        assertEquals(LocalDate.of(2040, 2, 10), QuarkusTransaction.requiringNew().call(() ->
                workingDays.add(LocalDate.of(2040, 2, 10), 0)));
    }

    @Test
    void aYearNobodyEnteredCountsWeekendsOnlyAndSaysSo() {
        Api.as(tree.schoolAUser()).get(CALENDAR + "/2098").then().statusCode(200)
                .body("scheduled", equalTo(false)).body("weekendsOnly", equalTo(true)).body("days", hasSize(0));
        // Fri 2078-12-30 + 5: Mon 2079-01-02 to Fri 01-06; neither year has a schedule, so only weekends are skipped
        Api.as(tree.schoolAUser()).get(CALENDAR + "/working-days?from=2078-12-30&days=5").then().statusCode(200)
                .body("date", equalTo("2079-01-06")).body("weekendsOnly", equalTo(true))
                .body("yearsWithoutSchedule", equalTo(List.of(2078, 2079)));
    }

    @Test
    void theSeededSchedulesAreWhatTheNoticesSay() {
        for (int year : List.of(2023, 2024, 2025, 2026)) {
            List<Map<String, Object>> seeded = Api.as(tree.cityOffice()).get(CALENDAR + "/" + year).then().statusCode(200)
                    .body("scheduled", equalTo(true)).body("source", containsString(year + "年部分节假日安排的通知"))
                    .extract().path("days");
            List<Map<String, Object>> read = Api.as(tree.admin()).contentType(TEXT).body(HolidayNoticeTest.notice(year))
                    .post(CALENDAR + "/" + year + "/import?preview=true").then().statusCode(200)
                    .body("saved", equalTo(false)).body("warnings", hasSize(0)).extract().path("calendar.days");
            assertEquals(seeded.stream().map(d -> d.get("date") + " " + d.get("kind")).toList(),
                    read.stream().map(d -> d.get("date") + " " + d.get("kind")).toList(), "year " + year);
        }
        // 2026's Spring Festival: Fri 02-13 + 1 is the worked Saturday 02-14; + 2 skips the nine days off
        Api.as(tree.cityOffice()).get(CALENDAR + "/working-days?from=2026-02-13&days=2").then().body("date", equalTo("2026-02-24"));
        Api.as(tree.cityOffice()).get(CALENDAR + "/years").then().statusCode(200).body("year", hasItem(2025));
    }

    @Test
    void importingANoticeReplacesTheYearAndIsAudited() {
        Api.as(tree.admin()).delete(CALENDAR + "/2041");
        Api.as(tree.admin()).contentType(TEXT)
                .body("2041-10-01..2041-10-07 休 国庆节\n2041-09-29 班 国庆节调休上班\n六、某节：月日放假")
                .post(CALENDAR + "/2041/import").then().statusCode(200)
                .body("saved", equalTo(true)).body("calendar.days", hasSize(8))
                .body("warnings", hasSize(1)).body("warnings[0].line", equalTo(3));
        Api.as(tree.admin()).get("/api/v1/audit-events?entityType=WORK_CALENDAR&size=5").then().statusCode(200)
                .body("items.summary", hasItem("录入2041年工作日安排"));
        // a notice of another year is refused
        Api.as(tree.admin()).contentType(TEXT).body(HolidayNoticeTest.notice(2025))
                .post(CALENDAR + "/2041/import").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void onlyAdministratorsChangeItAndBadDaysChangeNothing() {
        enterTestYear();
        int version = Api.as(tree.admin()).get(CALENDAR + "/2040").then().extract().path("version");
        Map<String, Object> valid = Map.of("source", "测试", "days", List.of(day("2040-05-01", "HOLIDAY", "劳动节")), "version", version);
        Api.as(tree.cityOffice()).body(valid).put(CALENDAR + "/2040").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Api.as(tree.cityOffice()).delete(CALENDAR + "/2040").then().statusCode(403);
        // a weekday cannot be a make-up working day; a day outside the year; a day twice; a day of another year's schedule
        Api.as(tree.admin()).body(Map.of("source", "测试", "days", List.of(day("2040-02-15", "WORKDAY", "x")), "version", version))
                .put(CALENDAR + "/2040").then().statusCode(400).body("errors[0].field", equalTo("days[0]"));
        Api.as(tree.admin()).body(Map.of("source", "测试", "days", List.of(day("2042-03-01", "HOLIDAY", "x")), "version", version))
                .put(CALENDAR + "/2040").then().statusCode(400);
        Api.as(tree.admin()).body(Map.of("source", "测试", "days", List.of(day("2040-05-01", "HOLIDAY", "x"), day("2040-05-01", "HOLIDAY", "y")),
                "version", version)).put(CALENDAR + "/2040").then().statusCode(400).body("errors[0].field", equalTo("days[1]"));
        Api.as(tree.admin()).body(Map.of("source", "测试", "days", List.of(day("2023-01-02", "HOLIDAY", "x")), "version", version))
                .put(CALENDAR + "/2022").then().statusCode(400).body("detail", containsString("2023"));
        Api.as(tree.admin()).body(Map.of("source", "测试", "days", List.of(), "version", version + 7)).put(CALENDAR + "/2040")
                .then().statusCode(409).body("code", equalTo("VERSION_CONFLICT"));
        Api.as(tree.admin()).get(CALENDAR + "/2040").then().body("days", hasSize(6)).body("version", equalTo(version));
        Api.as(tree.admin()).get(CALENDAR + "/working-days?from=2040-02-10&days=-1").then().statusCode(400);
        Api.as(tree.admin()).get(CALENDAR + "/working-days?from=not-a-date&days=1").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.as(tree.admin()).get(CALENDAR + "/1999").then().statusCode(400);

        Api.as(tree.admin()).body(valid).put(CALENDAR + "/2040").then().statusCode(200).body("days", hasSize(1));
        Api.as(tree.admin()).delete(CALENDAR + "/2040").then().statusCode(204);
        Api.as(tree.admin()).get(CALENDAR + "/2040").then().body("scheduled", equalTo(false));
    }
}
