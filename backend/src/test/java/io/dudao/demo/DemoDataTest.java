package io.dudao.demo;

import io.dudao.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.demo-data", "true");
        }
    }

    @Inject
    DemoData demoData;

    @Inject
    EntityManager em;

    private String demoToken(String username) {
        return Api.anonymous().body(Map.of("username", username, "password", DemoData.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    @Test
    void demoWorldIsThereAndPuchengSeesOnlyItsBranch() {
        String pucheng = demoToken("pucheng");
        io.restassured.RestAssured.given().auth().oauth2(pucheng).get("/api/v1/organizations/tree").then()
                .statusCode(200)
                .body("[0].name", equalTo("蒲城县"))
                .body("[0].children.name", hasItems("蒲城县第一责任区", "蒲城县第二责任区", "蒲城县第三责任区"));
        io.restassured.RestAssured.given().auth().oauth2(pucheng).get("/api/v1/organizations?size=200").then()
                .statusCode(200)
                .body("items.name", hasItems("陕西省", "渭南市", "蒲城县", "蒲城县城关第一小学"))
                .body("items.name", not(hasItem("富平县")));
        for (String user : List.of("admin", "weinan", "leader", "fuping", "tongguan", "pc_dx01", "pc_school01")) {
            demoToken(user);
        }
        io.restassured.RestAssured.given().auth().oauth2(demoToken("weinan")).get("/api/v1/organizations?type=COUNTY&size=50")
                .then().statusCode(200).body("total", equalTo(13))
                .body("items.code", hasItems("610502", "610526", "610528", "610581", "610582"));
    }

    @Test
    void theSeedPlanReadsAs2023WithWorkUnderEveryItemAndThisYearsPlanCarriesTodaysWork() {
        var weinan = io.restassured.RestAssured.given().auth().oauth2(demoToken("weinan"));
        var plan2023 = weinan.get("/api/v1/plans?year=2023").then().statusCode(200)
                .body("items.documentNumber", equalTo(List.of("渭政教督办〔2023〕1号")))
                .extract();
        int seed = plan2023.path("items[0].id");
        // the city's own plan: no forwarding notice on it, and no forwarding of it
        io.restassured.RestAssured.given().auth().oauth2(demoToken("weinan")).get("/api/v1/plans/" + seed).then()
                .body("forwardedFrom", nullValue()).body("issuedOn", equalTo("2023-02-15")).body("items", hasSize(7));
        io.restassured.RestAssured.given().auth().oauth2(demoToken("weinan")).get("/api/v1/plans/" + seed + "/forwardings")
                .then().body("", hasSize(0));
        // every item has work, all of it done by now
        io.restassured.RestAssured.given().auth().oauth2(demoToken("weinan")).get("/api/v1/plans/" + seed + "/progress").then()
                .statusCode(200)
                .body("items.progress.status", equalTo(List.of("DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE")))
                .body("items[0].progress.kinds.kind", hasItems("TASK", "REPORT", "FINDING", "CASE"))
                .body("items[4].progress.kinds.kind", hasItems("TASK", "FINDING"))
                .body("items[5].progress.kinds.kind", hasItems("TASK", "REPORT", "FINDING", "CASE"))
                .body("progress.completion", equalTo(1.0f))
                .body("progress.open", equalTo(0));
        io.restassured.RestAssured.given().auth().oauth2(demoToken("weinan")).get("/api/v1/tasks?year=2023&size=200").then()
                .body("items.status", everyItem(equalTo("COMPLETED")))
                .body("items.createdAt", everyItem(startsWith("2023-")));
        io.restassured.RestAssured.given().auth().oauth2(demoToken("weinan")).get("/api/v1/stats/overview?year=2023").then()
                .body("totals.overdue", equalTo(0)).body("totals.completionRate", equalTo(1.0f))
                .body("findingTotals.open", equalTo(0)).body("findingTotals.verified", greaterThan(3));

        // 蒲城县's copy carries its forwarding notice, and the forwarding to its zones, all acknowledged with records
        var pucheng = io.restassured.RestAssured.given().auth().oauth2(demoToken("pucheng"));
        int copy = pucheng.get("/api/v1/plans?year=2023&issuingOrgId=" + orgId("610526")).then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");
        io.restassured.RestAssured.given().auth().oauth2(demoToken("pucheng")).get("/api/v1/plans/" + copy).then()
                .body("forwardedFrom.documentNumber", equalTo("蒲政教督办函〔2023〕3号"));
        io.restassured.RestAssured.given().auth().oauth2(demoToken("pucheng")).get("/api/v1/plans/" + copy + "/forwardings").then()
                .body("documentNumber", equalTo(List.of("蒲政教督办函〔2023〕3号")))
                .body("[0].recipients.state", equalTo(List.of("RECORD_UPLOADED", "RECORD_UPLOADED", "RECORD_UPLOADED")));
        // the zone's acknowledgement serves the copy as a whole, and was completed with the meeting record
        io.restassured.RestAssured.given().auth().oauth2(demoToken("pc_dx01")).get("/api/v1/tasks?category=ACKNOWLEDGEMENT").then()
                .body("items[0].status", equalTo("COMPLETED")).body("items[0].planId", equalTo(copy));

        // this year's plan: open work, with a red light where something is overdue
        int year = java.time.LocalDate.now(io.dudao.common.time.AppClock.ZONE).getYear();
        int current = io.restassured.RestAssured.given().auth().oauth2(demoToken("weinan")).get("/api/v1/plans?year=" + year)
                .then().body("total", equalTo(1)).extract().path("items[0].id");
        io.restassured.RestAssured.given().auth().oauth2(demoToken("weinan")).get("/api/v1/plans/" + current + "/progress").then()
                .body("progress.status", equalTo("OPEN"))
                .body("progress.light", equalTo("RED"))
                .body("items.progress.status", not(hasItem("DONE")));
    }

    private long orgId(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from organization where code = ?1").setParameter(1, code).getSingleResult()).longValue());
    }

    @Test
    void loadingAgainNeverOverwritesWhatUsersChanged() {
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update app_user set display_name = '用户改过的名字' where username = 'tongguan'")
                        .executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> demoData.loadOnce());
        Object name = QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select display_name from app_user where username = 'tongguan'").getSingleResult());
        assertEquals("用户改过的名字", name);
        Object count = QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select count(*) from organization where code = '610526'").getSingleResult());
        assertEquals(1L, ((Number) count).longValue());
    }

    @Test
    void theProvinceOfficeAndSeededDocumentPrefixesAreThere() {
        String shaanxi = demoToken("shaanxi");
        io.restassured.RestAssured.given().auth().oauth2(shaanxi).get("/api/v1/me").then().statusCode(200)
                .body("roles", equalTo(List.of("PROVINCE_OFFICE"))).body("organization.name", equalTo("陕西省"))
                .body("mustChangePassword", equalTo(false));
        io.restassured.RestAssured.given().auth().oauth2(demoToken("admin")).get("/api/v1/organizations?type=COUNTY&size=50")
                .then().statusCode(200)
                .body("items.find { it.code == '610503' }.documentPrefix", equalTo("华州教督问"))
                .body("items.find { it.code == '610582' }.documentPrefix", equalTo("华阴教督问"))
                .body("items.find { it.code == '610526' }.documentPrefix", equalTo("蒲教督问"));
        io.restassured.RestAssured.given().get("/api/v1/public/instance").then().statusCode(200).body("demoData", equalTo(true));
        // every demo account fits its organisation
        io.restassured.RestAssured.given().auth().oauth2(demoToken("admin")).get("/api/v1/users?size=200").then().statusCode(200)
                .body("items.findAll { !it.roleMisfits.isEmpty() }.username", equalTo(List.of()));
    }
}
