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
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The recognition steps of a programme: recorded in order, each with date, documents and the recording office. */
@QuarkusTest
class CreationRecognitionApiTest {

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

    long programme() {
        return ((Number) Api.as(tree.cityOffice()).body(Map.of("kind", "BALANCED_COMPULSORY", "countyOrgId", tree.countyA(), "targetYear", 2025))
                .post(BASE).then().statusCode(201).extract().path("id")).longValue();
    }

    static Map<String, Object> step(String step, String date) {
        return Map.of("step", step, "date", date, "documents", List.of("蒲城县义务教育优质均衡发展自评报告（蒲政教督〔2023〕5号）"),
                "note", "自评完成");
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void stepsAreRecordedInOrderByTheOfficeThatRecordsThem() {
        long id = programme();
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/recognition").then().statusCode(200)
                .body("steps.step", equalTo(List.of("COUNTY_SELF_ASSESSMENT", "CITY_REVIEW", "PROVINCIAL_PROCESS_SUPERVISION",
                        "PROVINCIAL_REVIEW", "NATIONAL_RECOGNITION")))
                .body("steps.recorded", equalTo(List.of(false, false, false, false, false)))
                .body("nextStep", equalTo("COUNTY_SELF_ASSESSMENT"));
        String audits = "select count(*) from audit_event where action = 'RECORD_RECOGNITION_STEP' and entity_id = '" + id + "'";
        Api.as(tree.countyAOffice()).body(step("COUNTY_SELF_ASSESSMENT", "2023-03-01")).post(BASE + "/" + id + "/recognition").then()
                .statusCode(200)
                .body("steps[0].recorded", equalTo(true)).body("steps[0].date", equalTo("2023-03-01"))
                .body("steps[0].officeOrgId", equalTo((int) tree.countyA()))
                .body("steps[0].officeName", containsString("蒲城县"))
                .body("steps[0].documents[0]", containsString("蒲政教督〔2023〕5号"))
                .body("nextStep", equalTo("CITY_REVIEW"));
        assertEquals(1, count(audits));

        // out of order: 409, nothing recorded
        Api.as(tree.cityOffice()).body(step("PROVINCIAL_REVIEW", "2023-05-01")).post(BASE + "/" + id + "/recognition").then()
                .statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION")).body("detail", containsString("市级复核"));
        // the same step again: 409
        Api.as(tree.cityOffice()).body(step("COUNTY_SELF_ASSESSMENT", "2023-05-01")).post(BASE + "/" + id + "/recognition").then()
                .statusCode(409);
        // dated before the previous step: 400 on date
        Api.as(tree.cityOffice()).body(step("CITY_REVIEW", "2023-02-28")).post(BASE + "/" + id + "/recognition").then()
                .statusCode(400).body("errors[0].field", equalTo("date"));
        // no documents: 400
        Api.as(tree.cityOffice()).body(Map.of("step", "CITY_REVIEW", "date", "2023-04-01", "documents", List.of()))
                .post(BASE + "/" + id + "/recognition").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        assertEquals(1, count(audits));
        assertEquals(1, count("select count(*) from creation_recognition_step where programme_id = " + id));

        Api.as(tree.cityOffice()).body(step("CITY_REVIEW", "2023-03-01")).post(BASE + "/" + id + "/recognition").then()
                .statusCode(200).body("steps[1].officeOrgId", equalTo((int) tree.city()))
                .body("nextStep", equalTo("PROVINCIAL_PROCESS_SUPERVISION"));
        assertEquals(2, count(audits));
    }

    @Test
    void anotherCountyGets404AndASchoolMayNotRecord() {
        long id = programme();
        Api.as(tree.countyBOffice()).get(BASE + "/" + id + "/recognition").then().statusCode(404);
        Api.as(tree.countyBOffice()).body(step("COUNTY_SELF_ASSESSMENT", "2023-03-01")).post(BASE + "/" + id + "/recognition").then()
                .statusCode(404);
        Api.as(tree.schoolAUser()).body(step("COUNTY_SELF_ASSESSMENT", "2023-03-01")).post(BASE + "/" + id + "/recognition").then()
                .statusCode(403);
        assertEquals(0, count("select count(*) from creation_recognition_step where programme_id = " + id));
    }

    @Test
    void afterNationalRecognitionThereIsNoNextStep() {
        long id = programme();
        String[] steps = {"COUNTY_SELF_ASSESSMENT", "CITY_REVIEW", "PROVINCIAL_PROCESS_SUPERVISION", "PROVINCIAL_REVIEW", "NATIONAL_RECOGNITION"};
        for (int i = 0; i < steps.length; i++) {
            Api.as(tree.provinceOffice()).body(step(steps[i], "2023-0" + (i + 1) + "-15")).post(BASE + "/" + id + "/recognition").then()
                    .statusCode(200);
        }
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/recognition").then().statusCode(200)
                .body("nextStep", nullValue()).body("steps[4].name", equalTo("国家认定"));
        Api.as(tree.provinceOffice()).body(step("NATIONAL_RECOGNITION", "2023-09-01")).post(BASE + "/" + id + "/recognition").then()
                .statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }
}
