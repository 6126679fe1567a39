package io.dudao.inspection;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.dudao.inspection.Fixtures.SYSTEMS;
import static io.dudao.inspection.Fixtures.leaf;
import static io.dudao.inspection.Fixtures.parent;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class IndicatorSystemTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    @Test
    void theBuiltInSystemsAreThereForEveryone() {
        int checklist = Fixtures.checklist(tree.schoolAUser());
        Api.as(tree.schoolAUser()).get(SYSTEMS + "/" + checklist).then().statusCode(200)
                .body("kind", equalTo("THRESHOLD")).body("targetType", equalTo("SCHOOL"))
                .body("status", equalTo("PUBLISHED")).body("ownerOrgId", nullValue())
                .body("leafCount", equalTo(8)).body("indicators", hasSize(8))
                .body("indicators.code", equalTo(List.of("1", "2", "3", "4", "5", "6", "7", "8")))
                .body("indicators[0].name", equalTo("校务管理和制度执行情况"))
                .body("indicators.name", hasItems("招生、收费、择校情况", "校园及周边安全情况", "食堂、饮用水及宿舍卫生情况",
                        "校风、教风和学风建设情况"));

        int school316 = Fixtures.builtIn(tree.countyBOffice(), "316工程");
        Api.as(tree.countyBOffice()).get(SYSTEMS + "/" + school316).then().statusCode(200)
                .body("kind", equalTo("SCORED")).body("totalScore", equalTo(1000))
                .body("indicators[0].maxScore", equalTo(900)).body("indicators[1].maxScore", equalTo(100))
                .body("indicators[0].children.name", equalTo(List.of("办学方向", "内部管理", "教(保)育质量", "教师队伍", "学生发展", "办学条件")))
                .body("indicators[1].children[0].name", equalTo("特色"))
                .body("gradeBands.grade", equalTo(List.of("A", "B", "C", "D")))
                .body("gradeBands.minScore", equalTo(List.of(850, 700, 600, 0)))
                .body("description", containsString("本地可配置"));

        int duty = Fixtures.builtIn(tree.cityOffice(), "履行教育职责");
        Api.as(tree.cityOffice()).get(SYSTEMS + "/" + duty).then().statusCode(200)
                .body("targetType", equalTo("COUNTY")).body("totalScore", equalTo(100))
                .body("gradeBands.grade", equalTo(List.of("优秀", "良好", "合格", "不合格")))
                .body("gradeBands.minScore", equalTo(List.of(90, 80, 65, 0)))
                .body("allowedActions", equalTo(List.of("copy")));
    }

    @Test
    void codesAreGeneratedAndParentsDerived() {
        var body = Fixtures.scoredSystem("县级学校评估指标", "SCHOOL");
        var created = Api.as(tree.countyAOffice()).body(body).post(SYSTEMS).then().statusCode(201)
                .header("Location", containsString(SYSTEMS + "/")).header("ETag", notNullValue())
                .body("status", equalTo("DRAFT")).body("version", equalTo(1)).body("ownerOrgId", equalTo((int) tree.countyA()))
                .body("indicators.code", equalTo(List.of("1", "2")))
                .body("indicators[0].children.code", equalTo(List.of("1.1", "1.2")))
                .body("indicators[0].maxScore", equalTo(60)).body("totalScore", equalTo(100)).body("leafCount", equalTo(3))
                .body("allowedActions", equalTo(List.of("edit", "publish", "copy")))
                .extract();
        int id = created.path("id");
        int revision = created.path("revision");

        // reorder: 条件 first, 管理 before 方向 — codes follow the new order
        body.put("indicators", List.of(leaf("条件", 40), parent("办学", 60, List.of(leaf("管理", 20), leaf("方向", 40)))));
        body.put("revision", revision);
        Api.as(tree.countyAOffice()).body(body).put(SYSTEMS + "/" + id).then().statusCode(200)
                .body("indicators[0].code", equalTo("1")).body("indicators[0].name", equalTo("条件"))
                .body("indicators[1].children.code", equalTo(List.of("2.1", "2.2")))
                .body("indicators[1].children.name", equalTo(List.of("管理", "方向")))
                .body("revision", equalTo(revision + 1));
        // a stale revision: 409 in the body, 412 as If-Match
        Api.as(tree.countyAOffice()).body(body).put(SYSTEMS + "/" + id).then().statusCode(409)
                .body("code", equalTo("VERSION_CONFLICT"));
        Api.as(tree.countyAOffice()).header("If-Match", "\"" + revision + "\"").body(body).put(SYSTEMS + "/" + id)
                .then().statusCode(412);
    }

    @Test
    void validationErrorsNameTheNode() {
        var body = Fixtures.scoredSystem("坏的指标体系", "SCHOOL");
        body.put("indicators", List.of(leaf("甲", 10), parent("乙", 30, List.of(leaf("乙一", 10), leaf("乙二", 15))),
                parent("丙", null, List.of(leaf("丙一", null)))));
        Api.as(tree.countyAOffice()).body(body).post(SYSTEMS).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("indicators[1].maxScore", "indicators[2].children[0].maxScore"))
                .body("errors.find { it.field == 'indicators[1].maxScore' }.message", containsString("25"));
        body.put("indicators", List.of(parent("一", null, List.of(leaf("", 5)))));
        Api.as(tree.countyAOffice()).body(body).post(SYSTEMS).then().statusCode(400)
                .body("errors.field", hasItem("indicators[0].children[0].name"));
        body.put("indicators", List.of(leaf("甲", 100)));
        body.put("gradeBands", List.of(Map.of("grade", "A", "minScore", 85), Map.of("grade", "B", "minScore", 120)));
        Api.as(tree.countyAOffice()).body(body).post(SYSTEMS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("gradeBands[1].minScore")));
        body.put("kind", "WEIGHTED");
        Api.as(tree.countyAOffice()).body(body).post(SYSTEMS).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        Api.as(tree.schoolAUser()).body(Fixtures.scoredSystem("学校不能制定", "SCHOOL")).post(SYSTEMS).then().statusCode(403);
    }

    @Test
    void aPublishedVersionIsFrozenAndCopiesBecomeNewVersions() {
        int id = Fixtures.createSystem(tree.countyAOffice(), Fixtures.scoredSystem("县级评估指标", "SCHOOL"));
        Api.as(tree.countyAOffice()).post(SYSTEMS + "/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue())
                .body("allowedActions", equalTo(List.of("copy")));
        var body = Fixtures.scoredSystem("改名", "SCHOOL");
        Api.as(tree.countyAOffice()).body(body).header("If-Match", "*").put(SYSTEMS + "/" + id).then().statusCode(409)
                .body("code", equalTo("INDICATOR_SYSTEM_PUBLISHED"));
        Api.as(tree.countyAOffice()).post(SYSTEMS + "/" + id + "/publish").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("detail", containsString("PUBLISHED"));

        int copy = Api.as(tree.countyAOffice()).post(SYSTEMS + "/" + id + "/copy").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("version", equalTo(2)).body("lineageId", equalTo(id))
                .body("indicators[0].children.code", equalTo(List.of("1.1", "1.2"))).extract().path("id");
        Api.as(tree.countyAOffice()).body(body).header("If-Match", "*").put(SYSTEMS + "/" + copy).then().statusCode(200)
                .body("name", equalTo("改名"));
        Api.as(tree.countyAOffice()).get(SYSTEMS + "/" + id).then().body("name", equalTo("县级评估指标")).body("version", equalTo(1));
        Api.as(tree.countyAOffice()).get(SYSTEMS + "?lineageId=" + id + "&sort=version,asc").then().statusCode(200)
                .body("items.version", equalTo(List.of(1, 2))).body("items.id", equalTo(List.of(id, copy)));

        // a county copies a built-in system into its own new version
        int builtIn = Fixtures.builtIn(tree.countyAOffice(), "316工程");
        Api.as(tree.countyAOffice()).post(SYSTEMS + "/" + builtIn + "/copy").then().statusCode(201)
                .body("ownerOrgId", equalTo((int) tree.countyA())).body("lineageId", equalTo(builtIn))
                .body("version", notNullValue()).body("totalScore", equalTo(1000));
        Api.as(tree.countyAOffice()).post(SYSTEMS + "/" + builtIn + "/publish").then().statusCode(403);
        Api.as(tree.supervisorA()).post(SYSTEMS + "/" + builtIn + "/copy").then().statusCode(403);
    }

    @Test
    void exportAndImportRoundTrip() {
        var body = Fixtures.scoredSystem("可导出的指标体系", "SCHOOL");
        body.put("indicators", List.of(parent("办学", null, List.of(
                Map.of("name", "方向", "maxScore", 40, "evidenceRequired", List.of("会议记录"),
                        "children", List.of(leaf("党建", 25), leaf("德育", 15))),
                leaf("管理", 20))), leaf("条件", 40)));
        int id = Fixtures.createSystem(tree.countyAOffice(), body);
        var export = Api.as(tree.countyAOffice()).get(SYSTEMS + "/" + id + "/export").then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("Content-Disposition", containsString("filename*=UTF-8''%E6%8C%87%E6%A0%87%E4%BD%93%E7%B3%BB"))
                .body("format", equalTo("dudao.indicator-system/1"))
                .body("indicators[0].children[0].children.code", equalTo(List.of("1.1.1", "1.1.2")))
                .body("indicators[0].children[0].evidenceRequired", equalTo(List.of("会议记录")))
                .extract().body().asString();

        int imported = Api.as(tree.countyBOffice()).body(export).post(SYSTEMS + "/import").then().statusCode(201)
                .body("name", equalTo("可导出的指标体系")).body("ownerOrgId", equalTo((int) tree.countyB()))
                .body("version", equalTo(1)).body("status", equalTo("DRAFT"))
                .body("indicators[0].children[0].children.code", equalTo(List.of("1.1.1", "1.1.2")))
                .body("totalScore", equalTo(100)).extract().path("id");
        Api.as(tree.countyBOffice()).get(SYSTEMS + "/" + imported).then().body("lineageId", equalTo(imported));

        String broken = export.replace("\"maxScore\":25", "\"maxScore\":26");
        Api.as(tree.countyBOffice()).body(broken).post(SYSTEMS + "/import").then().statusCode(400)
                .body("errors.field", hasItem("indicators[0].children[0].maxScore"));
        Api.as(tree.countyBOffice()).body(export.replace("dudao.indicator-system/1", "excel/2")).post(SYSTEMS + "/import")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    @Test
    void anotherCountyNeverSeesItAndBelowSeesOnlyPublished() {
        int draft = Fixtures.createSystem(tree.countyAOffice(), Fixtures.scoredSystem("蒲城草稿", "SCHOOL"));
        int published = Fixtures.publishedScoredSystem(tree.countyAOffice(), "SCHOOL");
        for (int id : List.of(draft, published)) {
            Api.as(tree.countyBOffice()).get(SYSTEMS + "/" + id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            Api.as(tree.countyBOffice()).body(Fixtures.scoredSystem("x", "SCHOOL")).header("If-Match", "*")
                    .put(SYSTEMS + "/" + id).then().statusCode(404);
            Api.as(tree.countyBOffice()).post(SYSTEMS + "/" + id + "/publish").then().statusCode(404);
            Api.as(tree.countyBOffice()).post(SYSTEMS + "/" + id + "/copy").then().statusCode(404);
            Api.as(tree.countyBOffice()).get(SYSTEMS + "/" + id + "/export").then().statusCode(404);
            Api.as(tree.cityOffice()).get(SYSTEMS + "/" + id).then().statusCode(200);
        }
        Api.as(tree.countyBOffice()).get(SYSTEMS + "?size=200").then().statusCode(200)
                .body("items.id", not(hasItem(draft))).body("items.id", not(hasItem(published)));
        // the county's schools see its published systems, not its drafts
        Api.as(tree.schoolAUser()).get(SYSTEMS + "/" + published).then().statusCode(200).body("allowedActions", hasSize(0));
        Api.as(tree.schoolAUser()).get(SYSTEMS + "/" + draft).then().statusCode(404);
        Api.as(tree.countyAOffice()).get(SYSTEMS + "?ownerOrgId=" + tree.countyA() + "&size=200").then().statusCode(200)
                .body("items.id", hasItems(draft, published)).body("total", equalTo(2));
        Api.as(tree.countyAOffice()).get(SYSTEMS + "?sort=weight").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }
}
