package io.dudao.org;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class OrganizationTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    @Test
    void aCountySeesItsSubtreeAndAncestorsButNeverASibling() {
        Api.as(tree.countyAOffice()).get("/api/v1/organizations/" + tree.countyB()).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(tree.countyAOffice()).get("/api/v1/organizations/" + tree.schoolB()).then().statusCode(404);
        Api.as(tree.countyAOffice()).get("/api/v1/organizations/" + tree.schoolA()).then().statusCode(200)
                .header("ETag", notNullValue()).body("type", equalTo("SCHOOL")).body("stage", equalTo("PRIMARY"));
        Api.as(tree.countyAOffice()).get("/api/v1/organizations/" + tree.city()).then().statusCode(200)
                .body("name", containsString("渭南市"));

        List<Integer> ids = Api.as(tree.countyAOffice()).get("/api/v1/organizations?size=200&q=" + tree.tag())
                .then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(tree.province(), tree.city(), tree.countyA(), tree.zoneA(), tree.schoolA()).stream()
                .map(Long::intValue).sorted().toList(), ids.stream().sorted().toList());
    }

    @Test
    void theTreeIsTheCallersSubtree() {
        Api.as(tree.countyAOffice()).get("/api/v1/organizations/tree").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo((int) tree.countyA()))
                .body("[0].children[0].id", equalTo((int) tree.zoneA()))
                .body("[0].children[0].children[0].id", equalTo((int) tree.schoolA()));
        Api.as(tree.cityOffice()).get("/api/v1/organizations/tree").then().statusCode(200)
                .body("[0].id", equalTo((int) tree.city()))
                .body("[0].children.id", hasItems((int) tree.countyA(), (int) tree.countyB()));
    }

    @Test
    void listFiltersPagesAndSorts() {
        Api.as(tree.cityOffice()).get("/api/v1/organizations?type=COUNTY&q=" + tree.tag() + "&sort=name,desc&size=1")
                .then().statusCode(200)
                .body("total", equalTo(2)).body("size", equalTo(1)).body("page", equalTo(0))
                .body("items", hasSize(1)).body("items[0].type", equalTo("COUNTY"));
        Api.as(tree.cityOffice()).get("/api/v1/organizations?parentId=" + tree.countyA())
                .then().statusCode(200).body("items.id", equalTo(List.of((int) tree.zoneA())));
    }

    @Test
    void adminCreatesAndUpdatesWithVersions() {
        var created = Api.as(tree.admin()).body(Map.of("code", tree.tag() + "-NEW", "name", "蒲城县新建小学",
                        "type", "SCHOOL", "parentId", tree.zoneA(), "stage", "PRIMARY"))
                .post("/api/v1/organizations").then().statusCode(201)
                .header("Location", containsString("/api/v1/organizations/"))
                .body("name", equalTo("蒲城县新建小学")).extract();
        int id = created.path("id");
        int version = created.path("version");

        Api.as(tree.countyAOffice()).get("/api/v1/organizations/" + id).then().statusCode(200);
        Api.as(tree.countyBOffice()).get("/api/v1/organizations/" + id).then().statusCode(404);

        Map<String, Object> update = Map.of("code", tree.tag() + "-NEW", "name", "蒲城县尧山小学", "type", "SCHOOL",
                "parentId", tree.zoneA(), "stage", "PRIMARY", "version", version);
        Api.as(tree.admin()).header("If-Match", "\"" + (version + 5) + "\"").body(update)
                .put("/api/v1/organizations/" + id).then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        Map<String, Object> stale = new java.util.HashMap<>(update);
        stale.put("version", version + 5);
        Api.as(tree.admin()).body(stale).put("/api/v1/organizations/" + id).then().statusCode(409)
                .body("code", equalTo("VERSION_CONFLICT"));
        Api.as(tree.admin()).header("If-Match", "\"" + version + "\"").body(update)
                .put("/api/v1/organizations/" + id).then().statusCode(200)
                .body("name", equalTo("蒲城县尧山小学")).body("version", equalTo(version + 1));
    }

    @Test
    void movingAnOrganisationMovesItsSubtree() {
        int version = Api.as(tree.admin()).get("/api/v1/organizations/" + tree.zoneA()).then().extract().path("version");
        Api.as(tree.admin()).body(Map.of("code", tree.tag() + "-AZ", "name", "责任区", "type", "ZONE",
                        "parentId", tree.countyB(), "version", version))
                .put("/api/v1/organizations/" + tree.zoneA()).then().statusCode(200);
        // the school under the zone moved along: county B sees it now, county A does not
        Api.as(tree.countyBOffice()).get("/api/v1/organizations/" + tree.schoolA()).then().statusCode(200);
        Api.as(tree.countyAOffice()).get("/api/v1/organizations/" + tree.schoolA()).then().statusCode(404);
        // and nothing may move under its own descendant
        Api.as(tree.admin()).body(Map.of("code", tree.tag() + "-B", "name", "富平县", "type", "COUNTY",
                        "parentId", tree.schoolA(), "version", 0))
                .put("/api/v1/organizations/" + tree.countyB()).then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void onlyAdminsChangeOrganisationsAndCodesAreUnique() {
        Map<String, Object> body = Map.of("code", tree.tag() + "-X", "name", "新区", "type", "COUNTY", "parentId", tree.city());
        Api.as(tree.cityOffice()).body(body).post("/api/v1/organizations").then().statusCode(403)
                .contentType("application/problem+json");
        Api.as(tree.admin()).body(body).post("/api/v1/organizations").then().statusCode(201);
        Api.as(tree.admin()).body(body).post("/api/v1/organizations").then().statusCode(409)
                .body("code", equalTo("CODE_TAKEN"));
        Api.as(tree.admin()).body(Map.of("code", "", "type", "COUNTY")).post("/api/v1/organizations").then()
                .statusCode(400).body("errors.field", hasItems("code", "name"));
        Api.as(tree.admin()).body(Map.of("code", tree.tag() + "-Y", "name", "无上级", "type", "COUNTY"))
                .post("/api/v1/organizations").then().statusCode(400).body("errors.field", hasItem("parentId"));
    }

    @Test
    void schoolsAndSupervisorsSeeOnlyTheirOwnBranch() {
        Api.as(tree.schoolAUser()).get("/api/v1/organizations/" + tree.zoneA()).then().statusCode(200);
        Api.as(tree.schoolAUser()).get("/api/v1/organizations?size=200&q=" + tree.tag()).then().statusCode(200)
                .body("items.id", not(hasItem((int) tree.countyB())))
                .body("items.id", not(hasItem((int) tree.zoneB())))
                .body("items.id", hasItem((int) tree.countyA()));
        Api.as(tree.supervisorA()).get("/api/v1/organizations/" + tree.schoolB()).then().statusCode(404);
    }
}
