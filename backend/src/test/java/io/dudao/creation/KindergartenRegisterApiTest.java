package io.dudao.creation;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 千园达标: the register of kindergartens, target vs achieved per county, and what 收官 still needs. */
@QuarkusTest
class KindergartenRegisterApiTest {

    static final String BASE = "/api/v1/kindergarten-register";

    @Inject
    World world;

    @Inject
    EntityManager em;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    Map<String, Object> entry(long county, long kindergarten, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("countyOrgId", county);
        body.put("kindergartenOrgId", kindergarten);
        body.put("targetYear", 2023);
        body.put("checklistResult", "PASSED".equals(status) ? "PASSED" : "NOT_CHECKED");
        body.put("status", status);
        body.put("evidence", List.of("蒲城县城关幼儿园达标验收表"));
        return body;
    }

    @Test
    void registerTargetVersusAchievedAndAKindergartenOutsideTheCountyIsRefused() {
        long kindergarten2 = world.org(tree, "-AK2", "蒲城县城关第二幼儿园", "SCHOOL", tree.zoneA(), "KINDERGARTEN");
        String audits = "select count(*) from audit_event where entity_type = 'CREATION_KINDERGARTEN'";
        long before = count(audits);
        // a kindergarten of county B registered under county A: 400, nothing stored
        Api.as(tree.cityOffice()).body(entry(tree.countyA(), tree.schoolB(), "PLANNED")).post(BASE).then().statusCode(400)
                .body("errors[0].field", equalTo("kindergartenOrgId"));
        // county B's office may not register in county A
        Api.as(tree.countyBOffice()).body(entry(tree.countyA(), tree.schoolA(), "PLANNED")).post(BASE).then().statusCode(400)
                .body("errors[0].field", equalTo("countyOrgId"));
        assertEquals(before, count(audits));

        int id = Api.as(tree.countyAOffice()).body(entry(tree.countyA(), tree.schoolA(), "IN_PROGRESS")).post(BASE).then().statusCode(201)
                .body("kindergartenName", equalTo(nameOf(tree.schoolA()))).body("status", equalTo("IN_PROGRESS")).body("version", equalTo(0))
                .extract().path("id");
        Api.as(tree.cityOffice()).body(entry(tree.countyA(), kindergarten2, "ACHIEVED")).post(BASE).then().statusCode(201);
        Api.as(tree.cityOffice()).body(entry(tree.countyA(), kindergarten2, "ACHIEVED")).post(BASE).then().statusCode(409);
        assertEquals(before + 2, count(audits));

        Api.as(tree.cityOffice()).get(BASE + "/progress?year=2023").then().statusCode(200)
                .body("find { it.countyOrgId == " + tree.countyA() + " }.target", equalTo(2))
                .body("find { it.countyOrgId == " + tree.countyA() + " }.achieved", equalTo(1))
                .body("find { it.countyOrgId == " + tree.countyA() + " }.remaining", equalTo(1));

        // finishing the first: stale version 409, then achieved → nothing remains
        Map<String, Object> done = entry(tree.countyA(), tree.schoolA(), "ACHIEVED");
        done.put("version", 3);
        Api.as(tree.countyAOffice()).body(done).put(BASE + "/" + id).then().statusCode(409);
        done.put("version", 0);
        Api.as(tree.countyAOffice()).body(done).put(BASE + "/" + id).then().statusCode(200).body("version", equalTo(1));
        assertEquals(before + 3, count(audits));
        Api.as(tree.countyAOffice()).get(BASE + "/progress?year=2023").then().statusCode(200)
                .body("", hasSize(1)).body("[0].remaining", equalTo(0));

        // another county sees none of it
        Api.as(tree.countyBOffice()).get(BASE).then().statusCode(200).body("total", equalTo(0));
        Api.as(tree.countyBOffice()).body(done).put(BASE + "/" + id).then().statusCode(404);
        Api.as(tree.countyAOffice()).get(BASE + "?status=ACHIEVED").then().statusCode(200).body("items", hasSize(2));
    }

    String nameOf(long org) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select name from organization where id = " + org)
                .getSingleResult());
    }
}
