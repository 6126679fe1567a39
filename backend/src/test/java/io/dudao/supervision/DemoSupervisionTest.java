package io.dudao.supervision;

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

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** 蒲城县's demo supervisors: appointed (part-time principals among them), assigned, one above the limit; loaded once. */
@QuarkusTest
@TestProfile(DemoInspectionsTest.WithDemoData.class)
class DemoSupervisionTest {

    @Inject
    DemoData demo;

    @Inject
    DemoSupervision demoSupervision;

    private static RequestSpecification as(String username) {
        String token = Api.anonymous().body(Map.of("username", username, "password", DemoData.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        return RestAssured.given().auth().oauth2(token).accept("application/json");
    }

    @Test
    void puchengsSupervisorsAreAppointedAssignedAndOneIsAboveTheLimit() {
        long pucheng = QuarkusTransaction.requiringNew().call(() -> demo.orgId("610526"));
        as("pucheng").get("/api/v1/supervision/appointments?size=50&withinOrgId=" + pucheng).then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.findAll { it.employment == 'PART_TIME' }.size()", equalTo(3))
                .body("items.userOrgName", hasItems("蒲城县城关第一小学", "蒲城县尧山中学"))
                .body("items.findAll { it.overLimit }.userDisplayName", hasItem("责任督学 陈督学"))
                .body("items.find { it.overLimit }.schoolCount", equalTo(6));
        as("pucheng").get("/api/v1/supervision/assignments?size=50&withinOrgId=" + pucheng).then().statusCode(200)
                .body("items.findAll { it.lead }.size()", equalTo(7));
        as("pucheng").get("/api/v1/supervision/coverage?orgId=" + pucheng).then().statusCode(200)
                .body("schools.size()", equalTo(7))
                .body("supervisors.find { it.name == '责任督学 陈督学' }.overLimit", equalTo(true))
                .body("supervisors.find { it.name == '责任督学 陈督学' }.limit", equalTo(5));
        as("fuping").get("/api/v1/supervision/appointments").then().statusCode(200).body("total", equalTo(0));

        // loading again puts nothing back: an appointment the office deleted stays deleted
        int first = as("pucheng").get("/api/v1/supervision/appointments?sort=id,desc&size=1").then().extract().path("items[0].id");
        as("pucheng").contentType("application/json").delete("/api/v1/supervision/appointments/" + first).then().statusCode(204);
        QuarkusTransaction.requiringNew().run(() -> demoSupervision.loadOnce());
        as("pucheng").get("/api/v1/supervision/appointments?withinOrgId=" + pucheng).then().statusCode(200).body("total", equalTo(5));
    }
}
