package io.dudao.monitoring;

import io.dudao.demo.DemoData;
import io.dudao.inspection.DemoInspectionsTest;
import io.dudao.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** 渭南市's demo monitoring: the 2022 cycle with results and problems rectified through 2023, the 2023 cycle with a fall; loaded once. */
@QuarkusTest
@TestProfile(DemoInspectionsTest.WithDemoData.class)
class DemoMonitoringTest {

    @Inject
    DemoData demo;

    @Inject
    DemoMonitoring demoMonitoring;

    private static RequestSpecification as(String username) {
        String token = Api.anonymous().body(Map.of("username", username, "password", DemoData.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        return RestAssured.given().auth().oauth2(token).accept("application/json");
    }

    @Test
    void weinanHasTwoCyclesTheFeedbackProblemsInTheLoopAndAFallToAnswer() {
        var weinan = as("weinan");
        int y2022 = weinan.get("/api/v1/monitoring-cycles?year=2022").then().statusCode(200)
                .body("items.title", contains("2022年义务教育质量监测"))
                .body("items[0].status", equalTo("CLOSED"))
                .body("items[0].problemCount", equalTo(3))
                .body("items[0].openProblemCount", equalTo(0))
                .body("items[0].counties.countyName", contains("潼关县", "蒲城县", "富平县"))
                .extract().path("items[0].id");
        int y2023 = as("weinan").get("/api/v1/monitoring-cycles?year=2023").then().statusCode(200)
                .body("items[0].status", equalTo("CLOSED")).body("items[0].resultCount", equalTo(9))
                .extract().path("items[0].id");
        as("weinan").get("/api/v1/findings?sourceType=MONITORING&sourceId=" + y2022).then().statusCode(200)
                .body("items.status", containsInAnyOrder("VERIFIED", "VERIFIED", "VERIFIED"))
                .body("items.find { it.ownerOrgName == '潼关县' }.reopenCount", equalTo(1));
        as("weinan").get("/api/v1/monitoring-cycles/" + y2023 + "/fall-suggestions").then().statusCode(200)
                .body("items.countyName", contains("蒲城县"))
                .body("items[0].caseDraft.scenarioCodes", contains("QJ-5-01"));
        long pucheng = QuarkusTransaction.requiringNew().call(() -> demo.orgId("610526"));
        as("pucheng").get("/api/v1/monitoring-cycles/trend?subject=MATHEMATICS&grade=8&countyId=" + pucheng).then().statusCode(200)
                .body("points.year", contains(2022, 2023));
        as("fuping").get("/api/v1/monitoring-cycles/" + y2023 + "/results?countyId=" + pucheng).then().statusCode(404);

        // loading again changes nothing
        QuarkusTransaction.requiringNew().run(() -> demoMonitoring.loadOnce());
        as("weinan").get("/api/v1/monitoring-cycles").then().statusCode(200).body("total", equalTo(2));
    }
}
