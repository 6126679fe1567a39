package io.dudao.integration;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Machine clients: client credentials, scopes, and the organisation subtree as their data scope. */
@QuarkusTest
class ApiClientTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private ValidatableResponse token(String clientId, String secret, String scope) {
        var request = RestAssured.given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret);
        if (scope != null) {
            request.formParam("scope", scope);
        }
        return request.post("/api/v1/auth/token").then();
    }

    private int task(long assignee, String title) {
        return Api.as(tree.cityOffice()).body(Map.of("title", title, "category", "OTHER", "assigneeOrgId", assignee,
                "dueDate", LocalDate.now().plusDays(5).toString())).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    @Test
    void aPortalClientReadsOnlyWhatItsScopesAndSubtreeAllow() {
        var created = Api.as(tree.cityOffice()).body(Map.of("name", "蒲城县教育局门户", "organizationId", tree.countyA(),
                        "scopes", List.of("tasks:read", "events:read")))
                .post("/api/v1/api-clients").then().statusCode(201)
                .body("clientSecret", notNullValue()).body("scopes", hasItem("tasks:read")).extract();
        String clientId = created.path("clientId");
        String secret = created.path("clientSecret");
        Api.as(tree.cityOffice()).get("/api/v1/api-clients").then().statusCode(200)
                .body("find { it.clientId == '" + clientId + "' }.clientSecret", nullValue());

        int mine = task(tree.countyA(), "门户可见任务");
        int other = task(tree.countyB(), "门户不可见任务");
        String access = token(clientId, secret, null).statusCode(200)
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(900))
                .body("scope", equalTo("events:read tasks:read")).extract().path("access_token");

        RestAssured.given().auth().oauth2(access).get("/api/v1/tasks?size=200").then().statusCode(200)
                .body("items.id", hasItem(mine)).body("items.id", not(hasItem(other)));
        RestAssured.given().auth().oauth2(access).get("/api/v1/tasks/" + other).then().statusCode(404);
        String csv = new String(RestAssured.given().auth().oauth2(access).accept("text/csv").get("/api/v1/tasks")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("门户可见任务"));
        assertFalse(csv.contains("门户不可见任务"));

        RestAssured.given().auth().oauth2(access).get("/api/v1/plans").then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        RestAssured.given().auth().oauth2(access).contentType("application/json").post("/api/v1/tasks/" + mine + "/start").then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        RestAssured.given().auth().oauth2(access).get("/api/v1/users").then().statusCode(403);
        RestAssured.given().auth().oauth2(access).get("/api/v1/events").then().statusCode(200);
        RestAssured.given().auth().oauth2(access).get("/api/v1/organizations/" + tree.countyB()).then().statusCode(404);
    }

    @Test
    void tokenErrorsSpeakOAuth2() {
        var created = Api.as(tree.admin()).body(Map.of("name", "报表脚本", "organizationId", tree.city(),
                "scopes", List.of("tasks:read", "stats:read"))).post("/api/v1/api-clients").then().statusCode(201).extract();
        String clientId = created.path("clientId");
        String secret = created.path("clientSecret");
        int id = created.path("id");

        token(clientId, "wrong", null).statusCode(401).body("error", equalTo("invalid_client"));
        token("nobody", secret, null).statusCode(401).body("error", equalTo("invalid_client"));
        token(clientId, secret, "cases:read").statusCode(400).body("error", equalTo("invalid_scope"));
        token(clientId, secret, "stats:read").statusCode(200).body("scope", equalTo("stats:read"));
        RestAssured.given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .post("/api/v1/auth/token").then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
        RestAssured.given().auth().preemptive().basic(clientId, secret).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").post("/api/v1/auth/token").then().statusCode(200);

        String rotated = Api.as(tree.admin()).post("/api/v1/api-clients/" + id + "/rotate-secret").then().statusCode(200)
                .extract().path("clientSecret");
        token(clientId, secret, null).statusCode(401);
        String access = token(clientId, rotated, null).statusCode(200).extract().path("access_token");

        int version = Api.as(tree.admin()).get("/api/v1/api-clients").then().extract()
                .path("find { it.id == " + id + " }.version");
        Api.as(tree.admin()).body(Map.of("name", "报表脚本", "organizationId", tree.city(), "scopes", List.of("tasks:read"),
                "active", false, "version", version)).put("/api/v1/api-clients/" + id).then().statusCode(200);
        token(clientId, rotated, null).statusCode(401);
        RestAssured.given().auth().oauth2(access).get("/api/v1/tasks").then().statusCode(401);
    }

    @Test
    void onlyAdminsAndCityOfficesManageClientsInsideTheirSubtree() {
        Map<String, Object> body = Map.of("name", "x", "organizationId", tree.countyA(), "scopes", List.of("tasks:read"));
        Api.as(tree.countyAOffice()).body(body).post("/api/v1/api-clients").then().statusCode(403);
        Api.as(tree.cityOffice()).body(Map.of("name", "x", "organizationId", tree.province(), "scopes", List.of("tasks:read")))
                .post("/api/v1/api-clients").then().statusCode(400).body("errors[0].field", equalTo("organizationId"));
        Api.as(tree.cityOffice()).body(Map.of("name", "x", "organizationId", tree.countyA(), "scopes", List.of("everything")))
                .post("/api/v1/api-clients").then().statusCode(400).body("errors[0].field", equalTo("scopes"));
        int id = Api.as(tree.admin()).body(Map.of("name", "省级", "organizationId", tree.province(), "scopes", List.of("tasks:read")))
                .post("/api/v1/api-clients").then().statusCode(201).extract().path("id");
        Api.as(tree.cityOffice()).post("/api/v1/api-clients/" + id + "/rotate-secret").then().statusCode(404);
        Api.as(tree.cityOffice()).delete("/api/v1/api-clients/" + id).then().statusCode(404);
        Api.as(tree.admin()).delete("/api/v1/api-clients/" + id).then().statusCode(204);
    }
}
