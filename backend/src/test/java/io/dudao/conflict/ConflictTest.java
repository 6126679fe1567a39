package io.dudao.conflict;

import io.dudao.inspection.Fixtures;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Declared ties and the one conflict-of-interest check, as report inspectors meet it. */
@QuarkusTest
class ConflictTest {

    @Inject
    World world;

    @Inject
    EntityManager em;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private long userId(String username) {
        return ((Number) em.createNativeQuery("select id from app_user where username = ?1").setParameter(1, username)
                .getSingleResult()).longValue();
    }

    private String declarations(long userId) {
        return "/api/v1/users/" + userId + "/conflict-declarations";
    }

    private Map<String, Object> visit(String title, long target, List<Long> inspectors) {
        Map<String, Object> body = Fixtures.report("SPECIAL", title, target, null, List.of());
        body.put("inspectorUserIds", inspectors);
        return body;
    }

    @Test
    void anInspectorFromTheInspectedSchoolIsRefusedNamingTheRule() {
        // an expert of the school itself: the role fits, the organisation does not
        long schoolUser = userId(world.user(tree.schoolA(), "EXPERT"));
        Api.as(tree.countyAOffice()).body(visit("专项督导：城关小学", tree.schoolA(), List.of(schoolUser)))
                .post(Fixtures.REPORTS).then().statusCode(409)
                .body("code", equalTo("CONFLICT_OF_INTEREST"))
                .body("detail", containsString("OWN_ORGANISATION"))
                .body("detail", containsString("本单位回避"))
                .body("errors[0].field", equalTo("inspectorUserIds[0]"));
        Api.as(tree.countyAOffice()).header("Accept-Language", "en")
                .body(visit("专项督导：城关小学", tree.schoolA(), List.of(schoolUser))).post(Fixtures.REPORTS).then().statusCode(409)
                .body("detail", containsString("conflict of interest (OWN_ORGANISATION)"));
        // the county office itself and the zone's supervisor are on the line of supervision
        long office = userId(tree.countyAOffice());
        long supervisor = userId(tree.supervisorA());
        Api.as(tree.countyAOffice()).body(visit("专项督导：城关小学", tree.schoolA(), List.of(office, supervisor)))
                .post(Fixtures.REPORTS).then().statusCode(201);
        // the zone's supervisor on the city's team inspecting the county the zone belongs to: one above their own
        Api.as(tree.cityOffice()).body(visit("专项督导：蒲城县", tree.countyA(), List.of(supervisor)))
                .post(Fixtures.REPORTS).then().statusCode(409).body("detail", containsString("ANCESTOR"));
    }

    @Test
    void aDeclaredTieRefusesTheAssignmentUntilItIsRemoved() {
        long supervisor = userId(tree.supervisorA());
        int id = Api.as(tree.countyAOffice()).body(Map.of("organizationId", tree.schoolA(), "reason", "配偶在该校任教",
                        "since", "2020-09-01"))
                .post(declarations(supervisor)).then().statusCode(201)
                .body("organizationName", containsString("蒲城县城关小学")).body("reason", equalTo("配偶在该校任教"))
                .extract().path("id");
        Api.as(tree.countyAOffice()).body(Map.of("organizationId", tree.schoolA(), "reason", "重复"))
                .post(declarations(supervisor)).then().statusCode(409).body("code", equalTo("DECLARATION_EXISTS"));
        Api.as(tree.supervisorA()).get(declarations(supervisor)).then().statusCode(200).body("id", equalTo(List.of(id)));

        Api.as(tree.supervisorA()).body(Fixtures.report("ROUTINE_VISIT", "经常性督导", tree.schoolA(), null, List.of()))
                .post(Fixtures.REPORTS).then().statusCode(409)
                .body("code", equalTo("CONFLICT_OF_INTEREST")).body("detail", containsString("DECLARED_TIE"))
                .body("detail", containsString("配偶在该校任教"));

        Api.as(tree.supervisorA()).delete(declarations(supervisor) + "/" + id).then().statusCode(204);
        Api.as(tree.supervisorA()).get(declarations(supervisor)).then().body("", hasSize(0));
        Api.as(tree.supervisorA()).body(Fixtures.report("ROUTINE_VISIT", "经常性督导", tree.schoolA(), null, List.of()))
                .post(Fixtures.REPORTS).then().statusCode(201);
        Api.as(tree.cityOffice()).get("/api/v1/audit-events?entityType=CONFLICT_DECLARATION&size=20").then().statusCode(200)
                .body("items.summary", hasItem(containsString("申报回避")))
                .body("items.summary", hasItem(containsString("撤销回避申报")));
    }

    @Test
    void anotherCountysUserDoesNotExistForTheCaller() {
        long supervisorA = userId(tree.supervisorA());
        int id = Api.as(tree.supervisorA()).body(Map.of("organizationId", tree.schoolA(), "reason", "曾在该校任教"))
                .post(declarations(supervisorA)).then().statusCode(201).extract().path("id");
        Api.as(tree.countyBOffice()).get(declarations(supervisorA)).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        Api.as(tree.countyBOffice()).body(Map.of("organizationId", tree.schoolB(), "reason", "x"))
                .post(declarations(supervisorA)).then().statusCode(404);
        Api.as(tree.countyBOffice()).delete(declarations(supervisorA) + "/" + id).then().statusCode(404);
        // a school's user is not an office over the supervisor; nobody reaches an unknown user
        Api.as(tree.schoolAUser()).get(declarations(supervisorA)).then().statusCode(404);
        Api.as(tree.admin()).get(declarations(999_999_999L)).then().statusCode(404);
        // the declared organisation must be one the caller can see; the reason is required
        Api.as(tree.supervisorA()).body(Map.of("organizationId", tree.schoolB(), "reason", "x"))
                .post(declarations(supervisorA)).then().statusCode(400).body("errors[0].field", equalTo("organizationId"));
        Api.as(tree.supervisorA()).body(Map.of("organizationId", tree.schoolA()))
                .post(declarations(supervisorA)).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        // the city office sees it (an office above the user)
        Api.as(tree.cityOffice()).get(declarations(supervisorA)).then().statusCode(200).body("id", equalTo(List.of(id)));
    }
}
