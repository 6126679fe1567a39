package io.dudao.creation;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CreationApiTest {

    static final String BASE = "/api/v1/creation-programmes";

    @Inject
    World world;

    @Inject
    EntityManager em;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    static Map<String, Object> school(String code, String name, String stage, int students, int qualified, int backbone, int peArt,
                                      double teaching, double sports, double equipment, int rooms) {
        Map<String, Object> row = new HashMap<>();
        row.put("schoolCode", code);
        row.put("schoolName", name);
        row.put("stage", stage);
        row.put("students", students);
        row.put("qualifiedTeachers", qualified);
        row.put("backboneTeachers", backbone);
        row.put("peArtTeachers", peArt);
        row.put("teachingAreaM2", teaching);
        row.put("sportsAreaM2", sports);
        row.put("equipmentValueYuan", equipment);
        row.put("multimediaRooms", rooms);
        return row;
    }

    /**
     * A county of three schools: the linked one short of sports ground (4760 ㎡ for 800: 5.95 ㎡) while the
     * other primary school has 30 ㎡ per student, so the primary sports CV fails too (≈ 0.73 > 0.50).
     */
    List<Map<String, Object>> failingRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(school(tree.tag() + "-AS", "城关小学", "PRIMARY", 800, 40, 8, 8, 4000, 4760, 1_700_000, 20));
        rows.add(school("X-2", "东关小学", "PRIMARY", 600, 30, 6, 6, 3000, 18000, 1_300_000, 15));
        rows.add(school("X-3", "城关初中", "JUNIOR", 1000, 60, 12, 10, 6000, 11000, 2_600_000, 25));
        return rows;
    }

    long programme(String user, long county, String kind) {
        return ((Number) Api.as(user).body(Map.of("kind", kind, "countyOrgId", county, "targetYear", 2025,
                        "stages", List.of(Map.of("year", 2023, "goal", "摸清底数，建立问题台账", "dueDate", "2023-12-20"),
                                Map.of("year", 2025, "goal", "迎接省级评估"))))
                .post(BASE).then().statusCode(201).extract().path("id")).longValue();
    }

    ValidatableResponse save(String user, long id, int year, Object rows) {
        return Api.as(user).body(Map.of("rows", rows)).put(BASE + "/" + id + "/schools/" + year).then();
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void visibleToTheCountySubtreeAndItsAncestorsOnly() {
        long id = programme(tree.cityOffice(), tree.countyA(), "BALANCED_COMPULSORY");
        Api.as(tree.countyAOffice()).get(BASE + "/" + id).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("kind", equalTo("BALANCED_COMPULSORY")).body("countyOrgId", equalTo((int) tree.countyA()))
                .body("stages.year", equalTo(List.of(2023, 2025))).body("stages[0].dueDate", equalTo("2023-12-20"))
                .body("standardSetName", containsString("2017")).body("status", equalTo("ACTIVE")).body("editable", equalTo(true));
        Api.as(tree.schoolAUser()).get(BASE + "/" + id).then().statusCode(200).body("editable", equalTo(false));
        Api.as(tree.viewer()).get(BASE + "/" + id).then().statusCode(200).body("editable", equalTo(false));
        Api.as(tree.countyBOffice()).get(BASE + "/" + id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        Api.as(tree.countyBOffice()).get(BASE + "/" + id + "/schools/2023").then().statusCode(404);
        Api.as(tree.countyBOffice()).get(BASE + "?size=200").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        Api.as(tree.cityOffice()).get(BASE + "?countyOrgId=" + tree.countyA()).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
        // edits: another county 404, a viewer or school 403
        Map<String, Object> update = Map.of("targetYear", 2026, "stages", List.of(), "standardSetId", standardId("BALANCED_COMPULSORY"),
                "status", "ACTIVE", "version", 0);
        Api.as(tree.countyBOffice()).body(update).put(BASE + "/" + id).then().statusCode(404);
        Api.as(tree.viewer()).body(update).put(BASE + "/" + id).then().statusCode(403);
        save(tree.schoolAUser(), id, 2023, failingRows()).statusCode(403);
        Api.as(tree.countyAOffice()).body(update).put(BASE + "/" + id).then().statusCode(200).body("targetYear", equalTo(2026))
                .body("version", equalTo(1));
        Api.as(tree.countyAOffice()).body(update).put(BASE + "/" + id).then().statusCode(409).body("code", equalTo("VERSION_CONFLICT"));
        Api.as(tree.countyAOffice()).header("If-Match", "\"0\"").body(update).put(BASE + "/" + id).then().statusCode(412);
    }

    @Test
    void onePerCountyAndKind() {
        programme(tree.countyAOffice(), tree.countyA(), "BALANCED_COMPULSORY");
        Api.as(tree.cityOffice()).body(Map.of("kind", "BALANCED_COMPULSORY", "countyOrgId", tree.countyA(), "targetYear", 2025))
                .post(BASE).then().statusCode(409).body("code", equalTo("PROGRAMME_EXISTS"));
        // the other kind is fine; another county's office cannot create for this county; only offices create
        programme(tree.cityOffice(), tree.countyA(), "INCLUSIVE_PRESCHOOL");
        Api.as(tree.countyBOffice()).body(Map.of("kind", "INCLUSIVE_PRESCHOOL", "countyOrgId", tree.countyA(), "targetYear", 2025))
                .post(BASE).then().statusCode(400).body("errors[0].field", equalTo("countyOrgId"));
        Api.as(tree.supervisorA()).body(Map.of("kind", "INCLUSIVE_PRESCHOOL", "countyOrgId", tree.countyB(), "targetYear", 2025))
                .post(BASE).then().statusCode(403);
        Api.as(tree.cityOffice()).body(Map.of("kind", "BALANCED_COMPULSORY", "countyOrgId", tree.zoneA(), "targetYear", 2025))
                .post(BASE).then().statusCode(400).body("errors[0].field", equalTo("countyOrgId"));
        Api.as(tree.cityOffice()).body(Map.of("kind", "SOMETHING", "countyOrgId", tree.countyB(), "targetYear", 2025))
                .post(BASE).then().statusCode(400);
    }

    @Test
    void everyRowErrorIsListedAndNothingIsSaved() {
        long id = programme(tree.countyAOffice(), tree.countyA(), "BALANCED_COMPULSORY");
        List<Map<String, Object>> rows = failingRows();
        rows.get(0).put("sportsAreaM2", -5);
        rows.get(1).remove("schoolName");
        rows.get(2).put("students", 0);
        rows.get(2).put("stage", "HIGH");
        Map<String, Object> nine = school("X-4", "莲湖九年制", "NINE_YEAR", 0, 50, 10, 10, 6000, 10200, 2_500_000, 25);
        nine.remove("students");
        nine.put("primaryStudents", 600);
        rows.add(nine);
        long audits = count("select count(*) from audit_event where entity_type = 'CREATION_RETURN'");
        save(tree.countyAOffice(), id, 2023, rows).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", equalTo(List.of("rows[0].sportsAreaM2", "rows[1].schoolName", "rows[2].stage",
                        "rows[3].juniorStudents")))
                .body("errors[0].message", equalTo("体育运动场馆面积不能为负数"));
        rows.get(2).put("stage", "JUNIOR");
        save(tree.countyAOffice(), id, 2023, rows).statusCode(400)
                .body("errors.field", hasItem("rows[2].students"))
                .body("errors.find { it.field == 'rows[2].students' }.message", equalTo("必须大于 0"));
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/schools/2023").then().statusCode(200)
                .body("filed", equalTo(false)).body("rows", hasSize(0));
        assertEquals(audits, count("select count(*) from audit_event where entity_type = 'CREATION_RETURN'"));
        assertEquals(0, count("select count(*) from creation_return where programme_id = " + id));
        // a wrong JSON type is a 400 too, naming the field
        Api.as(tree.countyAOffice()).body("{\"rows\":[{\"schoolCode\":\"A\",\"students\":\"many\"}]}")
                .put(BASE + "/" + id + "/schools/2023").then().statusCode(400).body("errors[0].field", equalTo("rows[0].students"));
        Api.as(tree.countyAOffice()).body(Map.of("rows", failingRows())).put(BASE + "/" + id + "/schools/1999").then()
                .statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void savingAssessesAndLinksAndVersionsTheYear() {
        long id = programme(tree.countyAOffice(), tree.countyA(), "BALANCED_COMPULSORY");
        save(tree.countyAOffice(), id, 2023, failingRows()).statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("filed", equalTo(true)).body("version", equalTo(0))
                .body("rows[0].schoolOrgId", equalTo((int) tree.schoolA())).body("rows[1].schoolOrgId", nullValue())
                .body("summary.verdict", notNullValue()).body("summary.assessedSchools", equalTo(3))
                .body("notes", hasItem(containsString("2 所学校的代码未对应本县机构")));
        // replacing a filed year needs its version
        save(tree.countyAOffice(), id, 2023, failingRows()).statusCode(400).body("errors[0].field", equalTo("version"));
        Api.as(tree.countyAOffice()).header("If-Match", "\"7\"").body(Map.of("rows", failingRows()))
                .put(BASE + "/" + id + "/schools/2023").then().statusCode(412);
        Api.as(tree.countyAOffice()).body(Map.of("rows", failingRows(), "version", 0))
                .put(BASE + "/" + id + "/schools/2023").then().statusCode(200).body("version", equalTo(1));

        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/assessment?year=2023").then().statusCode(200)
                .body("verdict", equalTo("FAIL")).body("simulated", equalTo(false))
                .body("schools", hasSize(3))
                .body("schools[0].schoolOrgId", equalTo((int) tree.schoolA()))
                .body("schools[0].values.SPORTS_AREA_PER_STUDENT", equalTo(5.95f))
                .body("schools[0].shortfalls.message", hasItem("短缺体育运动场馆 1,240 ㎡"))
                .body("schools[0].checks[4].explain.computation", equalTo("4760 ÷ 800 = 5.95 ≈ 5.95"))
                .body("indicators", hasSize(14))
                .body("indicators.find { it.stage == 'PRIMARY' && it.code == 'SPORTS_AREA_PER_STUDENT' }.cv", notNullValue())
                .body("indicators[0].explain.formula", containsString("sqrt"))
                .body("parts[0].code", equalTo("RESOURCE_ALLOCATION"))
                .body("parts[0].explain.formula", containsString("每所学校均达标"))
                .body("parts[0].explain.formula", containsString("差异系数"))
                .body("parts.code", equalTo(List.of("RESOURCE_ALLOCATION", "GOVERNMENT_SUPPORT", "EDUCATION_QUALITY", "SOCIAL_RECOGNITION")))
                .body("parts.verdict", everyItem(equalTo("FAIL")))
                .body("vetoes", hasSize(6)).body("precondition.status", equalTo("MISSING"))
                .body("explain.formula", containsString("县域结论"));
        // the latest year is the default; the list carries the summary
        Api.as(tree.cityOffice()).get(BASE + "/" + id + "/assessment").then().statusCode(200).body("year", equalTo(2023));
        Api.as(tree.cityOffice()).get(BASE + "?countyOrgId=" + tree.countyA() + "&kind=BALANCED_COMPULSORY").then().statusCode(200)
                .body("items[0].latest.year", equalTo(2023)).body("items[0].latest.verdict", notNullValue())
                .body("items[0].latest.passingSchoolRatio", notNullValue())
                .body("items[0].latest.worstIndicator.code", notNullValue());
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/assessment?year=2024").then().statusCode(404);
    }

    @Test
    void simulationAnswersWithoutWriting() {
        long id = programme(tree.countyAOffice(), tree.countyA(), "BALANCED_COMPULSORY");
        save(tree.countyAOffice(), id, 2023, failingRows()).statusCode(200);
        String before = Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/schools/2023").then().extract().asString();
        Api.token(tree.viewer()); // signing in is audited: do it before counting
        long audits = count("select count(*) from audit_event");
        long returnsVersion = count("select version from creation_return where programme_id = " + id);

        Api.as(tree.viewer()).body(Map.of("year", 2023, "changes", List.of(
                        Map.of("schoolCode", tree.tag() + "-AS", "sportsAreaM2", 6400),
                        school("NEW-1", "新建小学", "PRIMARY", 400, 20, 4, 4, 2000, 3200, 900000, 10),
                        Map.of("schoolCode", "X-2", "remove", true))))
                .post(BASE + "/" + id + "/assessment/simulate").then().statusCode(200)
                .body("simulated", equalTo(true))
                .body("schools.schoolCode", equalTo(List.of(tree.tag() + "-AS", "X-3", "NEW-1")))
                .body("schools[0].values.SPORTS_AREA_PER_STUDENT", equalTo(8.0f))
                .body("baseline.year", equalTo(2023)).body("baseline.assessedSchools", equalTo(3));
        Api.as(tree.viewer()).body(Map.of("year", 2023, "changes", List.of(Map.of("schoolCode", "X-2", "students", -1))))
                .post(BASE + "/" + id + "/assessment/simulate").then().statusCode(400)
                .body("errors[0].field", equalTo("changes[0].students"));

        assertEquals(before, Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/schools/2023").then().extract().asString());
        assertEquals(audits, count("select count(*) from audit_event"));
        assertEquals(returnsVersion, count("select version from creation_return where programme_id = " + id));
        Api.as(tree.countyBOffice()).body(Map.of("year", 2023)).post(BASE + "/" + id + "/assessment/simulate").then().statusCode(404);
    }

    @Test
    void theLedgerIsIdempotentAndResolvesClosedGaps() {
        long id = programme(tree.countyAOffice(), tree.countyA(), "BALANCED_COMPULSORY");
        save(tree.countyAOffice(), id, 2023, failingRows()).statusCode(200);
        var first = Api.as(tree.cityOffice()).post(BASE + "/" + id + "/ledger?year=2023&createTasks=true").then().statusCode(200)
                .body("opened", notNullValue()).extract();
        int opened = first.path("opened");
        List<Integer> ids = first.path("entries.id");
        assertEquals(opened, ids.size());
        assertEquals(opened, (int) first.path("tasksCreated"));
        Map<String, Object> sports = first.path("entries.find { it.schoolCode == '" + tree.tag() + "-AS' && it.indicatorCode == 'SPORTS_AREA_PER_STUDENT' }");
        assertEquals("短缺体育运动场馆 1,240 ㎡", sports.get("message"));
        assertEquals("OPEN", sports.get("status"));
        int taskId = (Integer) sports.get("taskId");
        // the task went to the linked school, due on the 2023 stage date
        Api.as(tree.countyAOffice()).get("/api/v1/tasks/" + taskId).then().statusCode(200)
                .body("assigneeOrgId", equalTo((int) tree.schoolA())).body("dueDate", equalTo("2023-12-20"))
                .body("category", equalTo("CREATION")).body("title", containsString("生均体育运动场馆面积"));

        Api.as(tree.cityOffice()).post(BASE + "/" + id + "/ledger?year=2023&createTasks=true").then().statusCode(200)
                .body("opened", equalTo(0)).body("resolved", equalTo(0)).body("tasksCreated", equalTo(0))
                .body("entries.id", equalTo(ids));
        assertEquals(ids.size(), count("select count(*) from creation_ledger_entry where programme_id = " + id));

        // the school gets its sports ground: that gap closes, the others stay
        List<Map<String, Object>> better = failingRows();
        better.get(0).put("sportsAreaM2", 6400);
        Api.as(tree.countyAOffice()).body(Map.of("rows", better, "version", 0)).put(BASE + "/" + id + "/schools/2023").then()
                .statusCode(200);
        Api.as(tree.countyAOffice()).post(BASE + "/" + id + "/ledger?year=2023").then().statusCode(200)
                .body("resolved", equalTo(1)).body("opened", equalTo(0));
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/ledger?year=2023&status=RESOLVED").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].indicatorCode", equalTo("SPORTS_AREA_PER_STUDENT"))
                .body("items[0].resolvedAt", notNullValue()).body("items[0].taskId", equalTo(taskId));
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/ledger?year=2023&status=OPEN").then().statusCode(200)
                .body("total", equalTo(ids.size() - 1));
        // and when the gap comes back, the same entry reopens
        Api.as(tree.countyAOffice()).body(Map.of("rows", failingRows(), "version", 1)).put(BASE + "/" + id + "/schools/2023").then()
                .statusCode(200);
        Api.as(tree.countyAOffice()).post(BASE + "/" + id + "/ledger?year=2023").then().statusCode(200)
                .body("reopened", equalTo(1)).body("entries.id", hasItem(sports.get("id")));
        Api.as(tree.viewer()).post(BASE + "/" + id + "/ledger?year=2023").then().statusCode(403);
        Api.as(tree.countyBOffice()).get(BASE + "/" + id + "/ledger").then().statusCode(404);
    }

    @Test
    void preschoolProgrammeAssessesTheCountyRates() {
        long id = programme(tree.cityOffice(), tree.countyB(), "INCLUSIVE_PRESCHOOL");
        List<Map<String, Object>> rows = List.of(
                Map.of("schoolCode", "K1", "schoolName", "县第一幼儿园", "ownership", "PUBLIC", "children", 1200, "fullTimeTeachers", 80,
                        "buildingAreaM2", 9000, "playAreaM2", 7000),
                Map.of("schoolCode", "K2", "schoolName", "阳光幼儿园", "ownership", "PRIVATE_INCLUSIVE", "children", 900,
                        "fullTimeTeachers", 50, "buildingAreaM2", 5000, "playAreaM2", 3000),
                Map.of("schoolCode", "K3", "schoolName", "贝贝幼儿园", "ownership", "PRIVATE", "children", 1100, "fullTimeTeachers", 70,
                        "buildingAreaM2", 6000, "playAreaM2", 4000));
        save(tree.countyBOffice(), id, 2023, rows).statusCode(400).body("errors.field", equalTo(List.of("childPopulation3to5")));
        Api.as(tree.countyBOffice()).body(Map.of("rows", rows, "childPopulation3to5", 4000)).put(BASE + "/" + id + "/schools/2023")
                .then().statusCode(200).body("childPopulation3to5", equalTo(4000)).body("summary.verdict", equalTo("FAIL"));
        Api.as(tree.countyBOffice()).get(BASE + "/" + id + "/assessment?year=2023").then().statusCode(200)
                .body("indicators.code", equalTo(List.of("GROSS_ENROLMENT_RATE", "INCLUSIVE_COVERAGE", "PUBLIC_ENROLMENT_SHARE",
                        "CHILDREN_PER_TEACHER")))
                .body("indicators[1].value", equalTo(65.6f))
                .body("indicators[1].shortfall.message", equalTo("需新增普惠学位 2,300 个（或将 460 个非普惠性民办园学位认定为普惠）"))
                .body("schools[1].shortfalls[0].message", equalTo("需增加专任教师 10 人"));
        Api.as(tree.countyBOffice()).body(Map.of("year", 2023, "childPopulation3to5", 3300))
                .post(BASE + "/" + id + "/assessment/simulate").then().statusCode(200)
                .body("indicators[0].value", equalTo(97.0f)).body("indicators[0].passed", equalTo(true));
        var ledger = Api.as(tree.countyBOffice()).post(BASE + "/" + id + "/ledger?year=2023&createTasks=true").then().statusCode(200)
                .extract();
        // four county gaps (no school code) + two kindergartens short of teachers, tasks to the county
        assertEquals(6, (int) ledger.path("opened"));
        List<Object> countyWide = ledger.path("entries.findAll { it.schoolCode == null }.indicatorCode");
        assertEquals(4, countyWide.size());
        int task = ledger.path("entries[0].taskId");
        Api.as(tree.countyBOffice()).get("/api/v1/tasks/" + task).then().statusCode(200)
                .body("assigneeOrgId", equalTo((int) tree.countyB())).body("dueDate", equalTo("2023-12-20"));
    }

    @Test
    void standardsAreDataAndLocalCopiesOnlyTighten() {
        Api.as(tree.schoolAUser()).get("/api/v1/creation-standards?size=200").then().statusCode(200)
                .body("items.findAll { it.builtIn }.kind", hasItems("BALANCED_COMPULSORY", "INCLUSIVE_PRESCHOOL"));
        long national = standardId("BALANCED_COMPULSORY");
        Api.as(tree.countyAOffice()).get("/api/v1/creation-standards/" + national).then().statusCode(200)
                .body("indicators", hasSize(7)).body("cvRule.thresholds.value", equalTo(List.of(0.50f, 0.45f)))
                .body("countyRule.requireAllSchoolsPass", equalTo(true))
                .body("countyParts.code", equalTo(List.of("GOVERNMENT_SUPPORT", "EDUCATION_QUALITY", "SOCIAL_RECOGNITION")))
                .body("countyParts[0].items", hasSize(15)).body("countyParts[1].items", hasSize(9))
                .body("countyParts[0].items[10].conditions.measure", equalTo(List.of("ROTATION_RATE", "BACKBONE_ROTATION_SHARE")))
                .body("vetoes.code", hasItems("EXAM_ADMISSION", "FALSIFIED_DATA"))
                .body("precondition.conditions[0].threshold", equalTo(3))
                .body("schoolRule.minMet", equalTo(6)).body("exclusions.teachingPointMinStudents", equalTo(50))
                .body("sourceNote", containsString("教督〔2017〕6号"));
        Map<String, Object> tighter = Map.of("basedOnId", national, "name", "渭南市优质均衡从严标准", "year", 2023,
                "sourceNote", "渭南市教督办〔2023〕X号",
                "indicators", List.of(Map.of("code", "SPORTS_AREA_PER_STUDENT", "thresholds", List.of(Map.of("stage", "PRIMARY", "value", 8.0)))),
                "cvThresholds", List.of(Map.of("stage", "PRIMARY", "value", 0.40)));
        Api.as(tree.countyAOffice()).body(tighter).post("/api/v1/creation-standards").then().statusCode(403);
        long city = ((Number) Api.as(tree.cityOffice()).body(tighter).post("/api/v1/creation-standards").then().statusCode(201)
                .header("Location", containsString("/api/v1/creation-standards/"))
                .body("basedOnId", equalTo((int) national)).body("ownerOrgId", equalTo((int) tree.city()))
                .body("builtIn", equalTo(false))
                .body("indicators.find { it.code == 'SPORTS_AREA_PER_STUDENT' }.thresholds[0].value", equalTo(8.0f))
                .extract().path("id")).longValue();
        Map<String, Object> looser = new HashMap<>(tighter);
        looser.put("indicators", List.of(Map.of("code", "SPORTS_AREA_PER_STUDENT", "thresholds", List.of(Map.of("stage", "PRIMARY", "value", 7.0)))));
        looser.put("cvThresholds", List.of(Map.of("stage", "JUNIOR", "value", 0.6)));
        Api.as(tree.cityOffice()).body(looser).post("/api/v1/creation-standards").then().statusCode(400)
                .body("errors.field", equalTo(List.of("indicators[0].thresholds[0].value", "cvThresholds[0].value")));
        // the method's rules may not be dropped: a set without "every school passes" is refused, and nothing is stored
        Map<String, Object> dropping = new HashMap<>(tighter);
        dropping.put("countyRule", Map.of("requireAllSchoolsPass", false));
        long sets = count("select count(*) from creation_standard");
        Api.as(tree.cityOffice()).body(dropping).post("/api/v1/creation-standards").then().statusCode(400)
                .body("errors.field", equalTo(List.of("countyRule.requireAllSchoolsPass")));
        assertEquals(sets, count("select count(*) from creation_standard"));

        // the county's programme can move to the city's set, and its summary is recomputed
        long id = programme(tree.countyAOffice(), tree.countyA(), "BALANCED_COMPULSORY");
        save(tree.countyAOffice(), id, 2023, failingRows()).statusCode(200);
        Api.as(tree.countyAOffice()).body(Map.of("targetYear", 2025, "stages", List.of(), "standardSetId", city, "status", "ACTIVE",
                "version", 0)).put(BASE + "/" + id).then().statusCode(200).body("standardSetId", equalTo((int) city));
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/assessment?year=2023").then().statusCode(200)
                .body("standardSetId", equalTo((int) city))
                .body("indicators.find { it.stage == 'PRIMARY' && it.code == 'SPORTS_AREA_PER_STUDENT' }.threshold", equalTo(0.40f))
                .body("schools[1].checks[4].threshold", equalTo(8.0f));
        // another city's county cannot see or use it
        Api.as(tree.countyBOffice()).get("/api/v1/creation-standards/" + city).then().statusCode(200);
    }

    long standardId(String kind) {
        return ((Number) Api.as(tree.admin()).get("/api/v1/creation-standards?kind=" + kind + "&size=200").then().statusCode(200)
                .extract().path("items.find { it.builtIn }.id")).longValue();
    }
}
