package io.dudao.supervision;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 督学聘任: appointments of responsibility supervisors, within the caller's county. */
@QuarkusTest
class AppointmentTest {

    static final String APPOINTMENTS = "/api/v1/supervision/appointments";

    @Inject
    World world;

    @Inject
    EntityManager em;

    static Map<String, Object> appointment(long userId, long zoneId, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("userId", userId);
        body.put("zoneId", zoneId);
        body.put("termStart", from);
        body.put("termEnd", to);
        body.put("certificateNo", "陕督证2023-001");
        body.put("employment", "PART_TIME");
        body.put("phone", "0913-7212345");
        return body;
    }

    long userId(String username) {
        return ((Number) em.createNativeQuery("select id from app_user where username = ?1").setParameter(1, username)
                .getSingleResult()).longValue();
    }

    long count(String sql, Object param) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue();
    }

    @Test
    void aCountyOfficeAppointsAPartTimePrincipalOfOneOfItsSchools() {
        World.Tree tree = world.create();
        long principal = userId(tree.schoolAUser());
        int id = Api.as(tree.countyAOffice()).body(appointment(principal, tree.zoneA(), "2023-01-01", "2025-12-31"))
                .post(APPOINTMENTS).then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("userOrgId", equalTo((int) tree.schoolA()))
                .body("userOrgName", startsWith("蒲城县城关小学"))
                .body("zoneName", startsWith("蒲城县第一责任区"))
                .body("employment", equalTo("PART_TIME"))
                .body("status", equalTo("ACTIVE"))
                .body("certificateNo", equalTo("陕督证2023-001"))
                .body("schoolCount", equalTo(0))
                .body("schoolLimit", equalTo(5))
                .body("overLimit", equalTo(false))
                .extract().path("id");
        Api.as(tree.countyAOffice()).get(APPOINTMENTS + "?withinOrgId=" + tree.countyA()).then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(id));
        Api.as(tree.cityOffice()).get(APPOINTMENTS + "/" + id).then().statusCode(200).body("userId", equalTo((int) principal));
        assertEquals(1, count("select count(*) from audit_event where entity_type = 'SUPERVISOR_APPOINTMENT' and entity_id = ?1",
                String.valueOf(id)));

        // updated with its version; a stale version is refused
        Map<String, Object> ended = appointment(principal, tree.zoneA(), "2023-01-01", "2024-06-30");
        ended.put("status", "ENDED");
        ended.put("version", 0);
        Api.as(tree.countyAOffice()).body(ended).put(APPOINTMENTS + "/" + id).then().statusCode(200)
                .body("status", equalTo("ENDED")).body("termEnd", equalTo("2024-06-30")).body("current", equalTo(false));
        Api.as(tree.countyAOffice()).body(ended).put(APPOINTMENTS + "/" + id).then().statusCode(409)
                .body("code", equalTo("VERSION_CONFLICT"));
        Api.as(tree.countyAOffice()).delete(APPOINTMENTS + "/" + id).then().statusCode(204);
        Api.as(tree.countyAOffice()).get(APPOINTMENTS + "/" + id).then().statusCode(404);
    }

    @Test
    void aTermEndingBeforeItStartsIsRefusedAndChangesNothing() {
        World.Tree tree = world.create();
        long principal = userId(tree.schoolAUser());
        Api.as(tree.countyAOffice()).body(appointment(principal, tree.zoneA(), "2024-09-01", "2024-08-31"))
                .post(APPOINTMENTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("termEnd"));
        assertEquals(0, count("select count(*) from supervisor_appointment where user_id = ?1", principal));
    }

    @Test
    void theZoneMustBeAZoneOfTheCallersCounty() {
        World.Tree tree = world.create();
        long principal = userId(tree.schoolAUser());
        // another county's zone
        Api.as(tree.countyAOffice()).body(appointment(principal, tree.zoneB(), "2023-01-01", "2025-12-31"))
                .post(APPOINTMENTS).then().statusCode(400).body("errors.field", hasItem("zoneId"));
        // a school is not a zone
        Api.as(tree.countyAOffice()).body(appointment(principal, tree.schoolA(), "2023-01-01", "2025-12-31"))
                .post(APPOINTMENTS).then().statusCode(400).body("errors.field", hasItem("zoneId"));
        // a user of another county cannot be appointed by this one
        long other = userId(world.user(tree.schoolB(), "SCHOOL"));
        Api.as(tree.countyAOffice()).body(appointment(other, tree.zoneA(), "2023-01-01", "2025-12-31"))
                .post(APPOINTMENTS).then().statusCode(400).body("errors.field", hasItem("userId"));
        // missing fields and unknown enums are 400s too
        Api.as(tree.countyAOffice()).body(Map.of("userId", principal, "employment", "SOMETIMES"))
                .post(APPOINTMENTS).then().statusCode(400);
        // only offices appoint
        Api.as(tree.schoolAUser()).body(appointment(principal, tree.zoneA(), "2023-01-01", "2025-12-31"))
                .post(APPOINTMENTS).then().statusCode(403);
        // one appointment per user and zone at a time
        Api.as(tree.countyAOffice()).body(appointment(principal, tree.zoneA(), "2023-01-01", "2025-12-31"))
                .post(APPOINTMENTS).then().statusCode(201);
        Api.as(tree.countyAOffice()).body(appointment(principal, tree.zoneA(), "2025-01-01", "2027-12-31"))
                .post(APPOINTMENTS).then().statusCode(409).body("code", equalTo("APPOINTMENT_EXISTS"));
        assertEquals(1, count("select count(*) from supervisor_appointment where user_id = ?1", principal));
    }

    @Test
    void anotherCountysAppointmentAnswers404() {
        World.Tree tree = world.create();
        long principal = userId(tree.schoolAUser());
        Map<String, Object> body = appointment(principal, tree.zoneA(), "2023-01-01", "2025-12-31");
        int id = Api.as(tree.countyAOffice()).body(body).post(APPOINTMENTS).then().statusCode(201).extract().path("id");
        body.put("version", 0);
        Api.as(tree.countyBOffice()).get(APPOINTMENTS + "/" + id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        Api.as(tree.countyBOffice()).body(body).put(APPOINTMENTS + "/" + id).then().statusCode(404);
        Api.as(tree.countyBOffice()).delete(APPOINTMENTS + "/" + id).then().statusCode(404);
        Api.as(tree.countyBOffice()).get(APPOINTMENTS).then().statusCode(200).body("items.id", not(hasItem(id)));
        Api.as(tree.countyBOffice()).get(APPOINTMENTS + "?withinOrgId=" + tree.countyA()).then().statusCode(404);
        Api.as(tree.countyAOffice()).get(APPOINTMENTS + "/" + id).then().statusCode(200);
    }
}
