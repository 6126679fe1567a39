package io.dudao.inspection;

import io.dudao.common.time.AppClock;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.dudao.inspection.Fixtures.FINDINGS;
import static io.dudao.inspection.Fixtures.REPORTS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
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
        int year = LocalDate.now(AppClock.ZONE).getYear();
        as("weinan").get(REPORTS + "?size=50&sort=id,asc").then().statusCode(200)
                .body("items.type", hasItems("ROUTINE_VISIT", "SCHOOL_EVALUATION_316", "GOVERNMENT_DUTY"))
                .body("items.status", hasItems("DRAFT", "SUBMITTED", "APPROVED", "PUBLISHED"));
        as("pc_school01").get(REPORTS + "?size=50&year=" + year).then().statusCode(200)
                .body("items.title", equalTo(List.of("蒲城县城关第一小学经常性督导")))
                .body("items[0].grade", equalTo("未达标")).body("items[0].findings.total", equalTo(4));
        // 2023: the spring visit and the 316 evaluation of the same school, published and closed
        as("pc_school01").get(REPORTS + "?size=50&year=2023&sort=visitStart,asc").then().statusCode(200)
                .body("items.title", equalTo(List.of("2023年春季学期蒲城县城关第一小学经常性督导",
                        "2023年蒲城县城关第一小学第四轮“316工程”督导评估")))
                .body("items.status", everyItem(equalTo("PUBLISHED")));
        as("pc_school01").get(FINDINGS + "?mine=true&size=50").then().statusCode(200)
                .body("items.status", hasItems("OPEN", "SUBMITTED", "VERIFIED", "REOPENED"));
        as("pc_school01").get(FINDINGS + "?mine=true&year=2023").then().statusCode(200)
                .body("items.status", everyItem(equalTo("VERIFIED")));
        as("fuping").get(REPORTS + "?type=GOVERNMENT_DUTY&year=" + year).then().statusCode(200)
                .body("items[0].title", equalTo(year + "年富平县人民政府履行教育职责评价"))
                .body("items[0].totalScore", equalTo(83)).body("items[0].grade", equalTo("良好"));
        as("fuping").get(FINDINGS + "?mine=true&escalation=true&year=" + year).then().statusCode(200)
                .body("total", equalTo(2)).body("items.status", hasItems("OPEN", "REOPENED"));
        // the 2022 monitoring feedback: a finding without a report
        as("fuping").get(FINDINGS + "?mine=true&sourceType=MONITORING&q=学业表现").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].reportId", nullValue())
                .body("items[0].sourceTitle", equalTo("2022年义务教育质量监测结果反馈"))
                .body("items[0].status", equalTo("VERIFIED"));
        as("pucheng").get(REPORTS + "?size=50").then().statusCode(200)
                .body("items.type", not(hasItem("GOVERNMENT_DUTY")))
                .body("items.title", hasItem("蒲城县尧山中学第四轮“316工程”督导评估"));
        as("pucheng").get(REPORTS + "?type=SCHOOL_EVALUATION_316&year=" + year).then()
                .body("items[0].grade", equalTo("B")).body("items[0].status", equalTo("APPROVED"));
        // the supervision demo adds this semester's monthly visits, titled with their month (……（2026年9月）)
        as("pc_dx01").get(REPORTS + "?mine=true&size=50&year=" + year).then().statusCode(200)
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
