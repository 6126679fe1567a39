package io.dudao.supervision;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.dudao.supervision.AppointmentTest.APPOINTMENTS;
import static io.dudao.supervision.AppointmentTest.appointment;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 挂牌: a school's lead supervisor and others, appointed to its zone, never its own staff. */
@QuarkusTest
class AssignmentTest {

    static final String ASSIGNMENTS = "/api/v1/supervision/assignments";

    @Inject
    World world;

    @Inject
    EntityManager em;

    static String supervisors(long schoolId) {
        return "/api/v1/schools/" + schoolId + "/supervisors";
    }

    static Map<String, Object> assign(Long lead, List<Long> others) {
        Map<String, Object> body = new HashMap<>();
        body.put("leadUserId", lead);
        body.put("otherUserIds", others);
        return body;
    }

    long userId(String username) {
        return ((Number) em.createNativeQuery("select id from app_user where username = ?1").setParameter(1, username)
                .getSingleResult()).longValue();
    }

    /** Appoints the user to the zone for a term around today; returns the appointment id. */
    static int appoint(String office, long userId, long zoneId) {
        return Api.as(office).body(appointment(userId, zoneId, "2020-01-01", "2099-12-31"))
                .post(APPOINTMENTS).then().statusCode(201).extract().path("id");
    }

    long assignedCount(long schoolId) {
        return ((Number) em.createNativeQuery("select count(*) from school_supervisor where school_id = ?1")
                .setParameter(1, schoolId).getSingleResult()).longValue();
    }

    @Test
    void aSchoolGetsALeadAndOtherSupervisorsOfItsZone() {
        World.Tree tree = world.create();
        long lead = userId(tree.supervisorA());
        long other = userId(world.user(tree.zoneA(), "SUPERVISOR"));
        int leadAppointment = appoint(tree.countyAOffice(), lead, tree.zoneA());
        appoint(tree.countyAOffice(), other, tree.zoneA());

        Api.as(tree.countyAOffice()).body(assign(lead, List.of(other))).put(supervisors(tree.schoolA())).then().statusCode(200)
                .body("zoneId", equalTo((int) tree.zoneA()))
                .body("supervisors.userId", contains((int) lead, (int) other))
                .body("supervisors.lead", contains(true, false));
        Api.as(tree.schoolAUser()).get(supervisors(tree.schoolA())).then().statusCode(200)
                .body("supervisors.displayName[0]", equalTo("测试用户 " + tree.supervisorA()));
        Api.as(tree.cityOffice()).get(ASSIGNMENTS + "?withinOrgId=" + tree.countyA()).then().statusCode(200)
                .body("total", equalTo(2)).body("items.lead", contains(true, false))
                .body("items.schoolId", contains((int) tree.schoolA(), (int) tree.schoolA()));
        Api.as(tree.countyAOffice()).get(APPOINTMENTS + "/" + leadAppointment).then().statusCode(200).body("schoolCount", equalTo(1));

        // the other becomes the lead, the first leaves; then all are cleared
        Api.as(tree.countyAOffice()).body(assign(other, List.of())).put(supervisors(tree.schoolA())).then().statusCode(200)
                .body("supervisors.userId", contains((int) other));
        Api.as(tree.countyAOffice()).body(assign(null, null)).put(supervisors(tree.schoolA())).then().statusCode(200)
                .body("supervisors", empty());
        Api.as(tree.cityOffice()).get("/api/v1/audit-events?entityType=SCHOOL_SUPERVISORS&entityId=" + tree.schoolA())
                .then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void aSupervisorOfAnotherCountyCannotBeAssigned() {
        World.Tree tree = world.create();
        long neighbour = userId(tree.supervisorA());
        long fupingSupervisor = userId(world.user(tree.zoneB(), "SUPERVISOR"));
        appoint(tree.countyBOffice(), fupingSupervisor, tree.zoneB());
        appoint(tree.countyAOffice(), neighbour, tree.zoneA());
        Api.as(tree.countyAOffice()).body(assign(fupingSupervisor, List.of())).put(supervisors(tree.schoolA())).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("leadUserId"));
        Api.as(tree.countyAOffice()).body(assign(neighbour, List.of(fupingSupervisor))).put(supervisors(tree.schoolA())).then()
                .statusCode(400).body("errors.field", hasItem("otherUserIds[0]"));
        // a county assigns only its own schools, even with a supervisor of that zone
        Api.as(tree.countyAOffice()).body(assign(fupingSupervisor, List.of())).put(supervisors(tree.schoolB())).then()
                .statusCode(404);
        assertEquals(0, assignedCount(tree.schoolA()));
        assertEquals(0, assignedCount(tree.schoolB()));
    }

