package io.dudao.creation;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 达标校: the city's yearly target per county, progress from the year's assessment, red where behind. */
@QuarkusTest
class CreationSchoolTargetApiTest {

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

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    long programme(String kind) {
        return ((Number) Api.as(tree.cityOffice()).body(Map.of("kind", kind, "countyOrgId", tree.countyA(), "targetYear", 2025))
                .post(BASE).then().statusCode(201).extract().path("id")).longValue();
    }

    /**
     * Two primary schools of 1000 filed (CreationCountyApiTest.passingRows); the second's 体育运动场馆 cut to 1000 ㎡ → 1.00 ㎡
     * per student, 13% of 7.5: it fails the school rule, so 1 of 2 passes. Target 2 → behind (red); target 1 → on track.
     */
    @Test
    void theCitySetsATargetAndProgressComesFromTheAssessment() {
        long id = programme("BALANCED_COMPULSORY");
        List<Map<String, Object>> rows = CreationCountyApiTest.passingRows();
        rows.get(1).put("sportsAreaM2", 1000);
        Api.as(tree.countyAOffice()).body(Map.of("rows", rows)).put(BASE + "/" + id + "/schools/2023").then().statusCode(200)
                .body("summary.passingSchools", equalTo(1));

        String audits = "select count(*) from audit_event where action = 'SET_SCHOOL_TARGET' and entity_id = '" + id + "'";
        Api.as(tree.cityOffice()).body(Map.of("targetSchools", 3)).put(BASE + "/" + id + "/school-targets/2023").then()
                .statusCode(400).body("errors[0].field", equalTo("targetSchools")).body("errors[0].message", containsString("学校总数 2 所"));
        Api.as(tree.countyAOffice()).body(Map.of("targetSchools", 2)).put(BASE + "/" + id + "/school-targets/2023").then().statusCode(403);
        Api.as(tree.countyBOffice()).body(Map.of("targetSchools", 2)).put(BASE + "/" + id + "/school-targets/2023").then().statusCode(404);
        assertEquals(0, count(audits));

        Api.as(tree.cityOffice()).body(Map.of("targetSchools", 2, "note", "纳入教育强市目标考核")).put(BASE + "/" + id + "/school-targets/2023")
                .then().statusCode(200)
                .body("targetSchools", equalTo(2)).body("achievedSchools", equalTo(1)).body("assessedSchools", equalTo(2))
                .body("behind", equalTo(true)).body("version", equalTo(0));
        assertEquals(1, count(audits));
        Api.as(tree.countyAOffice()).get(BASE + "/school-targets?year=2023").then().statusCode(200)
                .body("", hasSize(1)).body("[0].programmeId", equalTo((int) id)).body("[0].behind", equalTo(true));

        // replacing needs the version: a stale one is 409, nothing changes
        Api.as(tree.cityOffice()).body(Map.of("targetSchools", 1, "version", 5)).put(BASE + "/" + id + "/school-targets/2023").then()
                .statusCode(409);
        Api.as(tree.cityOffice()).body(Map.of("targetSchools", 1, "version", 0)).put(BASE + "/" + id + "/school-targets/2023").then()
                .statusCode(200).body("behind", equalTo(false)).body("version", equalTo(1));
        assertEquals(2, count(audits));

        // another county's office sees none of it; a year without a target shows the programme with nothing set
        Api.as(tree.countyBOffice()).get(BASE + "/school-targets?year=2023").then().statusCode(200).body("", hasSize(0));
        Api.as(tree.cityOffice()).get(BASE + "/school-targets?year=2024").then().statusCode(200)
                .body("find { it.programmeId == " + id + " }.targetSchools", nullValue())
                .body("find { it.programmeId == " + id + " }.behind", equalTo(false));
    }

    @Test
    void aPreschoolProgrammeHasNoSchoolTargetAndTheYearIsRequired() {
        long id = programme("INCLUSIVE_PRESCHOOL");
        Api.as(tree.cityOffice()).body(Map.of("targetSchools", 1)).put(BASE + "/" + id + "/school-targets/2023").then().statusCode(400);
        Api.as(tree.cityOffice()).get(BASE + "/school-targets").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }
}
