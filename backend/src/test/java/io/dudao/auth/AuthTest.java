package io.dudao.auth;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AuthTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private io.restassured.response.ValidatableResponse login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login").then();
    }

    @Test
    void loginIssuesAnRs256AccessTokenWithTheDocumentedClaims() {
        Map<String, Object> body = login(tree.countyAOffice(), World.PASSWORD).statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body("refreshToken", notNullValue())
                .extract().as(Map.class);
        String[] parts = ((String) body.get("accessToken")).split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"RS256\""), header);
        assertTrue(claims.contains("\"iss\":\"https://dudao.io/issuer\""), claims);
        assertTrue(claims.contains("\"aud\":\"dudao-api\""), claims);
        assertTrue(claims.contains("\"upn\":\"" + tree.countyAOffice() + "\""), claims);
        assertTrue(claims.contains("\"groups\":[\"COUNTY_OFFICE\"]"), claims);
        assertTrue(claims.contains("\"org\":" + tree.countyA()), claims);
        assertTrue(claims.contains("\"sub\":"), claims);

        given().auth().oauth2((String) body.get("accessToken")).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(tree.countyAOffice()))
                .body("roles", hasItem("COUNTY_OFFICE"))
                .body("organization.id", equalTo((int) tree.countyA()))
                .body("organization.type", equalTo("COUNTY"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        String wrong = login(tree.cityOffice(), "not-the-password").statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_CREDENTIALS")).extract().path("detail");
        String unknown = login("nobody-" + tree.tag(), "not-the-password").statusCode(401)
                .body("code", equalTo("INVALID_CREDENTIALS")).extract().path("detail");
        assertEquals(wrong, unknown);
    }

    @Test
    void fiveFailuresLockTheUsernameForFiveMinutes() {
        for (int i = 0; i < 5; i++) {
            login(tree.viewer(), "wrong-" + i).statusCode(401);
        }
        login(tree.viewer(), World.PASSWORD).statusCode(429)
                .header("Retry-After", notNullValue())
                .body("code", equalTo("TOO_MANY_ATTEMPTS"));
        String retryAfter = login(tree.viewer(), "wrong").statusCode(429).extract().header("Retry-After");
        int seconds = Integer.parseInt(retryAfter);
        assertTrue(seconds > 240 && seconds <= 300, "Retry-After " + seconds);
        // another username is not affected
        login(tree.cityOffice(), World.PASSWORD).statusCode(200);
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        for (int i = 0; i < 4; i++) {
            login(tree.supervisorA(), "wrong").statusCode(401);
        }
        login(tree.supervisorA(), World.PASSWORD).statusCode(200);
        for (int i = 0; i < 4; i++) {
            login(tree.supervisorA(), "wrong").statusCode(401);
        }
        login(tree.supervisorA(), World.PASSWORD).statusCode(200);
    }

    @Test
    void refreshTokensRotateAndAReusedOneRevokesItsFamily() {
        String first = login(tree.schoolAUser(), World.PASSWORD).statusCode(200).extract().path("refreshToken");
        String second = refresh(first).statusCode(200).extract().path("refreshToken");
        assertNotEquals(first, second);
        // the rotated token is reused: refused, and the whole family is revoked
        refresh(first).statusCode(401).body("code", equalTo("INVALID_REFRESH_TOKEN"));
        refresh(second).statusCode(401);
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        String token = login(tree.countyBOffice(), World.PASSWORD).statusCode(200).extract().path("refreshToken");
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", token)).post("/api/v1/auth/logout")
                .then().statusCode(204);
        refresh(token).statusCode(401);
    }

    @Test
    void missingForgedExpiredOrForeignTokensAre401Problems() throws Exception {
        given().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));

        var otherKeys = KeyPairGenerator.getInstance("RSA");
        otherKeys.initialize(2048);
        String forged = Jwt.issuer("https://dudao.io/issuer").audience("dudao-api").subject("1").upn("admin")
                .groups("ADMIN").sign(otherKeys.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");

        long userId = ((Number) Api.as(tree.admin()).get("/api/v1/me").then().extract().path("id")).longValue();
        String expired = Jwt.issuer("https://dudao.io/issuer").audience("dudao-api").subject(Long.toString(userId))
                .upn(tree.admin()).groups("ADMIN").issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(1800)).sign();
        given().auth().oauth2(expired).get("/api/v1/me").then().statusCode(401);

        String wrongAudience = Jwt.issuer("https://dudao.io/issuer").audience("someone-else").subject(Long.toString(userId))
                .upn(tree.admin()).groups("ADMIN").sign();
        given().auth().oauth2(wrongAudience).get("/api/v1/me").then().statusCode(401);

        String wrongIssuer = Jwt.issuer("https://evil.example").audience("dudao-api").subject(Long.toString(userId))
                .upn(tree.admin()).groups("ADMIN").sign();
        given().auth().oauth2(wrongIssuer).get("/api/v1/me").then().statusCode(401);

        String valid = Jwt.issuer("https://dudao.io/issuer").audience("dudao-api").subject(Long.toString(userId))
                .upn(tree.admin()).groups("ADMIN").sign();
        given().auth().oauth2(valid).get("/api/v1/me").then().statusCode(200);
    }

    private io.restassured.response.ValidatableResponse refresh(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", token))
                .post("/api/v1/auth/refresh").then();
    }
}