    @Test
    void aSupervisorsOwnSchoolIsAConflictOfInterest() {
        World.Tree tree = world.create();
        long principal = userId(tree.schoolAUser());
        long zoneSupervisor = userId(tree.supervisorA());
        appoint(tree.countyAOffice(), principal, tree.zoneA());
        appoint(tree.countyAOffice(), zoneSupervisor, tree.zoneA());
        Api.as(tree.countyAOffice()).body(assign(principal, List.of())).put(supervisors(tree.schoolA())).then()
                .statusCode(409).body("code", equalTo("CONFLICT_OF_INTEREST")).body("errors.field", hasItem("leadUserId"));
        Api.as(tree.countyAOffice()).body(assign(zoneSupervisor, List.of(principal))).put(supervisors(tree.schoolA())).then()
                .statusCode(409).body("errors.field", hasItem("otherUserIds[0]"));
        assertEquals(0, assignedCount(tree.schoolA()));
    }

    @Test
    void aDeclaredTieToTheSchoolIsAConflictOfInterestToo() {
        World.Tree tree = world.create();
        long zoneSupervisor = userId(tree.supervisorA());
        appoint(tree.countyAOffice(), zoneSupervisor, tree.zoneA());
        Api.as(tree.countyAOffice()).body(Map.of("organizationId", tree.schoolA(), "reason", "子女在该校就读"))
                .post("/api/v1/users/" + zoneSupervisor + "/conflict-declarations").then().statusCode(201);
        Api.as(tree.countyAOffice()).body(assign(zoneSupervisor, List.of())).put(supervisors(tree.schoolA())).then()
                .statusCode(409).body("code", equalTo("CONFLICT_OF_INTEREST"))
                .body("detail", containsString("DECLARED_TIE")).body("detail", containsString("子女在该校就读"));
        assertEquals(0, assignedCount(tree.schoolA()));
    }

    @Test
    void badAssignmentsAreRefusedAndChangeNothing() {
        World.Tree tree = world.create();
        long lead = userId(tree.supervisorA());
        long unappointed = userId(world.user(tree.zoneA(), "SUPERVISOR"));
        appoint(tree.countyAOffice(), lead, tree.zoneA());
        // others without a lead, a supervisor named twice, a user without an appointment
        Api.as(tree.countyAOffice()).body(assign(null, List.of(lead))).put(supervisors(tree.schoolA())).then().statusCode(400)
                .body("errors.field", hasItem("leadUserId"));
        Api.as(tree.countyAOffice()).body(assign(lead, List.of(lead))).put(supervisors(tree.schoolA())).then().statusCode(400);
        Api.as(tree.countyAOffice()).body(assign(lead, List.of(unappointed))).put(supervisors(tree.schoolA())).then().statusCode(400);
        // a suspended appointment does not supervise
        int suspended = appoint(tree.countyAOffice(), unappointed, tree.zoneA());
        Map<String, Object> body = appointment(unappointed, tree.zoneA(), "2020-01-01", "2099-12-31");
        body.put("status", "SUSPENDED");
        body.put("version", 0);
        Api.as(tree.countyAOffice()).body(body).put(APPOINTMENTS + "/" + suspended).then().statusCode(200);
        Api.as(tree.countyAOffice()).body(assign(unappointed, List.of())).put(supervisors(tree.schoolA())).then().statusCode(400);
        // a zone is not a school; a school's own account does not assign
        Api.as(tree.countyAOffice()).body(assign(lead, List.of())).put(supervisors(tree.zoneA())).then().statusCode(404);
        Api.as(tree.schoolAUser()).body(assign(lead, List.of())).put(supervisors(tree.schoolA())).then().statusCode(403);
        assertEquals(0, assignedCount(tree.schoolA()));
    }

    @Test
    void anotherCountysAssignmentsAnswer404() {
        World.Tree tree = world.create();
        long lead = userId(tree.supervisorA());
        appoint(tree.countyAOffice(), lead, tree.zoneA());
        Api.as(tree.countyAOffice()).body(assign(lead, List.of())).put(supervisors(tree.schoolA())).then().statusCode(200);
        Api.as(tree.countyBOffice()).get(supervisors(tree.schoolA())).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        Api.as(tree.countyBOffice()).body(assign(null, null)).put(supervisors(tree.schoolA())).then().statusCode(404);
        Api.as(tree.countyBOffice()).get(ASSIGNMENTS + "?withinOrgId=" + tree.countyA()).then().statusCode(404);
        Api.as(tree.countyBOffice()).get(ASSIGNMENTS).then().statusCode(200)
                .body("items.schoolId", not(hasItem((int) tree.schoolA())));
        assertEquals(1, assignedCount(tree.schoolA()));
    }
}
