package io.dudao.creation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestProfile(CreationDemoTest.WithDemoData.class)
class CreationDemoTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.demo-data", "true");
        }
    }

    @Inject
    DemoCreation demoCreation;

    @Inject
    EntityManager em;

    private static RequestSpecification as(String username) {
        String token = RestAssured.given().contentType("application/json")
                .body(Map.of("username", username, "password", "Demo@2023"))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        return RestAssured.given().auth().oauth2(token).accept("application/json");
    }

    @Test
    void fupingFailsIn2023AndPassesIn2024AndTheCitySeesEveryCounty() {
        var fuping = as("fuping");
        int id = fuping.get("/api/v1/creation-programmes").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].countyOrgCode", equalTo("610528"))
                .body("items[0].latest.year", equalTo(2024)).body("items[0].latest.verdict", equalTo("PASS"))
                .extract().path("items[0].id");
        as("fuping").get("/api/v1/creation-programmes/" + id + "/assessment?year=2023").then().statusCode(200)
                .body("verdict", equalTo("FAIL"))
                .body("indicators.findAll { !it.passed }.code", equalTo(List.of("SPORTS_AREA_PER_STUDENT")))
                .body("schools.find { it.schoolCode == '610528-S101' }.schoolOrgId", notNullValue())
                .body("schools.find { it.schoolCode == '610528-S101' }.shortfalls[0].message", containsString("短缺体育运动场馆"))
                .body("excludedSchools[0].schoolName", equalTo("富平县宫里镇南社教学点"));
        as("fuping").get("/api/v1/creation-programmes/" + id + "/assessment?year=2024").then().statusCode(200)
                .body("verdict", equalTo("PASS"));
        as("fuping").get("/api/v1/creation-programmes/" + id + "/ledger?year=2023&status=OPEN").then().statusCode(200)
                .body("total", greaterThan(3)).body("items.taskId", everyItem(notNullValue()));

        as("weinan").get("/api/v1/creation-programmes?size=50").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.countyOrgCode", hasItems("610528", "610503", "610582", "WN-GXQ"))
                .body("items.find { it.countyOrgCode == '610582' }.latest.verdict", equalTo("PASS"))
                .body("items.find { it.countyOrgCode == 'WN-GXQ' }.latest.worstIndicator.code", notNullValue());
        as("weinan").get("/api/v1/creation-programmes?kind=INCLUSIVE_PRESCHOOL").then().statusCode(200)
                .body("total", equalTo(3));
        as("pucheng").get("/api/v1/creation-programmes").then().statusCode(200).body("total", equalTo(0));
        as("pucheng").get("/api/v1/creation-programmes/" + id).then().statusCode(404);
        // the plan: 富平 (优质均衡) and 华州/华阴/高新区 (普及普惠) prepare the provincial process supervision (省级过程督导)
        as("fuping").get("/api/v1/creation-programmes/" + id + "/recognition").then().statusCode(200)
                .body("nextStep", equalTo("PROVINCIAL_PROCESS_SUPERVISION"))
                .body("steps[0].officeName", equalTo("富平县")).body("steps[1].officeName", equalTo("渭南市")).body("steps[1].date", equalTo("2023-01-16"));
        as("weinan").get("/api/v1/tasks?category=CREATION&size=200").then().statusCode(200)
                .body("items.title", hasItem(containsString("富平县城关小学：生均体育运动场馆面积未达标")));
    }

    @Test
    void loadingAgainAddsNothing() {
        QuarkusTransaction.requiringNew().run(() -> demoCreation.loadOnce());
        Object count = QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select count(*) from creation_programme").getSingleResult());
        assertEquals(4L, ((Number) count).longValue());
    }
}
