package io.dudao.inspection;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import jakarta.inject.Inject;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.dudao.inspection.Fixtures.FINDINGS;
import static io.dudao.inspection.Fixtures.REPORTS;
import static io.dudao.inspection.Fixtures.finding;
import static io.dudao.inspection.Fixtures.report;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class FindingTest {

    @Inject
    World world;

    World.Tree tree;

    /** The service's today (Asia/Shanghai), so lights and escalation do not depend on the test machine's zone. */
    LocalDate today = LocalDate.now(io.dudao.common.time.AppClock.ZONE);

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private int upload(String user, String name) {
        return RestAssured.given().auth().oauth2(Api.token(user))
                .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart("file", name, "已增设护学岗 4 个。".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/attachments").then().statusCode(201).extract().path("id");
    }

    private int specialReport(String office, long target) {
        return Fixtures.createReport(office, report("SPECIAL", "双减专项督导" + System.nanoTime(), target, null, List.of()));
    }

    private List<Integer> ids(String user, String query) {
        return Api.as(user).get(FINDINGS + "?size=200&" + query).then().statusCode(200).extract().path("items.id");
    }

    @Test
    void theLedgerExportsAsCsvWithTheSameScope() {
        int report = specialReport(tree.countyAOffice(), tree.schoolA());
        Api.as(tree.countyAOffice()).body(finding(null, "MAJOR", "食堂留样记录不全", null, today.minusDays(2)))
                .post(REPORTS + "/" + report + "/findings").then().statusCode(201);
        String csv = new String(Api.as(tree.countyAOffice()).accept("text/csv").get(FINDINGS + "?light=RED").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("\uFEFFid,reportId,indicatorCode,severity,severityLabel"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("食堂留样记录不全") && csv.contains(",MAJOR,重大,")
                && csv.contains(",RED,逾期,"), csv);
        String other = new String(Api.as(tree.countyBOffice()).accept("text/csv").get(FINDINGS).then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertFalse(other.contains("食堂留样记录不全"), "another county's export lacks it");
    }

    @Test
    void theOwnerRectifiesAndTheInspectingSideVerifiesOrReopens() {
        int report = specialReport(tree.countyAOffice(), tree.schoolA());
        int id = Api.as(tree.countyAOffice()).body(finding(null, "MAJOR", "放学时段校门口护学岗不足", null, today.plusDays(10)))
                .post(REPORTS + "/" + report + "/findings").then().statusCode(201)
                .header("Location", containsString(FINDINGS + "/"))
                .body("status", equalTo("OPEN")).body("ownerOrgId", equalTo((int) tree.schoolA()))
                .body("light", equalTo("GREEN")).body("escalation", equalTo(false)).body("reopenCount", equalTo(0))
                .body("reportType", equalTo("SPECIAL")).body("allowedActions", hasSize(0))
                .extract().path("id");
        Api.as(tree.schoolAUser()).get(FINDINGS + "/" + id).then().statusCode(404);
        Api.as(tree.countyAOffice()).get(REPORTS + "/" + report).then().body("findings.open", equalTo(1))
                .body("findings.total", equalTo(1));
        Fixtures.submitApprovePublish(report, tree.countyAOffice(), tree.countyAOffice());
        int reportVersion = Api.as(tree.countyAOffice()).get(REPORTS + "/" + report).then().extract().path("version");

        Api.as(tree.schoolAUser()).get(FINDINGS + "/" + id).then().statusCode(200).header("ETag", notNullValue())
                .body("allowedActions", equalTo(List.of("rectify")));
        int foreign = upload(tree.countyAOffice(), "县里的文件.txt");
        Api.as(tree.schoolAUser()).body(Map.of("measures", "增设护学岗", "attachmentIds", List.of(foreign)))
                .post(FINDINGS + "/" + id + "/rectifications").then().statusCode(400)
                .body("errors[0].field", equalTo("attachmentIds"));
        Api.as(tree.schoolAUser()).get(FINDINGS + "/" + id).then().body("status", equalTo("OPEN"));
        int photo = upload(tree.schoolAUser(), "整改说明.txt");
        Api.as(tree.schoolAUser()).body(Map.of("measures", "增设护学岗 4 个", "result", "秩序好转", "attachmentIds", List.of(photo)))
                .post(FINDINGS + "/" + id + "/rectifications").then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("rectifications", hasSize(1))
                .body("rectifications[0].measures", equalTo("增设护学岗 4 个"))
                .body("rectifications[0].attachments[0].fileName", equalTo("整改说明.txt"))
                .body("rectifications[0].by", equalTo(tree.schoolAUser())).body("allowedActions", hasSize(0));
        // the evidence goes with the rectification: its inspectors can download it, another county cannot
        Api.as(tree.countyAOffice()).accept("*/*").get("/api/v1/attachments/" + photo).then().statusCode(200);
        Api.as(tree.countyBOffice()).accept("*/*").get("/api/v1/attachments/" + photo).then().statusCode(404);
        Api.as(tree.schoolAUser()).body(Map.of("measures", "再次提交")).post(FINDINGS + "/" + id + "/rectifications")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION")).body("detail", containsString("SUBMITTED"));
        Api.as(tree.schoolAUser()).post(FINDINGS + "/" + id + "/verify").then().statusCode(403);
        Api.as(tree.viewer()).post(FINDINGS + "/" + id + "/verify").then().statusCode(403);

        Api.as(tree.countyAOffice()).get(FINDINGS + "/" + id).then().body("allowedActions", equalTo(List.of("verify", "reopen")));
        Api.as(tree.countyAOffice()).body(Map.of()).post(FINDINGS + "/" + id + "/reopen").then().statusCode(400);
        Api.as(tree.countyAOffice()).body(Map.of("reason", "缺少现场照片")).post(FINDINGS + "/" + id + "/reopen").then()
                .statusCode(200).body("status", equalTo("REOPENED")).body("reopenCount", equalTo(1))
                .body("escalation", equalTo(false)).body("lastReopenReason", equalTo("缺少现场照片"))
                .body("rectifications[0].outcome", equalTo("REOPENED")).body("rectifications[0].reviewNote", equalTo("缺少现场照片"));
        Api.as(tree.schoolAUser()).body(Map.of("measures", "补充照片")).post(FINDINGS + "/" + id + "/rectifications")
                .then().statusCode(201).body("status", equalTo("SUBMITTED")).body("rectifications", hasSize(2));
        Api.as(tree.countyAOffice()).body(Map.of("reason", "照片不清晰")).post(FINDINGS + "/" + id + "/reopen").then()
                .statusCode(200).body("reopenCount", equalTo(2)).body("escalation", equalTo(true));
        Api.as(tree.schoolAUser()).body(Map.of("measures", "重新拍照")).post(FINDINGS + "/" + id + "/rectifications")
                .then().statusCode(201);
        Api.as(tree.cityOffice()).post(FINDINGS + "/" + id + "/verify").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("light", equalTo("NONE")).body("verifiedAt", notNullValue())
                .body("rectifications.outcome", equalTo(List.of("REOPENED", "REOPENED", "VERIFIED")));
        Api.as(tree.schoolAUser()).body(Map.of("measures", "x")).post(FINDINGS + "/" + id + "/rectifications")
                .then().statusCode(409).body("detail", containsString("VERIFIED"));
        Api.as(tree.countyAOffice()).post(FINDINGS + "/" + id + "/verify").then().statusCode(409);
        Api.as(tree.countyAOffice()).get(REPORTS + "/" + report).then().body("findings.verified", equalTo(1))
                .body("version", equalTo(reportVersion)); // the loop never touches the report itself
        Api.as(tree.cityOffice()).get("/api/v1/audit-events?entityType=INSPECTION_FINDING&entityId=" + id + "&size=50")
                .then().statusCode(200).body("items.action",
                        equalTo(List.of("VERIFY", "RECTIFY", "REOPEN", "RECTIFY", "REOPEN", "RECTIFY", "CREATE")));
    }

    @Test
    void thirtyDaysOverdueEscalates() {
        int report = specialReport(tree.countyAOffice(), tree.schoolA());
        int late = Fixtures.createFinding(tree.countyAOffice(), report, finding(null, "GENERAL", "逾期 31 天", null, today.minusDays(31)));
        int almost = Fixtures.createFinding(tree.countyAOffice(), report, finding(null, "GENERAL", "逾期 29 天", null, today.minusDays(29)));
        int soon = Fixtures.createFinding(tree.countyAOffice(), report, finding(null, "GENERAL", "两天后到期", null, today.plusDays(2)));
        Api.as(tree.countyAOffice()).get(FINDINGS + "/" + late).then().body("escalation", equalTo(true)).body("light", equalTo("RED"));
        Api.as(tree.countyAOffice()).get(FINDINGS + "/" + almost).then().body("escalation", equalTo(false)).body("light", equalTo("RED"));
        Api.as(tree.countyAOffice()).get(FINDINGS + "/" + soon).then().body("light", equalTo("YELLOW"));
        String scope = "reportId=" + report;
        Api.as(tree.countyAOffice()).get(FINDINGS + "?escalation=true&" + scope).then().body("items.id", equalTo(List.of(late)));
        Api.as(tree.countyAOffice()).get(FINDINGS + "?escalation=false&sort=dueDate,asc&" + scope).then()
                .body("items.id", equalTo(List.of(almost, soon)));
    }

    @Test
    void theLedgerFilters() {
        int reportA = specialReport(tree.countyAOffice(), tree.schoolA());
        int major = Fixtures.createFinding(tree.countyAOffice(), reportA, finding(null, "MAJOR", "校门口护学岗不足", null, today.plusDays(20)));
        int overdue = Fixtures.createFinding(tree.countyAOffice(), reportA, finding(null, "MINOR", "食堂留样记录不全", null, today.minusDays(3)));
        int zone = Fixtures.createFinding(tree.countyAOffice(), reportA, finding(null, "GENERAL", "作业统筹不到位", tree.zoneA(), today.plusDays(2)));
        Fixtures.submitApprovePublish(reportA, tree.countyAOffice(), tree.countyAOffice());

        int duty = Fixtures.builtIn(tree.cityOffice(), "履行教育职责");
        var scores = List.of(Fixtures.score("1.1", 8), Fixtures.score("1.2", 8), Fixtures.score("2.1", 12),
                Fixtures.score("2.2", 8), Fixtures.score("3.1", 8), Fixtures.score("3.2", 8), Fixtures.score("3.3", 8),
                Fixtures.score("4.1", 8), Fixtures.score("4.2", 4), Fixtures.score("5.1", 4), Fixtures.score("5.2", 4));
        int reportB = Fixtures.createReport(tree.cityOffice(), report("GOVERNMENT_DUTY", "蒲城县履职评价", tree.countyA(), duty, scores));
        int county = Fixtures.createFinding(tree.cityOffice(), reportB, finding("3.1", "MAJOR", "公办园占比不足", null, today.plusDays(60)));
        Fixtures.submitApprovePublish(reportB, tree.cityOffice(), tree.cityOffice());
        Api.as(tree.cityOffice()).get(REPORTS + "/" + reportB).then().body("grade", equalTo("良好"));

        int reportC = specialReport(tree.countyBOffice(), tree.schoolB());
        int other = Fixtures.createFinding(tree.countyBOffice(), reportC, finding(null, "MAJOR", "富平的问题", null, today.plusDays(5)));
        Fixtures.submitApprovePublish(reportC, tree.countyBOffice(), tree.countyBOffice());

        String city = tree.cityOffice();
        Api.as(city).get(FINDINGS + "?ownerOrgId=" + tree.schoolA() + "&sort=dueDate,asc").then().statusCode(200)
                .body("items.id", equalTo(List.of(overdue, major))).body("total", equalTo(2))
                .body("items[0].ownerOrgName", equalTo("蒲城县城关小学" + tree.tag()))
                .body("items[0].inspectingOrgName", equalTo("蒲城县" + tree.tag()));
        Api.as(city).get(FINDINGS + "?reportId=" + reportA + "&light=RED").then().body("items.id", equalTo(List.of(overdue)));
        Api.as(city).get(FINDINGS + "?reportId=" + reportA + "&light=YELLOW").then().body("items.id", equalTo(List.of(zone)));
        Api.as(city).get(FINDINGS + "?reportId=" + reportA + "&light=GREEN").then().body("items.id", equalTo(List.of(major)));
        Api.as(city).get(FINDINGS + "?reportId=" + reportA + "&severity=MAJOR").then().body("items.id", equalTo(List.of(major)));
        Api.as(city).get(FINDINGS + "?reportId=" + reportA + "&dueBefore=" + today).then().body("items.id", equalTo(List.of(overdue)));
        Api.as(city).get(FINDINGS + "?reportId=" + reportA + "&q=护学岗").then().body("items.id", equalTo(List.of(major)));
        Api.as(city).get(FINDINGS + "?reportId=" + reportA + "&sort=severity,asc").then()
                .body("items.id", equalTo(List.of(major, zone, overdue)));
        Api.as(city).get(FINDINGS + "?reportType=GOVERNMENT_DUTY&ownerOrgId=" + tree.countyA()).then()
                .body("items.id", equalTo(List.of(county))).body("items[0].indicatorCode", equalTo("3.1"));
        Api.as(city).get(FINDINGS + "?light=BLUE").then().statusCode(400).body("errors[0].field", equalTo("light"));
        Api.as(city).get(FINDINGS + "?sort=owner").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        Api.as(city).get(FINDINGS + "?dueBefore=soon").then().statusCode(400).body("errors[0].field", equalTo("dueBefore"));

        Api.as(tree.schoolAUser()).body(Map.of("measures", "增设护学岗")).post(FINDINGS + "/" + major + "/rectifications")
                .then().statusCode(201);
        Api.as(city).get(FINDINGS + "?ownerOrgId=" + tree.schoolA() + "&status=SUBMITTED").then().body("items.id", equalTo(List.of(major)));
        Api.as(city).get(FINDINGS + "?ownerOrgId=" + tree.schoolA() + "&status=OPEN").then().body("items.id", equalTo(List.of(overdue)));

        // 我的整改, and who sees which part of the ledger
        Api.as(tree.schoolAUser()).get(FINDINGS + "?mine=true&sort=id,asc").then().body("items.id", equalTo(List.of(major, overdue)));
        Api.as(tree.supervisorA()).get(FINDINGS + "?mine=true").then().body("items.id", equalTo(List.of(zone)))
                .body("items[0].allowedActions", equalTo(List.of("rectify")));
        Api.as(tree.countyAOffice()).get(FINDINGS + "?mine=true").then().body("items.id", equalTo(List.of(county)));
        List<Integer> countyA = ids(tree.countyAOffice(), "");
        org.junit.jupiter.api.Assertions.assertTrue(countyA.containsAll(List.of(major, overdue, zone, county)), countyA::toString);
        org.junit.jupiter.api.Assertions.assertFalse(countyA.contains(other));
        List<Integer> countyB = ids(tree.countyBOffice(), "");
        org.junit.jupiter.api.Assertions.assertTrue(countyB.contains(other));
        org.junit.jupiter.api.Assertions.assertFalse(countyB.contains(major) || countyB.contains(county), countyB::toString);
        Api.as(tree.schoolAUser()).get(FINDINGS + "?size=200").then()
                .body("items.id", hasItems(major, overdue, zone)).body("items.id", not(hasItem(county)))
                .body("items.id", not(hasItem(other)));
    }

    @Test
    void anOwnerBelowTheTargetSeesItsFindingOnceThereportIsPublished() {
        int duty = Fixtures.builtIn(tree.cityOffice(), "履行教育职责");
        int report = Fixtures.createReport(tree.cityOffice(), report("GOVERNMENT_DUTY", "蒲城县履职评价", tree.countyA(), duty,
                List.of()));
        int id = Fixtures.createFinding(tree.cityOffice(), report, finding("2", "GENERAL", "学校公用经费拨付滞后",
                tree.schoolA(), today.plusDays(30)));
        Api.as(tree.schoolAUser()).get(FINDINGS + "/" + id).then().statusCode(404);
        Api.as(tree.cityOffice()).body(finding("9", "GENERAL", "x", null, today)).post(REPORTS + "/" + report + "/findings")
                .then().statusCode(400).body("errors[0].field", equalTo("indicatorCode"));
        Api.as(tree.viewer()).body(finding(null, "GENERAL", "x", null, today)).post(REPORTS + "/" + report + "/findings")
                .then().statusCode(403);
        int countyReport = specialReport(tree.countyAOffice(), tree.schoolA());
        Api.as(tree.countyAOffice()).body(finding(null, "GENERAL", "x", tree.schoolB(), today))
                .post(REPORTS + "/" + countyReport + "/findings").then().statusCode(400).body("errors[0].field", equalTo("ownerOrgId"));

        Api.as(tree.cityOffice()).post(REPORTS + "/" + report + "/submit").then().statusCode(409).body("code", equalTo("SCORES_INCOMPLETE"));
        var body = report("GOVERNMENT_DUTY", "蒲城县履职评价", tree.countyA(), duty, List.of(Fixtures.score("1.1", 10),
                Fixtures.score("1.2", 10), Fixtures.score("2.1", 15), Fixtures.score("2.2", 5), Fixtures.score("3.1", 10),
                Fixtures.score("3.2", 10), Fixtures.score("3.3", 10), Fixtures.score("4.1", 10), Fixtures.score("4.2", 5),
                Fixtures.score("5.1", 5), Fixtures.score("5.2", 5)));
        Api.as(tree.cityOffice()).header("If-Match", "*").body(body).put(REPORTS + "/" + report).then().statusCode(200)
                .body("totalScore", equalTo(95));
        Api.as(tree.cityOffice()).post(REPORTS + "/" + report + "/submit").then().statusCode(200);
        Api.as(tree.cityOffice()).body(finding(null, "GENERAL", "提交后补登", null, today)).post(REPORTS + "/" + report + "/findings")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        Api.as(tree.cityOffice()).post(REPORTS + "/" + report + "/approve").then().statusCode(200);
        Api.as(tree.cityOffice()).post(REPORTS + "/" + report + "/publish").then().statusCode(200);

        Api.as(tree.schoolAUser()).get(FINDINGS + "/" + id).then().statusCode(200).body("allowedActions", equalTo(List.of("rectify")));
        Api.as(tree.schoolAUser()).get(REPORTS + "/" + report).then().statusCode(404);
        Api.as(tree.schoolAUser()).get(REPORTS + "/" + report + "/findings").then().statusCode(404);
        Api.as(tree.countyAOffice()).get(REPORTS + "/" + report + "/findings").then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("items[0].allowedActions", hasSize(0));
        Api.as(tree.countyAOffice()).body(Map.of("measures", "替学校报送")).post(FINDINGS + "/" + id + "/rectifications")
                .then().statusCode(403);
        Api.as(tree.schoolAUser()).body(Map.of("measures", "已足额拨付")).post(FINDINGS + "/" + id + "/rectifications")
                .then().statusCode(201);
        Api.as(tree.countyAOffice()).post(FINDINGS + "/" + id + "/verify").then().statusCode(403);
        Api.as(tree.cityOffice()).post(FINDINGS + "/" + id + "/verify").then().statusCode(200);
    }

    @Test
    void anotherCountyGets404FromEveryFindingEndpoint() {
        int report = specialReport(tree.countyAOffice(), tree.schoolA());
        int id = Fixtures.createFinding(tree.countyAOffice(), report, finding(null, "MAJOR", "校舍安全隐患", null, today.plusDays(7)));
        Fixtures.submitApprovePublish(report, tree.countyAOffice(), tree.countyAOffice());
        Api.as(tree.schoolAUser()).body(Map.of("measures", "已排除隐患")).post(FINDINGS + "/" + id + "/rectifications")
                .then().statusCode(201);
        String b = tree.countyBOffice();
        Api.as(b).get(FINDINGS + "/" + id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        Api.as(b).body(Map.of("measures", "x")).post(FINDINGS + "/" + id + "/rectifications").then().statusCode(404);
        Api.as(b).post(FINDINGS + "/" + id + "/verify").then().statusCode(404);
        Api.as(b).body(Map.of("reason", "x")).post(FINDINGS + "/" + id + "/reopen").then().statusCode(404);
        Api.as(b).get(FINDINGS + "?size=200").then().statusCode(200).body("items.id", not(hasItem(id)));
        Api.as(b).get(FINDINGS + "?reportId=" + report).then().statusCode(200).body("total", equalTo(0));
        Api.as(tree.countyAOffice()).get(FINDINGS + "/" + id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }
}
