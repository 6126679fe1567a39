package io.dudao.accountability;

import io.dudao.inspection.Fixtures;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AccountabilityCaseTest {

    static final String CASES = "/api/v1/accountability-cases";

    @Inject
    World world;

    @Inject
    EntityManager em;

    World.Tree tree;
    LocalDate today = LocalDate.now(io.dudao.common.time.AppClock.ZONE);

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private Map<String, Object> caseAgainst(long subjectOrg, String personName, LocalDate sourceEnded) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectType", personName == null ? "GOVERNMENT" : "PERSON");
        body.put("subjectOrgId", subjectOrg);
        if (personName != null) {
            body.put("subjectPerson", Map.of("name", personName, "position", "县教育局副局长"));
        }
        body.put("scenarioCodes", List.of("QJ-3-01"));
        body.put("source", "INSPECTION");
        if (sourceEnded != null) {
            body.put("sourceEndedOn", sourceEnded.toString());
        }
        body.put("facts", "学前教育普及普惠创建任务推进严重滞后，未按时间节点完成。");
        body.put("internalNotes", "内部意见：建议从严");
        return body;
    }

    private int open(String office, Map<String, Object> body) {
        return Api.as(office).body(body).post(CASES).then().statusCode(201).extract().path("id");
    }

    private Map<String, Object> decision(String publication, List<String> unit, List<String> individual) {
        return Map.of("unitMeasures", unit, "individualMeasures", individual,
                "decisionText", "经调查核实，决定对王建国同志予以约谈，对该县予以督导通报。", "basis", "《教育督导问责办法》（国教督〔2021〕2号）",
                "effectiveOn", today.toString(), "publication", publication);
    }

    private void setDate(int caseId, String column, LocalDate value) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update accountability_case set " + column + " = ?1 where id = ?2")
                .setParameter(1, value).setParameter(2, caseId).executeUpdate());
    }

    private int upload(String user, String name) {
        return RestAssured.given().auth().oauth2(Api.token(user))
                .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart("file", name, "情况说明：已按要求整改。".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/attachments").then().statusCode(201).extract().path("id");
    }

    @Test
    void theWholeProcedureWithTheSubjectsViewAndThePublicList() {
        int id = Api.as(tree.cityOffice()).body(caseAgainst(tree.countyB(), "王建国", today.minusDays(20))).post(CASES)
                .then().statusCode(201).header("Location", containsString(CASES + "/"))
                .body("caseNumber", equalTo(tree.prefix("渭") + "〔" + today.getYear() + "〕1号"))
                .body("status", equalTo("OPEN")).body("view", equalTo("FULL")).body("light", equalTo("GREEN"))
                .body("internalNotes", equalTo("内部意见：建议从严"))
                .body("deadlines[0].kind", equalTo("INVESTIGATION")).body("deadlines[0].daysLeft", equalTo(40))
                .body("allowedActions", equalTo(List.of("investigate", "dismiss", "edit")))
                .extract().path("id");
        // numbers run per office and year
        Api.as(tree.cityOffice()).body(caseAgainst(tree.countyA(), null, null)).post(CASES).then().statusCode(201)
                .body("caseNumber", equalTo(tree.prefix("渭") + "〔" + today.getYear() + "〕2号"));

        // before the written notice the subject does not know about it
        Api.as(tree.countyBOffice()).get(CASES + "/" + id).then().statusCode(404);
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + id + "/notify").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("detail", containsString("OPEN"))
                .body("detail", containsString("investigate"));
        Api.as(tree.cityOffice()).body(decision("PUBLIC", List.of("INTERVIEW"), List.of())).post(CASES + "/" + id + "/decide")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        Api.as(tree.countyAOffice()).body(Map.of()).post(CASES + "/" + id + "/investigate").then().statusCode(404);

        Api.as(tree.cityOffice()).body(Map.of("note", "成立调查组，赴富平县核查")).post(CASES + "/" + id + "/investigate")
                .then().statusCode(200).body("status", equalTo("INVESTIGATING")).body("deadlines[0].state", equalTo("MET"));
        Api.as(tree.cityOffice()).body(Map.of("note", "书面告知拟问责事项", "statementDueOn", today.plusDays(7).toString()))
                .post(CASES + "/" + id + "/notify").then().statusCode(200).body("status", equalTo("NOTIFIED"));

        // the subject's view: the notice, no internal notes, no internal steps, no investigation clock
        Api.as(tree.countyBOffice()).get(CASES + "/" + id).then().statusCode(200)
                .body("view", equalTo("SUBJECT")).body("internalNotes", nullValue())
                .body("timeline.step", equalTo(List.of("NOTIFY"))).body("deadlines.kind", equalTo(List.of("STATEMENT")))
                .body("allowedActions", equalTo(List.of("statement")));
        Api.as(tree.cityOffice()).get(CASES + "/" + id).then()
                .body("timeline.step", equalTo(List.of("OPEN", "INVESTIGATE", "NOTIFY")))
                .body("timeline[1].note", equalTo("成立调查组，赴富平县核查"));
        // nobody else: not another county inside the handler's subtree, not the subject's school
        Api.as(tree.countyAOffice()).get(CASES + "/" + id).then().statusCode(404);
        Api.as(tree.countyAOffice()).get(CASES + "?size=200").then().body("items.id", not(hasItem(id)));
        Api.as(tree.countyBOffice()).get(CASES + "?size=200").then().body("items.id", hasItem(id));
        Api.as(tree.viewer()).get(CASES + "/" + id).then().statusCode(200).body("view", equalTo("FULL"))
                .body("allowedActions", hasSize(0));

        int file = upload(tree.countyBOffice(), "陈述申辩材料.txt");
        Api.as(tree.cityOffice()).body(Map.of("text", "冒充陈述")).post(CASES + "/" + id + "/statement").then().statusCode(403);
        Api.as(tree.countyBOffice()).body(Map.of("text", "我县已制定整改方案，请求从轻处理。", "attachmentIds", List.of(file)))
                .post(CASES + "/" + id + "/statement").then().statusCode(200)
                .body("status", equalTo("STATEMENT_RECEIVED")).body("statement.text", equalTo("我县已制定整改方案，请求从轻处理。"))
                .body("statement.attachments[0].fileName", equalTo("陈述申辩材料.txt"));
        Api.as(tree.cityOffice()).accept("*/*").get("/api/v1/attachments/" + file).then().statusCode(200);
        Api.as(tree.countyAOffice()).accept("*/*").get("/api/v1/attachments/" + file).then().statusCode(404);

        // measures must fit the subject: a person case takes individual measures too
        Api.as(tree.cityOffice()).body(decision("PUBLIC", List.of(), List.of())).post(CASES + "/" + id + "/decide")
                .then().statusCode(400).body("errors[0].field", equalTo("unitMeasures"));
        Api.as(tree.cityOffice()).body(decision("PUBLIC", List.of("INTERVIEW", "SUPERVISION_NOTICE"), List.of()))
                .post(CASES + "/" + id + "/decide").then().statusCode(400);
        Api.as(tree.cityOffice()).body(decision("PUBLIC", List.of(), List.of("INTERVIEW", "NOTIFIED_CRITICISM")))
                .post(CASES + "/" + id + "/decide").then().statusCode(200).body("status", equalTo("DECIDED"))
                .body("decidedOn", equalTo(today.toString())).body("publication", equalTo("PUBLIC"))
                .body("deadlines.kind", hasItem("REVIEW_REQUEST")).body("allowedActions", equalTo(List.of("execute")));
        Api.as(tree.cityOffice()).body(Map.of("reason", "撤回")).post(CASES + "/" + id + "/dismiss").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));

        // the public list: no sign-in, surname only, also inside the decision text
        Api.anonymous().get("/api/v1/public/accountability-decisions?size=100").then().statusCode(200)
                .body("items.find { it.caseNumber == '" + tree.prefix("渭") + "〔" + today.getYear() + "〕1号' && it.handlingOrgName == '渭南市"
                        + tree.tag() + "' }.subjectPerson", equalTo("王某，县教育局副局长"))
                .body("items.decisionText", everyItem(not(containsString("王建国"))))
                .body("items.find { it.handlingOrgName == '渭南市" + tree.tag() + "' }.measures",
                        equalTo(List.of("约谈", "通报批评")));

        // the decision as a Word document, for the handler and the subject
        byte[] docx = Api.as(tree.countyBOffice()).accept("*/*").get(CASES + "/" + id + "/decision-document").then()
                .statusCode(200)
                // 问责决定书-<案号>.docx, with an ASCII name for clients that cannot read filename*
                .header("Content-Disposition", containsString("filename=\"accountability-decision-" + id + ".docx\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''%E9%97%AE%E8%B4%A3%E5%86%B3%E5%AE%9A%E4%B9%A6-"))
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertTrue(all.contains("教育督导问责决定书"), all);
            assertTrue(all.contains(tree.prefix("渭") + "〔" + today.getYear() + "〕1号"), all);
            assertTrue(all.contains("约谈、通报批评"), all);
            assertTrue(all.contains("我县已制定整改方案"), all);
            assertFalse(all.contains("内部意见"), all);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        // review: asked by the subject, answered by the handler; execution is not suspended
        Api.as(tree.cityOffice()).body(Map.of("reason", "x")).post(CASES + "/" + id + "/review-request").then().statusCode(403);
        Api.as(tree.countyBOffice()).body(Map.of("reason", "事实认定有误")).post(CASES + "/" + id + "/review-request").then()
                .statusCode(200).body("status", equalTo("UNDER_REVIEW")).body("review.reason", equalTo("事实认定有误"));
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + id + "/execute").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW")).body("executedOn", equalTo(today.toString()));
        Api.as(tree.cityOffice()).body(Map.of("outcome", "UPHELD", "note", "维持原决定")).post(CASES + "/" + id + "/review-decision")
                .then().statusCode(200).body("status", equalTo("EXECUTED")).body("review.outcome", equalTo("UPHELD"));
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + id + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("light", equalTo("NONE"));

        Api.as(tree.cityOffice()).get("/api/v1/audit-events?entityType=CASE&entityId=" + id + "&size=50").then().statusCode(200)
                .body("items.action", equalTo(List.of("CLOSE", "REVIEW_DECISION", "EXECUTE", "REVIEW_REQUEST", "DECIDE",
                        "STATEMENT", "NOTIFY", "INVESTIGATE", "CREATE")));
    }

    @Test
    void aStepAfterItsWindowNeedsAnAuditedOverride() {
        int late = open(tree.cityOffice(), caseAgainst(tree.countyB(), null, today.minusDays(61)));
        int lastDay = open(tree.cityOffice(), caseAgainst(tree.countyB(), null, today.minusDays(60)));
        int soon = open(tree.cityOffice(), caseAgainst(tree.countyB(), null, today.minusDays(58)));
        int calm = open(tree.cityOffice(), caseAgainst(tree.countyB(), null, today.minusDays(5)));
        // lights come from the clocks, in the list filter as in the case
        List<Integer> red = Api.as(tree.cityOffice()).get(CASES + "?light=RED&size=200").then().extract().path("items.id");
        List<Integer> yellow = Api.as(tree.cityOffice()).get(CASES + "?light=YELLOW&size=200").then().extract().path("items.id");
        List<Integer> green = Api.as(tree.cityOffice()).get(CASES + "?light=GREEN&size=200").then().extract().path("items.id");
        assertTrue(red.contains(late) && !red.contains(lastDay) && !red.contains(soon), red.toString());
        assertTrue(yellow.contains(lastDay) && yellow.contains(soon) && !yellow.contains(calm), yellow.toString());
        assertTrue(green.contains(calm) && !green.contains(late), green.toString());

        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + late + "/investigate").then().statusCode(409)
                .body("code", equalTo("DEADLINE_PASSED")).body("detail", containsString(today.minusDays(1).toString()));
        Api.as(tree.cityOffice()).get(CASES + "/" + late).then().body("status", equalTo("OPEN"))
                .body("deadlines[0].state", equalTo("OVERDUE")).body("light", equalTo("RED"));
        Api.as(tree.cityOffice()).body(Map.of("overrideReason", "线索移交延误，经主任会议同意"))
                .post(CASES + "/" + late + "/investigate").then().statusCode(200)
                .body("deadlines[0].state", equalTo("LATE")).body("timeline[1].overrideReason", equalTo("线索移交延误，经主任会议同意"));
        Api.as(tree.cityOffice()).get("/api/v1/audit-events?entityType=CASE&entityId=" + late + "&size=5").then()
                .body("items[0].action", equalTo("INVESTIGATE"))
                .body("items[0].details.overrideReason", equalTo("线索移交延误，经主任会议同意"));
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + lastDay + "/investigate").then().statusCode(200);

        // review: the 30th day after the decision is still in time, the 31st is not
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + lastDay + "/notify").then().statusCode(200);
        Api.as(tree.cityOffice()).body(decision("NONE", List.of("INTERVIEW"), List.of())).post(CASES + "/" + lastDay + "/decide")
                .then().statusCode(200);
        setDate(lastDay, "decided_on", today.minusDays(31));
        Api.as(tree.countyBOffice()).body(Map.of("reason", "申请复核")).post(CASES + "/" + lastDay + "/review-request").then()
                .statusCode(409).body("code", equalTo("DEADLINE_PASSED"));
        setDate(lastDay, "decided_on", today.minusDays(30));
        Api.as(tree.countyBOffice()).body(Map.of("reason", "申请复核")).post(CASES + "/" + lastDay + "/review-request").then()
                .statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        setDate(lastDay, "review_requested_on", today.minusDays(31));
        Api.as(tree.cityOffice()).get(CASES + "/" + lastDay).then().body("light", equalTo("RED"));
        Api.as(tree.cityOffice()).body(Map.of("outcome", "UPHELD", "note", "维持")).post(CASES + "/" + lastDay + "/review-decision")
                .then().statusCode(409).body("code", equalTo("DEADLINE_PASSED"));
    }

    @Test
    void anAppealGoesToTheLevelAboveAndASuccessfulOneIsCorrected() {
        // 富平县 holds its own school to account; the city answers the appeal
        Map<String, Object> body = caseAgainst(tree.schoolB(), null, null);
        body.put("subjectType", "SCHOOL");
        body.put("scenarioCodes", List.of("QJ-4-01"));
        int id = open(tree.countyBOffice(), body);
        Api.as(tree.cityOffice()).get(CASES + "/" + id).then().statusCode(200).body("view", equalTo("FULL"))
                .body("caseNumber", equalTo(tree.prefix("富") + "〔" + today.getYear() + "〕1号")); // 备案: the level above sees it
        Api.as(tree.countyAOffice()).get(CASES + "/" + id).then().statusCode(404);
        Api.as(tree.countyBOffice()).body(Map.of()).post(CASES + "/" + id + "/investigate").then().statusCode(200);
        Api.as(tree.countyBOffice()).body(Map.of()).post(CASES + "/" + id + "/notify").then().statusCode(200);
        Api.as(tree.countyBOffice()).body(decision("INTERNAL", List.of("PUBLIC_CRITICISM"), List.of()))
                .post(CASES + "/" + id + "/decide").then().statusCode(200);
        String schoolUser = world.user(tree.schoolB(), "SCHOOL");
        Api.as(schoolUser).get(CASES + "/" + id).then().statusCode(200).body("view", equalTo("SUBJECT"))
                .body("allowedActions", equalTo(List.of("review-request", "appeal")));
        Api.as(schoolUser).body(Map.of("reason", "处理过重")).post(CASES + "/" + id + "/appeal").then().statusCode(200)
                .body("status", equalTo("UNDER_APPEAL"));
        Api.as(tree.countyBOffice()).body(Map.of("outcome", "CORRECTED", "note", "x")).post(CASES + "/" + id + "/appeal-decision")
                .then().statusCode(403);
        Api.as(tree.cityOffice()).get(CASES + "/" + id).then().body("allowedActions", equalTo(List.of("appeal-decision")));
        Api.as(tree.cityOffice()).body(Map.of("outcome", "CORRECTED", "note", "处理过重，责令纠正"))
                .post(CASES + "/" + id + "/appeal-decision").then().statusCode(200)
                .body("status", equalTo("CORRECTION_PENDING")).body("appeal.outcome", equalTo("CORRECTED"))
                .body("deadlines.find { it.kind == 'CORRECTION' }.state", equalTo("OPEN"));
        Api.as(tree.countyBOffice()).body(decision("INTERNAL", List.of("INTERVIEW"), List.of())).post(CASES + "/" + id + "/decide")
                .then().statusCode(200).body("status", equalTo("DECIDED")).body("correctedOn", equalTo(today.toString()))
                .body("unitMeasures", equalTo(List.of("INTERVIEW")))
                .body("deadlines.find { it.kind == 'CORRECTION' }.state", equalTo("MET"));
        // an internal decision is not public
        Api.anonymous().get("/api/v1/public/accountability-decisions?size=100").then()
                .body("items.caseNumber", not(hasItem(tree.prefix("富") + "〔" + today.getYear() + "〕1号")));
    }

    @Test
    void aSecondDecidedCaseWithin365DaysIsHandledMoreSeverely() {
        int first = open(tree.cityOffice(), caseAgainst(tree.countyB(), null, null));
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + first + "/investigate").then().statusCode(200);
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + first + "/notify").then().statusCode(200);
        Api.as(tree.cityOffice()).body(decision("NONE", List.of("INTERVIEW"), List.of())).post(CASES + "/" + first + "/decide")
                .then().statusCode(200).body("severe", equalTo(false));

        setDate(first, "decided_on", today.minusDays(366));
        int second = open(tree.cityOffice(), caseAgainst(tree.countyB(), null, null));
        Api.as(tree.cityOffice()).get(CASES + "/" + second).then().body("severe", equalTo(false)).body("severeReasons", hasSize(0));

        setDate(first, "decided_on", today.minusDays(365));
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + second + "/investigate").then().statusCode(200);
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + second + "/notify").then().statusCode(200);
        // before the decision the subject does not see the 从重 grounds
        Api.as(tree.countyBOffice()).get(CASES + "/" + second).then().body("severe", equalTo(false));
        Api.as(tree.cityOffice()).body(decision("NONE", List.of("SUPERVISION_NOTICE"), List.of()))
                .post(CASES + "/" + second + "/decide").then().statusCode(200)
                .body("severe", equalTo(true)).body("severeReasons[0].code", equalTo("REPEATED_WITHIN_YEAR"))
                .body("severeReasons[0].automatic", equalTo(true))
                .body("severeReasons[0].note", containsString(tree.prefix("渭") + "〔" + today.getYear() + "〕1号"));
        Api.as(tree.countyBOffice()).get(CASES + "/" + second).then().body("severe", equalTo(true));
        Api.as(tree.cityOffice()).get(CASES + "?severe=true&size=200").then().body("items.id", hasItem(second))
                .body("items.id", not(hasItem(first)));

        // grounds found by the server cannot be claimed by hand; the others can
        Map<String, Object> body = caseAgainst(tree.countyA(), null, null);
        body.put("manualSevereReasons", List.of(Map.of("code", "REPEATED_WITHIN_YEAR")));
        Api.as(tree.cityOffice()).body(body).post(CASES).then().statusCode(400)
                .body("errors[0].field", equalTo("manualSevereReasons[0].code"));
        body.put("manualSevereReasons", List.of(Map.of("code", "CONCEALMENT_OR_OBSTRUCTION", "note", "提供虚假台账")));
        Api.as(tree.cityOffice()).body(body).post(CASES).then().statusCode(201).body("severe", equalTo(true))
                .body("severeReasons[0].automatic", equalTo(false));
    }

    @Test
    void escalatedFindingsAndSeriouslyOverdueTasksOpenPrefilledCases() {
        int report = Fixtures.createReport(tree.countyAOffice(),
                Fixtures.report("SPECIAL", "双减专项督导" + System.nanoTime(), tree.schoolA(), null, List.of()));
        int overdue = Fixtures.createFinding(tree.countyAOffice(), report,
                Fixtures.finding(null, "MAJOR", "课后服务收费不规范", null, today.minusDays(31)));
        int onTime = Fixtures.createFinding(tree.countyAOffice(), report,
                Fixtures.finding(null, "GENERAL", "作业公示不全", null, today.plusDays(10)));
        Fixtures.submitApprovePublish(report, tree.countyAOffice(), tree.countyAOffice());

        Api.as(tree.countyAOffice()).post(CASES + "/from-finding/" + onTime).then().statusCode(409)
                .body("code", equalTo("NOT_ESCALATED"));
        Api.as(tree.countyBOffice()).post(CASES + "/from-finding/" + overdue).then().statusCode(404);
        Api.as(tree.schoolAUser()).post(CASES + "/from-finding/" + overdue).then().statusCode(403);
        int id = Api.as(tree.countyAOffice()).post(CASES + "/from-finding/" + overdue).then().statusCode(201)
                .body("source", equalTo("FINDING")).body("sourceId", equalTo(overdue))
                .body("subjectType", equalTo("SCHOOL")).body("subjectOrgId", equalTo((int) tree.schoolA()))
                .body("scenarioCodes", equalTo(List.of("QJ-6-03"))).body("facts", containsString("课后服务收费不规范"))
                .body("facts", containsString("已逾期31日"))
                // the supervision ended with the later of the visit and the rectification period
                .body("sourceEndedOn", equalTo(Api.as(tree.countyAOffice()).get("/api/v1/inspection-reports/" + report).then()
                        .extract().path("visitEnd")))
                .body("timeline[0].note", containsString("问题 #" + overdue))
                .extract().path("id");
        Api.as(tree.countyAOffice()).post(CASES + "/from-finding/" + overdue).then().statusCode(409)
                .body("code", equalTo("CASE_EXISTS"));
        Api.as(tree.countyAOffice()).get(CASES + "?source=FINDING&sourceId=" + overdue).then().body("items.id", equalTo(List.of(id)));
        // the ledger links to the case for those who may see it; the school learns of it with the notice
        Api.as(tree.countyAOffice()).get("/api/v1/findings?reportId=" + report).then()
                .body("items.find { it.id == " + overdue + " }.accountabilityCaseId", equalTo(id))
                .body("items.find { it.id == " + onTime + " }.accountabilityCaseId", nullValue());
        Api.as(tree.schoolAUser()).get("/api/v1/findings/" + overdue).then().statusCode(200)
                .body("accountabilityCaseId", nullValue());

        // a task 30 days past due
        Map<String, Object> task = Map.of("title", "普及普惠创建推进", "category", "CREATION", "assigneeOrgId", tree.countyB(),
                "startDate", today.minusDays(90).toString(), "dueDate", today.minusDays(30).toString());
        int taskId = Api.as(tree.cityOffice()).body(task).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        Api.as(tree.countyAOffice()).post(CASES + "/from-task/" + taskId).then().statusCode(404);
        int fromTask = Api.as(tree.cityOffice()).post(CASES + "/from-task/" + taskId).then().statusCode(201)
                .body("source", equalTo("TASK")).body("subjectType", equalTo("GOVERNMENT"))
                .body("scenarioCodes", equalTo(List.of("QJ-3-01"))).body("facts", containsString("已逾期30日"))
                .extract().path("id");
        Api.as(tree.cityOffice()).get("/api/v1/tasks/" + taskId).then().body("accountabilityCaseId", equalTo(fromTask));
        Api.as(tree.countyBOffice()).get("/api/v1/tasks/" + taskId).then().body("accountabilityCaseId", nullValue());
        Map<String, Object> recent = new HashMap<>(task);
        recent.put("dueDate", today.minusDays(29).toString());
        int recentId = Api.as(tree.cityOffice()).body(recent).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        Api.as(tree.cityOffice()).post(CASES + "/from-task/" + recentId).then().statusCode(409).body("code", equalTo("NOT_ESCALATED"));
    }

    @Test
    void scenariosAreACatalogueWithLocalAdditions() {
        Api.as(tree.countyAOffice()).get("/api/v1/accountability-scenarios?active=true").then().statusCode(200)
                .body("code", hasItem("QJ-6-02")).body("find { it.code == 'QJ-6-02' }.editable", equalTo(false))
                .body("find { it.code == 'QJ-6-02' }.familyLabel", equalTo("安全问题多发或拒绝、阻挠督导"));
        // the built-in catalogue belongs to the system: the province office edits it, a city does not
        Api.as(tree.cityOffice()).get("/api/v1/accountability-scenarios").then()
                .body("find { it.code == 'QJ-5-02' }.editable", equalTo(false));
        int builtIn = Api.as(tree.provinceOffice()).get("/api/v1/accountability-scenarios").then()
                .body("find { it.code == 'QJ-5-02' }.editable", equalTo(true)).extract().path("find { it.code == 'QJ-5-02' }.id");
        Map<String, Object> local = new HashMap<>(Map.of("code", "PC-" + tree.tag(), "family", "KEY_TASKS_BEHIND",
                "targetType", "SCHOOL", "description", "学校未按期完成“五项管理”整改", "source", "蒲城县教育督导问责情形补充清单"));
        int localId = Api.as(tree.countyAOffice()).body(local).post("/api/v1/accountability-scenarios").then().statusCode(201)
                .body("ownerOrgId", equalTo((int) tree.countyA())).body("editable", equalTo(true)).extract().path("id");
        Api.as(tree.countyAOffice()).body(local).post("/api/v1/accountability-scenarios").then().statusCode(409)
                .body("code", equalTo("DUPLICATE_CODE"));
        Api.as(tree.countyBOffice()).get("/api/v1/accountability-scenarios").then().body("id", not(hasItem(localId)));
        Api.as(tree.cityOffice()).get("/api/v1/accountability-scenarios").then().body("id", hasItem(localId));
        // the other county cannot cite it
        Map<String, Object> body = caseAgainst(tree.schoolB(), null, null);
        body.put("subjectType", "SCHOOL");
        body.put("scenarioCodes", List.of("PC-" + tree.tag()));
        Api.as(tree.countyBOffice()).body(body).post(CASES).then().statusCode(400).body("errors[0].field", equalTo("scenarioCodes[0]"));

        Map<String, Object> edit = Map.of("code", "QJ-5-02", "family", "FALLING_QUALITY", "targetType", "SCHOOL",
                "description", "学校教育质量明显下降", "active", true, "version", 0);
        Api.as(tree.countyAOffice()).body(edit).put("/api/v1/accountability-scenarios/" + builtIn).then().statusCode(403);
    }

    @Test
    void anOfficeConfiguresItsCaseNumberPrefix() {
        Api.as(tree.countyAOffice()).get("/api/v1/accountability-numbering/" + tree.countyA()).then().statusCode(200)
                .body("prefix", equalTo(tree.prefix("蒲"))).body("nextNumber", equalTo(tree.prefix("蒲") + "〔" + today.getYear() + "〕1号"));
        Api.as(tree.countyAOffice()).body(Map.of("prefix", "蒲教督问〔")).put("/api/v1/accountability-numbering/" + tree.countyA())
                .then().statusCode(400);
        Api.as(tree.countyAOffice()).body(Map.of("prefix", "蒲教督责" + tree.tag())).put("/api/v1/accountability-numbering/" + tree.countyA())
                .then().statusCode(200).body("nextNumber", equalTo("蒲教督责" + tree.tag() + "〔" + today.getYear() + "〕1号"));
        Map<String, Object> body = caseAgainst(tree.schoolA(), null, null);
        body.put("subjectType", "SCHOOL");
        body.put("scenarioCodes", List.of());
        Api.as(tree.countyAOffice()).body(body).post(CASES).then().statusCode(201)
                .body("caseNumber", equalTo("蒲教督责" + tree.tag() + "〔" + today.getYear() + "〕1号"));
        Api.as(tree.countyBOffice()).get("/api/v1/accountability-numbering/" + tree.countyA()).then().statusCode(404);
        Api.as(tree.countyBOffice()).body(Map.of("prefix", "x")).put("/api/v1/accountability-numbering/" + tree.countyA())
                .then().statusCode(404);
        // a subject must lie below the handler
        Map<String, Object> upward = caseAgainst(tree.city(), null, null);
        Api.as(tree.countyAOffice()).body(upward).post(CASES).then().statusCode(400).body("errors[0].field", equalTo("subjectOrgId"));
        Api.as(tree.schoolAUser()).body(body).post(CASES).then().statusCode(403);
    }

    @Test
    void casesExportAsCsvWithoutInternalNotes() {
        int id = open(tree.cityOffice(), caseAgainst(tree.countyB(), "王建国", today.minusDays(70)));
        String csv = Api.as(tree.cityOffice()).accept("text/csv").get(CASES + "?light=RED").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.startsWith("\uFEFFid,caseNumber,"), csv.substring(0, Math.min(80, csv.length())));
        assertTrue(csv.contains(",RED,逾期,"), csv);
        assertTrue(csv.contains("王建国"), csv);
        assertFalse(csv.contains("内部意见"), csv);
        assertEquals(1, csv.lines().filter(l -> l.startsWith(id + ",")).count());
        String other = Api.as(tree.countyAOffice()).accept("text/csv").get(CASES).then().statusCode(200).extract().asString();
        assertTrue(other.lines().noneMatch(l -> l.startsWith(id + ",")), other);
    }

    @Test
    void dismissalReviewOutcomesAndClosingFollowTheProcedure() {
        // dismissed before a decision, with its reason; nothing further is possible
        int dismissed = open(tree.cityOffice(), caseAgainst(tree.countyB(), null, null));
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + dismissed + "/dismiss").then().statusCode(400);
        Api.as(tree.cityOffice()).body(Map.of("reason", "经核查情况不属实")).post(CASES + "/" + dismissed + "/dismiss").then()
                .statusCode(200).body("status", equalTo("DISMISSED")).body("dismissReason", equalTo("经核查情况不属实"))
                .body("allowedActions", hasSize(0)).body("closedOn", equalTo(today.toString()));
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + dismissed + "/investigate").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("detail", containsString("无"));

        // a review that changes the measures replaces them; a revoking one ends in REVOKED, then archived
        int changed = open(tree.cityOffice(), caseAgainst(tree.countyB(), null, null));
        int revoked = open(tree.cityOffice(), caseAgainst(tree.countyB(), null, null));
        for (int id : List.of(changed, revoked)) {
            Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + id + "/investigate").then().statusCode(200);
            Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + id + "/notify").then().statusCode(200);
            Api.as(tree.cityOffice()).body(decision("NONE", List.of("PUBLIC_CRITICISM"), List.of()))
                    .post(CASES + "/" + id + "/decide").then().statusCode(200);
            Api.as(tree.countyBOffice()).body(Map.of("reason", "处理过重")).post(CASES + "/" + id + "/review-request")
                    .then().statusCode(200);
        }
        Api.as(tree.cityOffice()).body(Map.of("outcome", "CHANGED", "note", "改为约谈", "unitMeasures", List.of()))
                .post(CASES + "/" + changed + "/review-decision").then().statusCode(400);
        Api.as(tree.cityOffice()).body(Map.of("outcome", "CHANGED", "note", "改为约谈", "unitMeasures", List.of("INTERVIEW")))
                .post(CASES + "/" + changed + "/review-decision").then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("unitMeasures", equalTo(List.of("INTERVIEW")))
                .body("review.outcome", equalTo("CHANGED"));
        // one review per case; an appeal is still open to the subject
        Api.as(tree.countyBOffice()).get(CASES + "/" + changed).then().body("allowedActions", equalTo(List.of("appeal")));
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + changed + "/close").then().statusCode(409);
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + changed + "/execute").then().statusCode(200)
                .body("status", equalTo("EXECUTED"));
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + changed + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));

        Api.as(tree.cityOffice()).body(Map.of("outcome", "REVOKED", "note", "事实不清，撤销原决定"))
                .post(CASES + "/" + revoked + "/review-decision").then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("allowedActions", equalTo(List.of("close")));
        Api.as(tree.countyBOffice()).body(Map.of("reason", "x")).post(CASES + "/" + revoked + "/appeal").then().statusCode(409);
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + revoked + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
    }
}
