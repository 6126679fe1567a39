package io.dudao.accountability;

import io.dudao.inspection.Fixtures;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Appeals to the province, scenarios owned by the system, valid sources, one open case per source, numbers, 从重. */
@QuarkusTest
class CaseHardeningTest {

    static final String CASES = "/api/v1/accountability-cases";
    static final String SCENARIOS = "/api/v1/accountability-scenarios";

    @Inject
    World world;

    World.Tree tree;
    LocalDate today = LocalDate.now(io.dudao.common.time.AppClock.ZONE);

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private static Map<String, Object> caseAgainst(long subjectOrg, String subjectType, List<String> scenarios) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectType", subjectType);
        body.put("subjectOrgId", subjectOrg);
        body.put("scenarioCodes", scenarios);
        body.put("source", "INSPECTION");
        body.put("facts", "重点任务推进严重滞后，未按时间节点完成。");
        return body;
    }

    private static Map<String, Object> decision() {
        return Map.of("unitMeasures", List.of("INTERVIEW"), "individualMeasures", List.of(),
                "decisionText", "决定予以约谈。", "basis", "《教育督导问责办法》", "effectiveOn", LocalDate.now().toString(),
                "publication", "NONE");
    }

    private int open(String office, Map<String, Object> body) {
        return Api.as(office).body(body).post(CASES).then().statusCode(201).extract().path("id");
    }

    private void investigateNotifyDecide(String office, int id) {
        Api.as(office).body(Map.of()).post(CASES + "/" + id + "/investigate").then().statusCode(200);
        Api.as(office).body(Map.of()).post(CASES + "/" + id + "/notify").then().statusCode(200);
        Api.as(office).body(decision()).post(CASES + "/" + id + "/decide").then().statusCode(200);
    }

    private int builtIn(String user, String code) {
        return Api.as(user).get(SCENARIOS).then().statusCode(200)
                .extract().path("find { it.code == '" + code + "' && it.ownerOrgId == null }.id");
    }

    @Test
    void theProvinceOfficeAnswersAnAppealAgainstACityDecision() {
        int id = open(tree.cityOffice(), caseAgainst(tree.countyB(), "GOVERNMENT", List.of("QJ-3-01")));
        Api.as(tree.provinceOffice()).get(CASES + "/" + id).then().statusCode(200).body("view", equalTo("FULL"));
        investigateNotifyDecide(tree.cityOffice(), id);
        Api.as(tree.countyBOffice()).body(Map.of("reason", "事实不清")).post(CASES + "/" + id + "/appeal").then().statusCode(200)
                .body("status", equalTo("UNDER_APPEAL"));
        Api.as(tree.cityOffice()).body(Map.of("outcome", "UPHELD", "note", "x")).post(CASES + "/" + id + "/appeal-decision")
                .then().statusCode(403);
        Api.as(tree.provinceOffice()).get(CASES + "/" + id).then().body("allowedActions", equalTo(List.of("appeal-decision")));
        Api.as(tree.provinceOffice()).body(Map.of("outcome", "UPHELD", "note", "维持市教督办的决定"))
                .post(CASES + "/" + id + "/appeal-decision").then().statusCode(200)
                .body("appeal.outcome", equalTo("UPHELD"));
    }

    @Test
    void builtInScenariosBelongToTheSystemAndACityHidesOneForItsSubtreeOnly() {
        World.Tree otherCity = world.create();
        int scenario = builtIn(tree.cityOffice(), "QJ-3-01");
        Map<String, Object> scenarioBody = Api.as(tree.cityOffice()).get(SCENARIOS).then()
                .extract().path("find { it.id == " + scenario + " }");
        Map<String, Object> edit = new HashMap<>(Map.of("code", "QJ-3-01", "family", scenarioBody.get("family"),
                "targetType", scenarioBody.get("targetType"), "description", scenarioBody.get("description"), "active", true));
        edit.put("source", scenarioBody.get("source"));
        edit.put("suggestedMeasures", scenarioBody.get("suggestedMeasures"));
        edit.put("version", scenarioBody.get("version"));
        Api.as(tree.cityOffice()).body(edit).put(SCENARIOS + "/" + scenario).then().statusCode(403);
        Api.as(tree.cityOffice()).get(SCENARIOS).then().body("find { it.id == " + scenario + " }.editable", equalTo(false));
        Api.as(tree.provinceOffice()).get(SCENARIOS).then().body("find { it.id == " + scenario + " }.editable", equalTo(true));
        Api.as(tree.provinceOffice()).body(edit).put(SCENARIOS + "/" + scenario).then().statusCode(200);

        // the city hides it for itself and everything below
        Api.as(tree.cityOffice()).put(SCENARIOS + "/" + scenario + "/hidden-for/" + tree.city()).then().statusCode(200)
                .body("hidden", equalTo(true));
        Api.as(tree.countyAOffice()).get(SCENARIOS).then().body("find { it.id == " + scenario + " }.hidden", equalTo(true));
        Api.as(tree.cityOffice()).body(caseAgainst(tree.countyA(), "GOVERNMENT", List.of("QJ-3-01"))).post(CASES).then()
                .statusCode(400).body("errors[0].field", equalTo("scenarioCodes[0]"));
        Api.as(tree.countyAOffice()).body(caseAgainst(tree.schoolA(), "SCHOOL", List.of("QJ-3-01"))).post(CASES).then()
                .statusCode(400);
        // another city's catalogue is untouched
        Api.as(otherCity.cityOffice()).get(SCENARIOS).then().body("find { it.id == " + scenario + " }.hidden", equalTo(false));
        open(otherCity.cityOffice(), caseAgainst(otherCity.countyA(), "GOVERNMENT", List.of("QJ-3-01")));
        // nobody hides it for someone else's subtree, and a county cannot undo its city's choice
        Api.as(otherCity.cityOffice()).put(SCENARIOS + "/" + scenario + "/hidden-for/" + tree.countyA()).then().statusCode(404);
        Api.as(tree.countyAOffice()).delete(SCENARIOS + "/" + scenario + "/hidden-for/" + tree.city()).then().statusCode(404);
        Api.as(tree.viewer()).put(SCENARIOS + "/" + scenario + "/hidden-for/" + tree.city()).then().statusCode(403);
        // the city shows it again
        Api.as(tree.cityOffice()).delete(SCENARIOS + "/" + scenario + "/hidden-for/" + tree.city()).then().statusCode(200)
                .body("hidden", equalTo(false));
        open(tree.cityOffice(), caseAgainst(tree.countyA(), "GOVERNMENT", List.of("QJ-3-01")));
    }

    @Test
    void aCaseSourceMustNameAnObjectTheCallerCanSee() {
        int report = Fixtures.createReport(tree.countyBOffice(),
                Fixtures.report("SPECIAL", "专项督导" + System.nanoTime(), tree.schoolB(), null, List.of()));
        int otherCountysFinding = Fixtures.createFinding(tree.countyBOffice(), report,
                Fixtures.finding(null, "MAJOR", "食堂卫生不达标", null, today.plusDays(10)));
        Map<String, Object> body = caseAgainst(tree.schoolA(), "SCHOOL", List.of());
        body.put("source", "FINDING");
        body.put("sourceId", otherCountysFinding);
        String hidden = Api.as(tree.countyAOffice()).body(body).post(CASES).then().statusCode(400)
                .body("errors[0].field", equalTo("sourceId")).extract().path("errors[0].message");
        body.put("sourceId", 987_654_321);
        String missing = Api.as(tree.countyAOffice()).body(body).post(CASES).then().statusCode(400)
                .body("errors[0].field", equalTo("sourceId")).extract().path("errors[0].message");
        assertEquals(missing, hidden);
        body.remove("sourceId");
        Api.as(tree.countyAOffice()).body(body).post(CASES).then().statusCode(400).body("errors[0].field", equalTo("sourceId"));
        body.put("source", "TASK");
        Api.as(tree.countyAOffice()).body(body).post(CASES).then().statusCode(400).body("errors[0].field", equalTo("sourceId"));
        body.put("source", "OTHER");
        body.put("sourceId", 1);
        Api.as(tree.countyAOffice()).body(body).post(CASES).then().statusCode(400).body("errors[0].field", equalTo("sourceId"));
        body.remove("sourceId");
        Api.as(tree.countyAOffice()).body(body).post(CASES).then().statusCode(201);
    }

    @Test
    void concurrentEscalationsOfOneFindingGiveOneCaseAndAProblemNamingIt() throws Exception {
        int report = Fixtures.createReport(tree.countyAOffice(),
                Fixtures.report("SPECIAL", "双减专项督导" + System.nanoTime(), tree.schoolA(), null, List.of()));
        int overdue = Fixtures.createFinding(tree.countyAOffice(), report,
                Fixtures.finding(null, "MAJOR", "课后服务收费不规范", null, today.minusDays(31)));
        Fixtures.submitApprovePublish(report, tree.countyAOffice(), tree.countyAOffice());
        Api.token(tree.countyAOffice());
        Api.token(tree.cityOffice());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ExtractableResponse<Response>>> calls = new ArrayList<>();
        for (String office : List.of(tree.countyAOffice(), tree.cityOffice(), tree.countyAOffice(), tree.cityOffice())) {
            Callable<ExtractableResponse<Response>> call = () -> {
                start.await();
                return Api.as(office).post(CASES + "/from-finding/" + overdue).then().extract();
            };
            calls.add(pool.submit(call));
        }
        start.countDown();
        List<ExtractableResponse<Response>> answers = new ArrayList<>();
        for (Future<ExtractableResponse<Response>> f : calls) {
            answers.add(f.get());
        }
        pool.shutdown();
        List<ExtractableResponse<Response>> created = answers.stream().filter(a -> a.statusCode() == 201).toList();
        assertEquals(1, created.size(), answers.stream().map(a -> a.statusCode() + " " + a.asString()).toList().toString());
        int caseId = created.get(0).path("id");
        for (ExtractableResponse<Response> a : answers) {
            if (a.statusCode() != 201) {
                assertEquals(409, a.statusCode(), a.asString());
                assertEquals("CASE_EXISTS", a.path("code"));
                assertEquals(caseId, (int) a.path("caseId"));
            }
        }
        Map<String, Object> body = caseAgainst(tree.schoolA(), "SCHOOL", List.of());
        body.put("source", "FINDING");
        body.put("sourceId", overdue);
        Api.as(tree.countyAOffice()).body(body).post(CASES).then().statusCode(409).body("code", equalTo("CASE_EXISTS"))
                .body("caseId", equalTo(caseId));
        // once it is dismissed a new case may be opened for the same finding
        Api.as(created.get(0).path("handlingOrgId").equals((int) tree.countyA()) ? tree.countyAOffice() : tree.cityOffice())
                .body(Map.of("reason", "情况已查明，不予问责")).post(CASES + "/" + caseId + "/dismiss").then().statusCode(200);
        Api.as(tree.countyAOffice()).body(body).post(CASES).then().statusCode(201);
    }

    @Test
    void caseNumbersAreUniquePerPrefixAndYearAcrossOffices() {
        long huazhou = Api.as(tree.admin()).body(Map.of("code", tree.tag() + "-HZ", "name", "华州区", "type", "COUNTY",
                "parentId", tree.city())).post("/api/v1/organizations").then().statusCode(201).extract().<Integer>path("id");
        long huayin = Api.as(tree.admin()).body(Map.of("code", tree.tag() + "-HY", "name", "华阴市", "type", "COUNTY",
                "parentId", tree.city())).post("/api/v1/organizations").then().statusCode(201).extract().<Integer>path("id");
        String huazhouOffice = world.user(huazhou, "COUNTY_OFFICE");
        String huayinOffice = world.user(huayin, "COUNTY_OFFICE");
        long schoolHz = Api.as(tree.admin()).body(Map.of("code", tree.tag() + "-HZS", "name", "华州区小学", "type", "SCHOOL",
                "parentId", huazhou, "stage", "PRIMARY")).post("/api/v1/organizations").then().statusCode(201).extract().<Integer>path("id");
        long schoolHy = Api.as(tree.admin()).body(Map.of("code", tree.tag() + "-HYS", "name", "华阴市小学", "type", "SCHOOL",
                "parentId", huayin, "stage", "PRIMARY")).post("/api/v1/organizations").then().statusCode(201).extract().<Integer>path("id");
        String first = Api.as(huazhouOffice).body(caseAgainst(schoolHz, "SCHOOL", List.of())).post(CASES).then().statusCode(201)
                .body("caseNumber", startsWith("华州教督问〔" + today.getYear() + "〕")).extract().path("caseNumber");
        String second = Api.as(huayinOffice).body(caseAgainst(schoolHy, "SCHOOL", List.of())).post(CASES).then().statusCode(201)
                .body("caseNumber", startsWith("华阴教督问〔" + today.getYear() + "〕")).extract().path("caseNumber");
        assertNotEquals(first, second);

        // a prefix belongs to one organisation
        Api.as(huayinOffice).body(Map.of("prefix", "华州教督问")).put("/api/v1/accountability-numbering/" + huayin).then()
                .statusCode(409).body("code", equalTo("PREFIX_TAKEN"));
        // the derived prefix is the office's own from its first number on
        Api.as(tree.admin()).get("/api/v1/organizations/" + huazhou).then().body("documentPrefix", equalTo("华州教督问"));
        Api.as(huazhouOffice).body(Map.of("prefix", "华州区教督问" + tree.tag())).put("/api/v1/accountability-numbering/" + huazhou)
                .then().statusCode(200);
        Api.as(tree.admin()).get("/api/v1/organizations/" + huazhou).then().body("documentPrefix", equalTo("华州区教督问" + tree.tag()));
        Api.as(huazhouOffice).body(caseAgainst(schoolHz, "SCHOOL", List.of())).post(CASES).then().statusCode(201)
                .body("caseNumber", equalTo("华州区教督问" + tree.tag() + "〔" + today.getYear() + "〕1号"));
    }

    @Test
    void theSubjectNeverLearnsOfHeavierHandlingBeforeTheDecision() {
        Map<String, Object> body = caseAgainst(tree.countyB(), "GOVERNMENT", List.of("QJ-3-01"));
        body.put("manualSevereReasons", List.of(Map.of("code", "CONCEALMENT_OR_OBSTRUCTION", "note", "提供虚假台账")));
        int id = open(tree.cityOffice(), body);
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + id + "/investigate").then().statusCode(200);
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + id + "/notify").then().statusCode(200);

        Api.as(tree.countyBOffice()).get(CASES + "?severe=true&size=200").then().statusCode(200).body("items.id", not(hasItem(id)));
        Api.as(tree.countyBOffice()).get(CASES + "?severe=false&size=200").then().statusCode(200).body("items.id", hasItem(id));
        String csv = Api.as(tree.countyBOffice()).accept("text/csv").get(CASES + "?severe=false").then().statusCode(200)
                .extract().asString();
        String row = csv.lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow(() -> new AssertionError(csv));
        assertFalse(row.contains(",true,"), row);
        // the handler knows
        Api.as(tree.cityOffice()).get(CASES + "?severe=true&size=200").then().body("items.id", hasItem(id));
        assertTrue(Api.as(tree.cityOffice()).accept("text/csv").get(CASES + "?severe=true").then().extract().asString()
                .lines().anyMatch(l -> l.startsWith(id + ",") && l.contains(",true,")));

        Api.as(tree.cityOffice()).body(decision()).post(CASES + "/" + id + "/decide").then().statusCode(200);
        Api.as(tree.countyBOffice()).get(CASES + "?severe=true&size=200").then().body("items.id", hasItem(id));
    }
}
