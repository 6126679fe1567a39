package io.dudao.accountability;

import io.dudao.demo.DemoData;
import io.dudao.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@TestProfile(DemoAccountabilityTest.WithDemoData.class)
class DemoAccountabilityTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.demo-data", "true");
        }
    }

    private static RequestSpecification as(String username) {
        String token = Api.anonymous().body(Map.of("username", username, "password", DemoData.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        return RestAssured.given().auth().oauth2(token).accept("application/json");
    }

    @Test
    void theDemoCasesAreThereAndEachSideSeesItsPart() {
        int year = java.time.LocalDate.now(io.dudao.common.time.AppClock.ZONE).getYear();
        as("weinan").get("/api/v1/accountability-cases").then().statusCode(200)
                .body("items.caseNumber", hasItem("渭教督问〔" + year + "〕1号"))
                .body("items.find { it.caseNumber == '渭教督问〔" + year + "〕1号' }.status", equalTo("DECIDED"))
                .body("items.find { it.caseNumber == '渭教督问〔" + year + "〕1号' }.source", equalTo("FINDING"))
                // 备案: the city sees 蒲城县's case too, with its yellow investigation clock
                .body("items.find { it.caseNumber == '蒲教督问〔" + year + "〕1号' }.light", equalTo("YELLOW"));
        as("fuping").get("/api/v1/accountability-cases?year=" + year).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].view", equalTo("SUBJECT"))
                .body("items[0].statement.text", equalTo("我县已重新建立问题整改台账，逐项明确责任单位和完成时限，恳请从轻处理。"));
        as("pucheng").get("/api/v1/accountability-cases?year=" + year).then().statusCode(200)
                .body("items.caseNumber", equalTo(List.of("蒲教督问〔" + year + "〕1号")));
        // 2023's cases read as 2023: numbered 〔2023〕 and closed by now
        as("weinan").get("/api/v1/accountability-cases?year=2023&sort=caseNumber,asc").then().statusCode(200)
                .body("items.caseNumber", equalTo(List.of("渭教督问〔2023〕1号", "蒲教督问〔2023〕1号")))
                .body("items.status", equalTo(List.of("CLOSED", "DISMISSED")))
                .body("items[0].openedOn", equalTo("2023-07-20"))
                .body("items[0].decidedOn", equalTo("2023-08-20"));
        Api.anonymous().get("/api/v1/public/accountability-decisions?year=2023").then().statusCode(200)
                .body("items.caseNumber", equalTo(List.of("渭教督问〔2023〕1号")));
        Api.anonymous().get("/api/v1/public/accountability-decisions").then().statusCode(200)
                .body("items.caseNumber", hasItem("渭教督问〔" + year + "〕1号"))
                .body("items.find { it.caseNumber == '渭教督问〔" + year + "〕1号' }.measures", equalTo(List.of("约谈", "督导通报")));
    }
}
