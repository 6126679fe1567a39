package io.dudao.inspection;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.dudao.inspection.Fixtures.REPORTS;
import static io.dudao.inspection.Fixtures.fullScores;
import static io.dudao.inspection.Fixtures.report;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class InspectionReportTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    @Test
    void scoresAreCheckedAndTheGradeFollowsTheBandsOnTheBoundary() {
        int system = Fixtures.publishedScoredSystem(tree.countyAOffice(), "SCHOOL");
        int systemRevision = Api.as(tree.countyAOffice()).get(Fixtures.SYSTEMS + "/" + system).then().extract().path("revision");
        var body = report("SCHOOL_EVALUATION_316", "城关小学316评估", tree.schoolA(), system, fullScores(40, 20, 25));
        var created = Api.as(tree.countyAOffice()).body(body).post(REPORTS).then().statusCode(201)
                .header("Location", containsString(REPORTS + "/")).header("ETag", notNullValue())
                .body("status", equalTo("DRAFT")).body("inspectingOrgId", equalTo((int) tree.countyA()))
                .body("indicatorSystemVersion", equalTo(1)).body("totalScore", equalTo(85)).body("maxTotalScore", equalTo(100))
                .body("grade", equalTo("A")).body("unscoredCodes", hasSize(0))
                .body("scores.indicatorCode", equalTo(List.of("1.1", "1.2", "2")))
                .body("scores[0].indicatorName", equalTo("方向")).body("scores[0].maxScore", equalTo(40))
                .body("allowedActions", equalTo(List.of("edit", "delete", "submit")))
                .extract();
        int id = created.path("id");
        int version = created.path("version");
        body.put("scores", fullScores(40, 20, 24.99));
        Api.as(tree.countyAOffice()).header("If-Match", "\"" + version + "\"").body(body).put(REPORTS + "/" + id)
                .then().statusCode(200).body("totalScore", equalTo(84.99f)).body("grade", equalTo("B"));
        body.put("scores", List.of(Fixtures.score("2", 10)));
        Api.as(tree.countyAOffice()).header("If-Match", "*").body(body).put(REPORTS + "/" + id).then().statusCode(200)
                .body("grade", nullValue()).body("totalScore", equalTo(10)).body("unscoredCodes", equalTo(List.of("1.1", "1.2")));
        Api.as(tree.countyAOffice()).header("If-Match", "\"" + version + "\"").body(body).put(REPORTS + "/" + id)
                .then().statusCode(412);

        body.put("scores", fullScores(40, 21, 25));
        Api.as(tree.countyAOffice()).header("If-Match", "*").body(body).put(REPORTS + "/" + id).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", equalTo(List.of("scores[1].score")))
                .body("errors[0].message", containsString("1.2"));
        body.put("scores", List.of(Fixtures.score("3", 1), Fixtures.score("1", 5)));
        Api.as(tree.countyAOffice()).header("If-Match", "*").body(body).put(REPORTS + "/" + id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("scores[0].indicatorCode", "scores[1].indicatorCode")));

        Api.as(tree.countyAOffice()).get(Fixtures.SYSTEMS + "/" + system).then()
                .body("revision", equalTo(systemRevision)); // scoring reads the published system, never writes it

        int draftSystem = Fixtures.createSystem(tree.countyAOffice(), Fixtures.scoredSystem("未发布", "SCHOOL"));
        Api.as(tree.countyAOffice()).body(report("SCHOOL_EVALUATION_316", "x", tree.schoolA(), draftSystem, List.of()))
                .post(REPORTS).then().statusCode(400).body("errors[0].field", equalTo("indicatorSystemId"));
        int countySystem = Fixtures.publishedScoredSystem(tree.countyAOffice(), "COUNTY");
        Api.as(tree.countyAOffice()).body(report("SCHOOL_EVALUATION_316", "x", tree.schoolA(), countySystem, List.of()))
                .post(REPORTS).then().statusCode(400).body("errors[0].field", equalTo("indicatorSystemId"));
        Api.as(tree.countyAOffice()).body(report("SCHOOL_EVALUATION_316", "x", tree.schoolA(), null, List.of()))
                .post(REPORTS).then().statusCode(400).body("errors[0].field", equalTo("indicatorSystemId"));
        Api.as(tree.countyAOffice()).body(report("ROUTINE_VISIT", "x", tree.schoolA(), null, List.of(Fixtures.score("1", 1))))
                .post(REPORTS).then().statusCode(400).body("errors[0].field", equalTo("scores"));
    }

    @Test
    void theWorkflowAllowsOnlyItsMoves() {
        int checklist = Fixtures.checklist(tree.countyAOffice());
        var body = report("ROUTINE_VISIT", "城关小学经常性督导", tree.schoolA(), checklist,
                Fixtures.checklistScores(4).subList(0, 5));
        int id = Fixtures.createReport(tree.countyAOffice(), body);
        Api.as(tree.countyAOffice()).post(REPORTS + "/" + id + "/submit").then().statusCode(409)
                .body("code", equalTo("SCORES_INCOMPLETE")).body("detail", containsString("6、7、8"));
        body.put("scores", Fixtures.checklistScores(4));
        Api.as(tree.countyAOffice()).header("If-Match", "*").body(body).put(REPORTS + "/" + id).then().statusCode(200)
                .body("grade", equalTo("未达标"));
        Api.as(tree.countyAOffice()).post(REPORTS + "/" + id + "/approve").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("detail", containsString("DRAFT"));
        Api.as(tree.countyAOffice()).post(REPORTS + "/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedAt", notNullValue())
                .body("allowedActions", equalTo(List.of("approve", "return")));
        Api.as(tree.countyAOffice()).post(REPORTS + "/" + id + "/publish").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("detail", containsString("SUBMITTED")).body("detail", containsString("approve、return"));
        Api.as(tree.viewer()).post(REPORTS + "/" + id + "/approve").then().statusCode(403);
        Api.as(tree.countyAOffice()).body(Map.of("reason", "")).post(REPORTS + "/" + id + "/return").then().statusCode(400);
        Api.as(tree.countyAOffice()).body(Map.of("reason", "请补充座谈记录")).post(REPORTS + "/" + id + "/return")
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("returnReason", equalTo("请补充座谈记录"));
        Api.as(tree.countyAOffice()).post(REPORTS + "/" + id + "/submit").then().statusCode(200);
        Api.as(tree.cityOffice()).post(REPORTS + "/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("allowedActions", equalTo(List.of("return", "publish")));
        Api.as(tree.countyAOffice()).post(REPORTS + "/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue()).body("allowedActions", hasSize(0));
        Api.as(tree.countyAOffice()).header("If-Match", "*").body(body).put(REPORTS + "/" + id).then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
        Api.as(tree.countyAOffice()).delete(REPORTS + "/" + id).then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        Api.as(tree.countyAOffice()).body(Map.of("reason", "x")).post(REPORTS + "/" + id + "/return").then().statusCode(409)
                .body("detail", containsString("当前可执行：无"));

        int draft = Fixtures.createReport(tree.countyAOffice(), report("SPECIAL", "双减专项督导", tree.schoolA(), null, List.of()));
        Api.as(tree.countyAOffice()).delete(REPORTS + "/" + draft).then().statusCode(204);
        Api.as(tree.countyAOffice()).get(REPORTS + "/" + draft).then().statusCode(404);
        Api.as(tree.cityOffice()).get("/api/v1/audit-events?entityType=INSPECTION_REPORT&entityId=" + id).then().statusCode(200)
                .body("items.action", hasItems("CREATE", "UPDATE", "SUBMIT", "RETURN", "APPROVE", "PUBLISH"));
    }

    @Test
    void theTargetSeesAReportOnlyOncePublished() {
        int id = Fixtures.createReport(tree.countyAOffice(), report("ROUTINE_VISIT", "城关小学挂牌督导", tree.schoolA(),
                Fixtures.checklist(tree.countyAOffice()), Fixtures.checklistScores()));
        for (String step : List.of("draft", "submit", "approve")) {
            if (!step.equals("draft")) {
                Api.as(tree.countyAOffice()).post(REPORTS + "/" + id + "/" + step).then().statusCode(200);
            }
            Api.as(tree.schoolAUser()).get(REPORTS + "/" + id).then().statusCode(404);
            Api.as(tree.supervisorA()).get(REPORTS + "/" + id).then().statusCode(404);
            Api.as(tree.schoolAUser()).get(REPORTS + "/" + id + "/document").then().statusCode(404);
            Api.as(tree.schoolAUser()).get(REPORTS + "?size=200").then().statusCode(200).body("items.id", not(hasItem(id)));
            Api.as(tree.cityOffice()).get(REPORTS + "/" + id).then().statusCode(200);
            Api.as(tree.viewer()).get(REPORTS + "/" + id).then().statusCode(200).body("allowedActions", hasSize(0));
        }
        Api.as(tree.countyAOffice()).post(REPORTS + "/" + id + "/publish").then().statusCode(200);
        Api.as(tree.schoolAUser()).get(REPORTS + "/" + id).then().statusCode(200).body("allowedActions", hasSize(0))
                .body("grade", equalTo("达标"));
        Api.as(tree.supervisorA()).get(REPORTS + "/" + id).then().statusCode(200);
        Api.as(tree.schoolAUser()).get(REPORTS + "?size=200").then().statusCode(200).body("items.id", hasItem(id));
        Api.as(tree.countyBOffice()).get(REPORTS + "/" + id).then().statusCode(404);
        Api.as(tree.countyBOffice()).get(REPORTS + "?size=200").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void aSupervisorVisitsOnlySchoolsInTheirZone() {
        int checklist = Fixtures.checklist(tree.supervisorA());
        int id = Api.as(tree.supervisorA()).body(report("ROUTINE_VISIT", "责任督学到校", tree.schoolA(), checklist,
                        Fixtures.checklistScores(6)))
                .post(REPORTS).then().statusCode(201).body("inspectingOrgId", equalTo((int) tree.zoneA()))
                .body("inspectorUserIds", hasSize(1)).extract().path("id");
        Api.as(tree.supervisorA()).body(report("ROUTINE_VISIT", "越界", tree.schoolB(), checklist, List.of()))
                .post(REPORTS).then().statusCode(400).body("errors[0].field", equalTo("targetOrgId"));
        Api.as(tree.supervisorA()).body(report("ROUTINE_VISIT", "责任区本身", tree.zoneA(), checklist, List.of()))
                .post(REPORTS).then().statusCode(400).body("errors[0].field", equalTo("targetOrgId"));
        Api.as(tree.supervisorA()).body(report("SCHOOL_EVALUATION_316", "评估", tree.schoolA(),
                Fixtures.builtIn(tree.supervisorA(), "316工程"), List.of())).post(REPORTS).then().statusCode(403);
        Api.as(tree.schoolAUser()).body(report("ROUTINE_VISIT", "自评", tree.schoolA(), checklist, List.of()))
                .post(REPORTS).then().statusCode(403);
        Api.as(tree.countyBOffice()).body(report("ROUTINE_VISIT", "越界", tree.schoolA(), checklist, List.of()))
                .post(REPORTS).then().statusCode(400).body("errors[0].field", equalTo("targetOrgId"));

        // the county office sees its zone's drafts and approves what the supervisor submits
        Api.as(tree.countyAOffice()).get(REPORTS + "/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
        Api.as(tree.supervisorA()).post(REPORTS + "/" + id + "/submit").then().statusCode(200);
        Api.as(tree.supervisorA()).post(REPORTS + "/" + id + "/approve").then().statusCode(403);
        Api.as(tree.countyAOffice()).post(REPORTS + "/" + id + "/approve").then().statusCode(200);
        Api.as(tree.supervisorA()).post(REPORTS + "/" + id + "/publish").then().statusCode(403);
        Api.as(tree.countyAOffice()).post(REPORTS + "/" + id + "/publish").then().statusCode(200);
        Api.as(tree.supervisorA()).get(REPORTS + "?mine=true&size=200").then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("items[0].findings.total", equalTo(0));
    }

    @Test
    void aVisitCannotBeDatedAfterTodayWhileAPlannedInspectionCan() {
        int checklist = Fixtures.checklist(tree.supervisorA());
        String tomorrow = LocalDate.now(io.dudao.common.time.AppClock.ZONE).plusDays(1).toString();
        Map<String, Object> visit = new java.util.HashMap<>(report("ROUTINE_VISIT", "明日到校", tree.schoolA(), checklist, List.of()));
        visit.put("visitEnd", tomorrow);
        Api.as(tree.supervisorA()).body(visit).post(REPORTS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("visitEnd"))
                .body("errors[0].message", equalTo("督导日期不能晚于今天"));
        visit.put("visitStart", tomorrow);
        Api.as(tree.supervisorA()).body(visit).post(REPORTS).then().statusCode(400).body("errors[0].field", equalTo("visitStart"));
        Api.as(tree.supervisorA()).get(REPORTS + "?mine=true").then().statusCode(200).body("total", equalTo(0));
        // a special inspection can be set up ahead of its dates
        Map<String, Object> planned = new java.util.HashMap<>(report("SPECIAL", "开学专项督导", tree.schoolA(), null, List.of()));
        planned.put("visitStart", tomorrow);
        planned.put("visitEnd", tomorrow);
        Api.as(tree.countyAOffice()).body(planned).post(REPORTS).then().statusCode(201);
    }

    @Test
    void aCityEvaluatesACountyGovernment() {
        int duty = Fixtures.builtIn(tree.cityOffice(), "履行教育职责");
        var scores = List.of(Fixtures.score("1.1", 10), Fixtures.score("1.2", 10), Fixtures.score("2.1", 15),
                Fixtures.score("2.2", 10), Fixtures.score("3.1", 10), Fixtures.score("3.2", 10), Fixtures.score("3.3", 0),
                Fixtures.score("4.1", 10), Fixtures.score("4.2", 5), Fixtures.score("5.1", 5), Fixtures.score("5.2", 5));
        Api.as(tree.cityOffice()).body(report("GOVERNMENT_DUTY", "履职评价", tree.schoolA(), duty, List.of()))
                .post(REPORTS).then().statusCode(400).body("errors[0].field", equalTo("targetOrgId"));
        int id = Api.as(tree.cityOffice()).body(report("GOVERNMENT_DUTY", "蒲城县履行教育职责评价", tree.countyA(), duty, scores))
                .post(REPORTS).then().statusCode(201).body("totalScore", equalTo(90)).body("grade", equalTo("优秀"))
                .extract().path("id");
        Api.as(tree.countyAOffice()).get(REPORTS + "/" + id).then().statusCode(404);
        Fixtures.submitApprovePublish(id, tree.cityOffice(), tree.cityOffice());
        Api.as(tree.countyAOffice()).get(REPORTS + "/" + id).then().statusCode(200).body("grade", equalTo("优秀"));
        Api.as(tree.countyBOffice()).get(REPORTS + "/" + id).then().statusCode(404);
        Api.as(tree.schoolAUser()).get(REPORTS + "/" + id).then().statusCode(404);
        Api.as(tree.cityOffice()).get(REPORTS + "?type=GOVERNMENT_DUTY&targetOrgId=" + tree.countyA()).then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("items[0].grade", equalTo("优秀"))
                .body("items[0].indicatorSystemName", equalTo("县级人民政府履行教育职责评价指标"));
    }

    @Test
    void anotherCountyGets404FromEveryReportEndpoint() {
        int draft = Fixtures.createReport(tree.countyAOffice(), report("SPECIAL", "双减专项督导", tree.schoolA(), null, List.of()));
        int published = Fixtures.createReport(tree.countyAOffice(), report("SPECIAL", "五项管理专项督导", tree.schoolA(), null, List.of()));
        Fixtures.createFinding(tree.countyAOffice(), published, Fixtures.finding(null, "GENERAL", "手机管理制度未落实", null,
                LocalDate.now().plusDays(10)));
        Fixtures.submitApprovePublish(published, tree.countyAOffice(), tree.countyAOffice());
        for (int id : List.of(draft, published)) {
            String base = REPORTS + "/" + id;
            String b = tree.countyBOffice();
            Api.as(b).get(base).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            Api.as(b).header("If-Match", "*").body(report("SPECIAL", "x", tree.schoolB(), null, List.of())).put(base).then().statusCode(404);
            Api.as(b).delete(base).then().statusCode(404);
            for (String action : List.of("submit", "approve", "publish")) {
                Api.as(b).post(base + "/" + action).then().statusCode(404);
            }
            Api.as(b).body(Map.of("reason", "x")).post(base + "/return").then().statusCode(404);
            Api.as(b).get(base + "/findings").then().statusCode(404);
            Api.as(b).body(Fixtures.finding(null, "MINOR", "x", null, LocalDate.now())).post(base + "/findings").then().statusCode(404);
            Api.as(b).get(base + "/document").then().statusCode(404);
            Api.as(b).get(base + "/rectification-notice").then().statusCode(404);
        }
        Api.as(tree.countyAOffice()).get(REPORTS + "/" + draft).then().statusCode(200);
    }

    @Test
    void theReportAndTheRectificationNoticeAreWordDocuments() throws IOException {
        int system = Fixtures.publishedScoredSystem(tree.countyAOffice(), "SCHOOL");
        int id = Fixtures.createReport(tree.countyAOffice(), report("SCHOOL_EVALUATION_316", "城关小学第四轮316督导评估",
                tree.schoolA(), system, fullScores(40, 20, 25)));
        int gate = Fixtures.createFinding(tree.countyAOffice(), id, Fixtures.finding("2", "MAJOR", "校门口护学岗不足", null,
                LocalDate.of(2030, 3, 1)));
        int canteen = Fixtures.createFinding(tree.countyAOffice(), id, Fixtures.finding("1.2", "MINOR", "食堂留样记录不全", null,
                LocalDate.now().plusDays(20)));
        Api.as(tree.countyAOffice()).get(REPORTS + "/" + id + "/document").then().statusCode(200);
        Fixtures.submitApprovePublish(id, tree.countyAOffice(), tree.countyAOffice());
        Api.as(tree.schoolAUser()).body(Map.of("measures", "明确专人负责留样")).post(Fixtures.FINDINGS + "/" + canteen + "/rectifications")
                .then().statusCode(201);
        Api.as(tree.countyAOffice()).post(Fixtures.FINDINGS + "/" + canteen + "/verify").then().statusCode(200);

        var response = Api.as(tree.schoolAUser()).accept("*/*").get(REPORTS + "/" + id + "/document").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", containsString("filename*=UTF-8''%E7%9D%A3%E5%AF%BC%E6%8A%A5%E5%91%8A-"))
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            for (String expected : List.of("督导报告", "城关小学第四轮316督导评估", "“316工程”学校督导评估", "蒲城县城关小学" + tree.tag(),
                    "方向", "总分：85 / 100", "等级：A", "校门口护学岗不足", "整改要求：限期整改：校门口护学岗不足",
                    "2030年3月1日前", "已销号", "到校检查，听课两节。")) {
                assertTrue(text.contains(expected), "missing " + expected + " in:\n" + text);
            }
            assertTrue(eastAsianFonts(doc).contains("宋体"), "runs carry an East-Asian font");
        }

        byte[] notice = Api.as(tree.schoolAUser()).accept("*/*").get(REPORTS + "/" + id + "/rectification-notice").then()
                .statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''%E6%95%B4%E6%94%B9%E9%80%9A%E7%9F%A5%E4%B9%A6"))
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(notice));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains("整改通知书"), text);
            assertTrue(text.contains("蒲城县城关小学" + tree.tag() + "："), text);
            assertTrue(text.contains("校门口护学岗不足"), text);
            assertTrue(text.contains("2030年3月1日前"), text);
            assertFalse(text.contains("食堂留样记录不全"), "verified findings are not in the notice");
        }
        Api.as(tree.schoolAUser()).body(Map.of("measures", "增设护学岗")).post(Fixtures.FINDINGS + "/" + gate + "/rectifications")
                .then().statusCode(201);
        Api.as(tree.countyAOffice()).post(Fixtures.FINDINGS + "/" + gate + "/verify").then().statusCode(200);
        Api.as(tree.schoolAUser()).get(REPORTS + "/" + id + "/rectification-notice").then().statusCode(409)
                .body("code", equalTo("NO_OPEN_FINDINGS"));
    }

    private static List<String> eastAsianFonts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getRuns).flatMap(List::stream)
                .map(r -> r.getFontFamily(XWPFRun.FontCharRange.eastAsia)).filter(f -> f != null).distinct().toList();
    }

    @Test
    void theRegisterExportsAsCsvAndXlsxInTheCallersScope() {
        String title = "双减专项导出" + tree.tag();
        Fixtures.createReport(tree.countyAOffice(), report("SPECIAL", title, tree.schoolA(), null, List.of()));
        String csv = Api.as(tree.countyAOffice()).accept("text/csv").get(REPORTS + "?q=" + title).then().statusCode(200)
                .header("Content-Disposition", containsString("inspection-reports")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFid,type,typeLabel,title,"), csv);
        assertTrue(csv.contains(title) && csv.contains("专项督导") && csv.contains("草稿"), csv);
        assertTrue(csv.contains("蒲城县城关小学" + tree.tag()), csv);
        String other = Api.as(tree.countyBOffice()).accept("text/csv").get(REPORTS + "?q=" + title).then().statusCode(200)
                .extract().asString();
        assertFalse(other.contains(title), other);
        byte[] xlsx = Api.as(tree.countyAOffice()).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get(REPORTS + "?q=" + title).then().statusCode(200).extract().asByteArray();
        assertTrue(xlsx.length > 100 && xlsx[0] == 'P' && xlsx[1] == 'K');
    }
}
