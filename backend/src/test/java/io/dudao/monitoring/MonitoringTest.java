package io.dudao.monitoring;

import io.dudao.common.security.Caller;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.work.WorkKind;
import io.dudao.common.work.WorkRegistry;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 义务教育质量监测: cycles, the results import, feedback problems as findings, trend, comparison and the fall suggestion. */
@QuarkusTest
class MonitoringTest {

    static final String CYCLES = "/api/v1/monitoring-cycles";
    static final String HEADER = "县区（名称或区划代码）,学校（县级结果不填）,年级,学科,达到Ⅲ级及以上比例（%）,优秀比例（%）,平均量表分,校际差异率,"
            + "全省达到Ⅲ级及以上比例（%）,全省优秀比例（%）,全省平均量表分,全省校际差异率\n";

    @Inject
    World world;

    @Inject
    EntityManager em;

    @Inject
    WorkRegistry registry;

    World.Tree tree;
    String countyA;
    String countyB;
    String schoolA;

    @BeforeEach
    void setUp() {
        tree = world.create();
        countyA = "蒲城县" + tree.tag();
        countyB = "富平县" + tree.tag();
        schoolA = "蒲城县城关小学" + tree.tag();
    }

    Map<String, Object> cycle(int year, List<Map<String, Object>> counties) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", year);
        body.put("title", year + "年义务教育质量监测");
        body.put("subjects", List.of("MATHEMATICS", "CHINESE"));
        body.put("grades", List.of(8, 4));
        body.put("testDate", year + "-05-20");
        body.put("feedbackDate", year + "-11-10");
        body.put("endsOn", (year + 1) + "-06-30");
        body.put("counties", counties);
        return body;
    }

    List<Map<String, Object>> bothCounties() {
        return List.of(Map.of("countyId", tree.countyA(), "schoolIds", List.of(tree.schoolA())), Map.of("countyId", tree.countyB()));
    }

    int create(int year, List<Map<String, Object>> counties) {
        return Api.as(tree.cityOffice()).body(cycle(year, counties)).post(CYCLES).then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse upload(String user, int cycleId, String name, String csv) {
        return RestAssured.given().auth().oauth2(Api.token(user))
                .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart("file", name, csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(CYCLES + "/" + cycleId + "/results/import").then();
    }

    long count(String sql, Object param) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue();
    }

    @Test
    void aCityOfficeRunsACycleOverItsSampleAndEachCountySeesOnlyItsOwn() {
        int id = Api.as(tree.cityOffice()).body(cycle(2023, bothCounties())).post(CYCLES).then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("title", equalTo("2023年义务教育质量监测"))
                .body("grades", contains(4, 8))
                .body("status", equalTo("PREPARING"))
                .body("fallAlertPoints", equalTo(5.0f))
                .body("manageable", equalTo(true))
                .body("counties.countyName", contains(countyA, countyB))
                .body("counties[0].schools.name", contains(schoolA))
                .extract().path("id");
        assertEquals(1, count("select count(*) from audit_event where entity_type = 'MONITORING_CYCLE' and entity_id = ?1", String.valueOf(id)));

        Api.as(tree.countyAOffice()).get(CYCLES + "/" + id).then().statusCode(200)
                .body("manageable", equalTo(false))
                .body("counties.countyName", contains(countyA));
        Api.as(tree.countyAOffice()).get(CYCLES + "?countyId=" + tree.countyA()).then().statusCode(200)
                .body("items.id", contains(id));

        // a cycle that samples only county A is not county B's
        int onlyA = create(2022, List.of(Map.of("countyId", tree.countyA())));
        Api.as(tree.countyBOffice()).get(CYCLES + "/" + onlyA).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        Api.as(tree.countyBOffice()).get(CYCLES + "/" + onlyA + "/results").then().statusCode(404);
        Api.as(tree.countyBOffice()).get(CYCLES + "/" + onlyA + "/comparison?subject=MATHEMATICS&grade=8").then().statusCode(404);
        Api.as(tree.countyBOffice()).get(CYCLES + "/" + onlyA + "/results/template").then().statusCode(404);
        Api.as(tree.countyBOffice()).get(CYCLES).then().statusCode(200).body("items.id", contains(id));

        // counties run nothing: they cannot create, change or import
        Api.as(tree.countyAOffice()).body(cycle(2023, bothCounties())).post(CYCLES).then().statusCode(403);
        Map<String, Object> update = cycle(2023, bothCounties());
        update.put("version", 0);
        Api.as(tree.countyAOffice()).body(update).put(CYCLES + "/" + id).then().statusCode(403);
        upload(tree.countyAOffice(), id, "结果.csv", HEADER + countyA + ",,8,数学,80,20,510,0.12,,,,\n").statusCode(403);
        Api.as(tree.countyAOffice()).post(CYCLES + "/" + id + "/close").then().statusCode(403);
    }

    @Test
    void aSampleOutsideTheOwnerOrWithAnotherCountysSchoolIsRefusedWithEveryError() {
        long outsider = world.create().countyA();
        Api.as(tree.cityOffice()).body(cycle(2023, List.of(Map.of("countyId", outsider),
                        Map.of("countyId", tree.countyA(), "schoolIds", List.of(tree.schoolB())), Map.of("countyId", tree.schoolA()))))
                .post(CYCLES).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("counties[0].countyId", "counties[1].schoolIds[0]", "counties[2].countyId"));
        Map<String, Object> bad = cycle(2023, bothCounties());
        bad.put("subjects", List.of("ASTROLOGY"));
        Api.as(tree.cityOffice()).body(bad).post(CYCLES).then().statusCode(400);
        Map<String, Object> noCounties = cycle(2023, List.of());
        Api.as(tree.cityOffice()).body(noCounties).post(CYCLES).then().statusCode(400);
        assertEquals(0, count("select count(*) from monitoring_cycle where owner_org_id = ?1", tree.city()));
    }

    @Test
    void aSheetWithBadRowsListsEveryErrorAndSavesNothingThenAGoodOneReplacesTheResults() {
        int id = create(2023, List.of(Map.of("countyId", tree.countyA(), "schoolIds", List.of(tree.schoolA()))));
        String bad = HEADER
                + countyA + ",,8,天文,80,20,510,0.12,78,18,500,0.14\n"       // unknown subject
                + countyA + ",,8,数学,120,20,510,0.12,78,18,500,0.14\n"      // rate over 100%
                + countyB + ",,8,数学,80,20,510,0.12,78,18,500,0.14\n"       // county outside the sample
                + countyA + ",,8,英语,80,20,510,0.12,78,18,500,0.14\n"       // a subject the cycle does not test
                + countyA + ",不存在的学校,4,语文,80,20,510,0.12,78,18,500,0.14\n"; // not a sampled school
        upload(tree.cityOffice(), id, "结果.csv", bad).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("rows[0].学科", "rows[1].达到Ⅲ级及以上比例", "rows[2].县区", "rows[3].学科", "rows[4].学校"))
                .body("errors[0].message", containsString("未知学科：天文"))
                .body("errors[0].message", containsString("第 2 行 D 列"))
                .body("errors[1].message", containsString("0 到 100"))
                .body("errors[2].message", containsString("不是本次监测的样本县区"));
        assertEquals(0, count("select count(*) from monitoring_result where cycle_id = ?1", id));

        String good = HEADER
                + countyA + ",,8,数学,80.5,20,510,0.12,78,18,500,0.14\n"
                + tree.tag() + "-A,,4,语文,91%,30,530,0.08,88,25,505,0.10\n"   // a county by its code, a share with %
                + countyA + "," + schoolA + ",8,数学,76,15,498,,78,18,500,0.14\n";
        upload(tree.cityOffice(), id, "结果.csv", good).statusCode(200)
                .body("rows", equalTo(3)).body("counties", equalTo(1)).body("status", equalTo("RESULTS_IN"));
        Api.as(tree.countyAOffice()).get(CYCLES + "/" + id + "/results?schools=true").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items[0].grade", equalTo(4))
                .body("items[0].figures.level3Share", equalTo(91.0f))
                .body("items[0].province.level3Share", equalTo(88.0f))
                .body("items[0].level3VsProvince", equalTo(3.0f))
                .body("items[2].schoolName", equalTo(schoolA));
        Api.as(tree.countyAOffice()).get(CYCLES + "/" + id + "/results").then().statusCode(200).body("items", hasSize(2));
        Api.as(tree.cityOffice()).get(CYCLES + "/" + id).then().body("resultCount", equalTo(3)).body("status", equalTo("RESULTS_IN"));
        assertEquals(1, count("select count(*) from audit_event where entity_type = 'MONITORING_CYCLE' and action = 'IMPORT_RESULTS' and entity_id = ?1",
                String.valueOf(id)));

        // the template lists a row per sampled county, grade and subject
        String template = Api.as(tree.cityOffice()).get(CYCLES + "/" + id + "/results/template?format=csv").then().statusCode(200)
                .extract().asString();
        assertTrue(template.contains(countyA + ",,4,数学"), template);
        assertTrue(template.contains(countyA + ",,8,语文"), template);
        Api.as(tree.cityOffice()).get(CYCLES + "/" + id + "/results/template?format=pdf").then().statusCode(400);

        // closing ends the work; a closed cycle takes no more imports
        Api.as(tree.cityOffice()).post(CYCLES + "/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("light", equalTo("NONE"));
        upload(tree.cityOffice(), id, "结果.csv", good).statusCode(409);
    }

    @Test
    void anotherCountysResultsTrendAndComparisonAnswer404() {
        int id = create(2023, bothCounties());
        upload(tree.cityOffice(), id, "r.csv", HEADER + countyA + ",,8,数学,80,20,510,0.12,78,18,500,0.14\n"
                + countyB + ",,8,数学,70,10,490,0.2,78,18,500,0.14\n").statusCode(200);
        Api.as(tree.countyBOffice()).get(CYCLES + "/" + id + "/results?countyId=" + tree.countyA()).then().statusCode(404);
        Api.as(tree.countyBOffice()).get(CYCLES + "/trend?countyId=" + tree.countyA() + "&subject=MATHEMATICS&grade=8").then().statusCode(404);
        Api.as(tree.countyBOffice()).get(CYCLES + "/" + id + "/results").then().statusCode(200)
                .body("items.countyName", contains(countyB));
        // the comparison shows a county only its own row; the city all, best first, with the province's figure
        Api.as(tree.countyBOffice()).get(CYCLES + "/" + id + "/comparison?subject=MATHEMATICS&grade=8").then().statusCode(200)
                .body("counties.countyName", contains(countyB));
        Api.as(tree.cityOffice()).get(CYCLES + "/" + id + "/comparison?subject=MATHEMATICS&grade=8").then().statusCode(200)
                .body("counties.countyName", contains(countyA, countyB))
                .body("province.level3Share", equalTo(78.0f));
        Api.as(tree.cityOffice()).get(CYCLES + "/" + id + "/comparison?subject=MATHEMATICS").then().statusCode(400)
                .body("errors.field", contains("grade"));
        Api.as(tree.cityOffice()).get(CYCLES + "/" + id + "/results?subject=ASTROLOGY").then().statusCode(400);
    }

    @Test
    void aFallBeyondTheThresholdSuggestsThePrefilledScenarioAndTheTrendShowsIt() {
        int y2022 = create(2022, bothCounties());
        upload(tree.cityOffice(), y2022, "2022.csv", HEADER + countyA + ",,8,数学,82,20,510,0.12,78,18,500,0.14\n"
                + countyB + ",,8,数学,70,10,490,0.2,78,18,500,0.14\n").statusCode(200);
        int y2023 = create(2023, bothCounties());
        upload(tree.cityOffice(), y2023, "2023.csv", HEADER + countyA + ",,8,数学,74,20,500,0.12,79,18,501,0.14\n"
                + countyB + ",,8,数学,67,10,490,0.2,79,18,501,0.14\n").statusCode(200);

        Api.as(tree.cityOffice()).get(CYCLES + "/trend?countyId=" + tree.countyA() + "&subject=MATHEMATICS&grade=8").then().statusCode(200)
                .body("countyName", equalTo(countyA))
                .body("points.year", contains(2022, 2023))
                .body("points.figures.level3Share", contains(82.0f, 74.0f))
                .body("points.province.level3Share", contains(78.0f, 79.0f));

        // county A fell 8 points (over 5); county B only 3
        var suggestion = Api.as(tree.cityOffice()).get(CYCLES + "/" + y2023 + "/fall-suggestions").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].countyId", equalTo((int) tree.countyA()))
                .body("items[0].previousCycleId", equalTo(y2022))
                .body("items[0].fall", equalTo(8.0f))
                .body("items[0].caseDraft.subjectType", equalTo("GOVERNMENT"))
                .body("items[0].caseDraft.subjectOrgId", equalTo((int) tree.countyA()))
                .body("items[0].caseDraft.scenarioCodes", contains("QJ-5-01"))
                .body("items[0].caseDraft.facts", containsString("下降8.00个百分点"))
                .extract().jsonPath().getMap("items[0].caseDraft");
        Api.as(tree.cityOffice()).body(suggestion).post("/api/v1/accountability-cases").then().statusCode(201)
                .body("subjectOrgId", equalTo((int) tree.countyA()));
        // counties are not shown the accountability suggestions
        Api.as(tree.countyAOffice()).get(CYCLES + "/" + y2023 + "/fall-suggestions").then().statusCode(403);

        // a higher threshold suggests nothing
        Map<String, Object> update = cycle(2023, bothCounties());
        update.put("fallAlertPoints", 10);
        int version = Api.as(tree.cityOffice()).get(CYCLES + "/" + y2023).then().extract().path("version");
        update.put("version", version);
        Api.as(tree.cityOffice()).body(update).put(CYCLES + "/" + y2023).then().statusCode(200).body("version", equalTo(version + 1));
        Api.as(tree.cityOffice()).get(CYCLES + "/" + y2023 + "/fall-suggestions").then().statusCode(200).body("items", hasSize(0));
        // a stale version is refused; dropping a county with results is refused
        Api.as(tree.cityOffice()).body(update).put(CYCLES + "/" + y2023).then().statusCode(409);
        Map<String, Object> drop = cycle(2023, List.of(Map.of("countyId", tree.countyA())));
        drop.put("version", version + 1);
        Api.as(tree.cityOffice()).body(drop).put(CYCLES + "/" + y2023).then().statusCode(409).body("code", equalTo("RESULTS_OUTSIDE_SAMPLE"));
    }

    @Test
    void theFeedbackProblemsBecomeFindingsThatRunThroughTheRectificationLoop() {
        int id = create(2022, bothCounties());
        Map<String, Object> problem = Map.of("countyId", tree.countyA(), "subject", "MATHEMATICS", "severity", "GENERAL",
                "description", "八年级数学达到Ⅲ级及以上比例低于全省平均", "requirement", "制定数学质量提升方案并落实到校", "dueDate", "2023-06-30");
        Map<String, Object> outside = Map.of("countyId", world.create().countyA(), "severity", "GENERAL",
                "description", "样本外", "requirement", "无");
        Api.as(tree.cityOffice()).body(Map.of("problems", List.of(problem, outside))).post(CYCLES + "/" + id + "/problems").then()
                .statusCode(400).body("errors.field", contains("problems[1].countyId"));
        Api.as(tree.countyAOffice()).body(Map.of("problems", List.of(problem))).post(CYCLES + "/" + id + "/problems").then().statusCode(403);
        Map<String, Object> problemB = Map.of("countyId", tree.countyB(), "severity", "MINOR",
                "description", "四年级语文优秀比例偏低", "requirement", "加强阅读教学");
        List<Integer> ids = Api.as(tree.cityOffice()).body(Map.of("problems", List.of(problem, problemB))).post(CYCLES + "/" + id + "/problems")
                .then().statusCode(201).body("findingIds", hasSize(2)).extract().path("findingIds");

        String findings = "/api/v1/findings?sourceType=MONITORING&sourceId=" + id;
        Api.as(tree.countyAOffice()).get(findings).then().statusCode(200)
                .body("items.id", contains(ids.get(0)))
                .body("items[0].description", equalTo("【数学】八年级数学达到Ⅲ级及以上比例低于全省平均"))
                .body("items[0].sourceTitle", equalTo("2022年义务教育质量监测结果反馈"))
                .body("items[0].ownerOrgId", equalTo((int) tree.countyA()))
                .body("items[0].allowedActions", hasItem("rectify"));
        Api.as(tree.cityOffice()).get(findings).then().body("items.id", containsInAnyOrder(ids.toArray()))
                .body("items.find { it.id == " + ids.get(1) + " }.dueDate", equalTo("2023-06-30")); // the cycle's end
        Api.as(tree.cityOffice()).get(CYCLES + "/" + id).then().body("problemCount", equalTo(2)).body("openProblemCount", equalTo(2));
        Api.as(tree.countyAOffice()).get(CYCLES + "/" + id).then().body("problemCount", equalTo(1));

        Api.as(tree.countyAOffice()).body(Map.of("measures", "印发数学质量提升方案，开展教研视导", "attachmentIds", List.of()))
                .post("/api/v1/findings/" + ids.get(0) + "/rectifications").then().statusCode(201).body("status", equalTo("SUBMITTED"));
        Api.as(tree.cityOffice()).post("/api/v1/findings/" + ids.get(0) + "/verify").then().statusCode(200).body("status", equalTo("VERIFIED"));
        Api.as(tree.cityOffice()).get(CYCLES + "/" + id).then().body("openProblemCount", equalTo(1));
    }

    @Test
    void anOpenCycleIsTheRunningOfficesWorkInTheRegistry() {
        int id = create(2023, bothCounties());
        Caller city = QuarkusTransaction.requiringNew().call(() -> caller(tree.cityOffice(), "CITY_OFFICE"));
        Caller county = QuarkusTransaction.requiringNew().call(() -> caller(tree.countyAOffice(), "COUNTY_OFFICE"));
        var work = QuarkusTransaction.requiringNew().call(() -> registry.openItems(city,
                new WorkRegistry.Filter(null, Set.of(WorkKind.MONITORING)), 0, 20, LocalDate.of(2023, 6, 1)));
        assertEquals(List.of((long) id), work.items().stream().map(WorkRegistry.WorkItem::id).toList());
        assertEquals("/monitoring/" + id, work.items().get(0).link());
        var none = QuarkusTransaction.requiringNew().call(() -> registry.openItems(county,
                new WorkRegistry.Filter(null, Set.of(WorkKind.MONITORING)), 0, 20, LocalDate.of(2023, 6, 1)));
        assertEquals(0, none.total());
        // and it waits in the running office's inbox, not in the sampled county's
        Api.as(tree.cityOffice()).get("/api/v1/inbox?size=200").then().statusCode(200)
                .body("items.findAll { it.kind == 'MONITORING' }.id", contains(id));
        Api.as(tree.countyAOffice()).get("/api/v1/inbox?size=200").then().statusCode(200)
                .body("items.findAll { it.kind == 'MONITORING' }", hasSize(0));
    }

    private Caller caller(String username, String roles) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select u.id, u.organization_id, o.path from app_user u join organization o on o.id = u.organization_id
                        where u.username = ?1""").setParameter(1, username).getSingleResult();
        return new Caller(((Number) row[0]).longValue(), username, ((Number) row[1]).longValue(), (String) row[2],
                CurrentCaller.parseRoles(roles));
    }
}
