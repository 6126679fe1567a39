package io.dudao.inspection;

import io.dudao.demo.DemoData;
import io.dudao.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.dudao.inspection.Fixtures.FINDINGS;
import static io.dudao.inspection.Fixtures.REPORTS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestProfile(DemoInspectionsTest.WithDemoData.class)
public class DemoInspectionsTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.demo-data", "true");
        }
    }

    @Inject
    DemoInspections demoInspections;

    private static RequestSpecification as(String username) {
        String token = Api.anonymous().body(Map.of("username", username, "password", DemoData.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        return RestAssured.given().auth().oauth2(token).accept("application/json");
    }

    @Test
    void theDemoStoryIsThereAndEachSideSeesItsPart() {
        as("weinan").get(REPORTS + "?size=50&sort=id,asc").then().statusCode(200)
                .body("items.type", hasItems("ROUTINE_VISIT", "SCHOOL_EVALUATION_316", "GOVERNMENT_DUTY"))
                .body("items.status", hasItems("DRAFT", "SUBMITTED", "APPROVED", "PUBLISHED"));
        as("pc_school01").get(REPORTS + "?size=50").then().statusCode(200)
                .body("items.title", equalTo(List.of("蒲城县城关第一小学经常性督导")))
                .body("items[0].grade", equalTo("未达标")).body("items[0].findings.total", equalTo(4));
        as("pc_school01").get(FINDINGS + "?mine=true&size=50").then().statusCode(200)
                .body("items.status", hasItems("OPEN", "SUBMITTED", "VERIFIED", "REOPENED"));
        as("fuping").get(REPORTS + "?type=GOVERNMENT_DUTY").then().statusCode(200)
                .body("items[0].title", equalTo("2023年富平县人民政府履行教育职责评价"))
                .body("items[0].totalScore", equalTo(83)).body("items[0].grade", equalTo("良好"));
        as("fuping").get(FINDINGS + "?mine=true&escalation=true").then().statusCode(200)
                .body("total", equalTo(2)).body("items.status", hasItems("OPEN", "REOPENED"));
        as("pucheng").get(REPORTS + "?size=50").then().statusCode(200)
                .body("items.type", not(hasItem("GOVERNMENT_DUTY")))
                .body("items.title", hasItem("蒲城县尧山中学第四轮“316工程”督导评估"));
        as("pucheng").get(REPORTS + "?type=SCHOOL_EVALUATION_316").then()
                .body("items[0].grade", equalTo("B")).body("items[0].status", equalTo("APPROVED"));
        // the supervision demo adds this semester's monthly visits, titled with their month (……（2026年9月）)
        as("pc_dx01").get(REPORTS + "?mine=true&size=50").then().statusCode(200)
                .body("items.type", everyItem(equalTo("ROUTINE_VISIT")))
                .body("items.findAll { !it.title.endsWith('月）') }.size()", equalTo(3));
    }

    @Test
    void loadingAgainAddsNothing() {
        long before = as("weinan").get(REPORTS).then().extract().<Integer>path("total");
        QuarkusTransaction.requiringNew().run(() -> demoInspections.loadOnce());
        long after = as("weinan").get(REPORTS).then().extract().<Integer>path("total");
        assertEquals(before, after);
    }
}
