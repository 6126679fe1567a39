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
