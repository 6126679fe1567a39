package io.dudao.auth;

import io.dudao.common.time.AppClock;
import io.dudao.common.web.ClientAddress;
import io.dudao.integration.RateLimiter;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Sessions that end: revocation, absolute lifetime, password rules, forced change, lockout that decays. */
@QuarkusTest
class SessionTest {

    @Inject
    World world;

    @Inject
    AppClock clock;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ClientAddress clientAddress;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    @AfterEach
    void restore() {
        clock.reset();
        clientAddress.trust("none");
        rateLimiter.configure(false, 20, 40);
    }

    private static ValidatableResponse login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login").then();
    }

    private static ValidatableResponse refresh(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", token)).post("/api/v1/auth/refresh").then();
    }

    private static ValidatableResponse me(String accessToken) {
        return given().auth().oauth2(accessToken).get("/api/v1/me").then();
    }

    private static ValidatableResponse changePassword(String accessToken, String current, String next) {
        return given().auth().oauth2(accessToken).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", current, "newPassword", next)).post("/api/v1/me/password").then();
    }

    private void moveClock(Duration by) {
        Instant next = clock.instant().plus(by);
        clock.set(Clock.fixed(next, AppClock.ZONE));
    }

    private Map<String, Object> userOf(String manager, String accessToken) {
        int id = me(accessToken).statusCode(200).extract().path("id");
        return Api.as(manager).get("/api/v1/users/" + id).then().statusCode(200).extract().as(Map.class);
    }

    @Test
    void changingOrResettingAPasswordEndsEverySession() {
        String user = world.user(tree.schoolA(), "SCHOOL");
        var first = login(user, World.PASSWORD).statusCode(200).extract();
        var second = login(user, World.PASSWORD).statusCode(200).extract();
        changePassword(first.path("accessToken"), World.PASSWORD, "Changed#2026a").statusCode(204);
        // both sessions are over: the access tokens are refused, the refresh tokens revoked
        me(first.path("accessToken")).statusCode(401);
        me(second.path("accessToken")).statusCode(401);
        refresh(first.path("refreshToken")).statusCode(401);
        refresh(second.path("refreshToken")).statusCode(401);
        var third = login(user, "Changed#2026a").statusCode(200).body("mustChangePassword", equalTo(false)).extract();
        Map<String, Object> account = userOf(tree.countyAOffice(), third.path("accessToken"));
        Api.as(tree.countyAOffice()).body(Map.of("newPassword", "Reset#2026ab")).post("/api/v1/users/" + account.get("id") + "/password")
                .then().statusCode(204);
        me(third.path("accessToken")).statusCode(401);
        refresh(third.path("refreshToken")).statusCode(401).body("code", equalTo("INVALID_REFRESH_TOKEN"));
    }

    @Test
    void deactivationAndRoleOrOrganisationChangesEndTheSessions() {
        String user = world.user(tree.countyA(), "VIEWER");
        var session = login(user, World.PASSWORD).statusCode(200).extract();
        Map<String, Object> account = userOf(tree.cityOffice(), session.path("accessToken"));
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", "只改名字");
        body.put("roles", List.of("VIEWER"));
        body.put("organizationId", tree.countyA());
        body.put("active", true);
        body.put("version", account.get("version"));
        int version = Api.as(tree.cityOffice()).body(body).put("/api/v1/users/" + account.get("id")).then().statusCode(200)
                .extract().path("version");
        // a new display name leaves the session alone
        me(session.path("accessToken")).statusCode(200);

        body.put("organizationId", tree.countyB());
        body.put("version", version);
        version = Api.as(tree.cityOffice()).body(body).put("/api/v1/users/" + account.get("id")).then().statusCode(200)
                .extract().path("version");
        me(session.path("accessToken")).statusCode(401);
        refresh(session.path("refreshToken")).statusCode(401);

        var again = login(user, World.PASSWORD).statusCode(200).extract();
        body.put("roles", List.of("VIEWER", "SUPERVISOR"));
        body.put("version", version);
        version = Api.as(tree.cityOffice()).body(body).put("/api/v1/users/" + account.get("id")).then().statusCode(200)
                .extract().path("version");
        refresh(again.path("refreshToken")).statusCode(401);

        var last = login(user, World.PASSWORD).statusCode(200).extract();
        body.put("active", false);
        body.put("version", version);
        Api.as(tree.cityOffice()).body(body).put("/api/v1/users/" + account.get("id")).then().statusCode(200);
        me(last.path("accessToken")).statusCode(401);
        refresh(last.path("refreshToken")).statusCode(401);
    }

    @Test
    void aSessionEndsSevenDaysAfterSignInHoweverOftenItIsRefreshed() {
        String token = login(tree.supervisorA(), World.PASSWORD).statusCode(200).extract().path("refreshToken");
        // used every 7 hours, within the 8-hour idle window, for 6 days and 17 hours, then once more 5 hours later
        for (int i = 0; i < 23; i++) {
            moveClock(Duration.ofHours(7));
            token = refresh(token).statusCode(200).extract().path("refreshToken");
        }
        moveClock(Duration.ofHours(5));
        token = refresh(token).statusCode(200).extract().path("refreshToken");
        // 3 hours later, within the idle window but past 7 days since sign-in
        moveClock(Duration.ofHours(3));
        refresh(token).statusCode(401).body("code", equalTo("INVALID_REFRESH_TOKEN"));
        // idle for more than 8 hours ends it too
        String idle = login(tree.supervisorA(), World.PASSWORD).statusCode(200).extract().path("refreshToken");
        moveClock(Duration.ofHours(9));
        refresh(idle).statusCode(401);
    }

    @Test
    void passwordsNeedThreeKindsOfCharactersAndMayNotRepeatTheLastFive() {
        String user = world.user(tree.schoolA(), "SCHOOL");
        String token = login(user, World.PASSWORD).statusCode(200).extract().path("accessToken");
        changePassword(token, World.PASSWORD, "onlylowercase12").statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));
        changePassword(token, World.PASSWORD, "ABCDEFGH12").statusCode(400);
        changePassword(token, World.PASSWORD, World.PASSWORD).statusCode(400).body("errors[0].field", equalTo("newPassword"));
        String current = World.PASSWORD;
        List<String> next = List.of("Second#2026", "Third#2026", "Fourth#2026", "Fifth#2026", "Sixth#2026");
        for (String password : next) {
            changePassword(token, current, password).statusCode(204);
            current = password;
            token = login(user, current).statusCode(200).extract().path("accessToken");
        }
        // the last five (Second … Sixth) are refused; the one before them is allowed again
        changePassword(token, current, "Third#2026").statusCode(400).body("errors[0].field", equalTo("newPassword"));
        changePassword(token, current, "Second#2026").statusCode(400);
        changePassword(token, current, World.PASSWORD).statusCode(204);
    }

    @Test
    void aGeneratedOrResetPasswordMustBeChangedBeforeAnythingElse() {
        String name = tree.tag() + "_fresh";
        Api.as(tree.countyAOffice()).body(Map.of("username", name, "displayName", "新教师", "password", "Given#2026x",
                "roles", List.of("SCHOOL"), "organizationId", tree.schoolA())).post("/api/v1/users").then().statusCode(201)
                .body("mustChangePassword", equalTo(true));
        var session = login(name, "Given#2026x").statusCode(200).body("mustChangePassword", equalTo(true)).extract();
        String access = session.path("accessToken");
        me(access).statusCode(200).body("mustChangePassword", equalTo(true));
        given().auth().oauth2(access).get("/api/v1/tasks").then().statusCode(403).body("code", equalTo("PASSWORD_CHANGE_REQUIRED"));
        given().auth().oauth2(access).get("/api/v1/organizations/tree").then().statusCode(403)
                .body("code", equalTo("PASSWORD_CHANGE_REQUIRED"));
        // sign-out still works
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", session.path("refreshToken")))
                .post("/api/v1/auth/logout").then().statusCode(204);
        access = login(name, "Given#2026x").statusCode(200).extract().path("accessToken");
        changePassword(access, "Given#2026x", "Mine#2026abc").statusCode(204);
        access = login(name, "Mine#2026abc").statusCode(200).body("mustChangePassword", equalTo(false)).extract().path("accessToken");
        me(access).statusCode(200).body("mustChangePassword", equalTo(false));
        given().auth().oauth2(access).get("/api/v1/tasks").then().statusCode(200);
    }

    @Test
    void theFailureCountStartsAgainWhenTheLockExpires() {
        for (int i = 0; i < 5; i++) {
            login(tree.viewer(), "wrong-" + i).statusCode(401);
        }
        login(tree.viewer(), World.PASSWORD).statusCode(429);
        moveClock(Duration.ofMinutes(5).plusSeconds(1));
        // one more wrong try after the lock: counted as the first of a new series, no new lock
        login(tree.viewer(), "wrong-again").statusCode(401);
        login(tree.viewer(), World.PASSWORD).statusCode(200);
    }

    @Test
    void aWrongTryEveryFewMinutesCannotKeepAnAccountLocked() {
        String admin = tree.admin();
        for (int i = 0; i < 4; i++) {
            login(admin, "wrong").statusCode(401);
        }
        // failures older than 15 minutes are forgotten
        moveClock(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            login(admin, "wrong").statusCode(401);
        }
        login(admin, World.PASSWORD).statusCode(200);
        // an attacker who locked the account and then tries every 5 minutes does not keep its owner out
        for (int i = 0; i < 5; i++) {
            login(admin, "wrong").statusCode(401);
        }
        login(admin, World.PASSWORD).statusCode(429);
        for (int round = 0; round < 6; round++) {
            moveClock(Duration.ofMinutes(5).plusSeconds(1));
            login(admin, "wrong-" + round).statusCode(401);
            moveClock(Duration.ofMinutes(1));
            login(admin, World.PASSWORD).statusCode(200);
        }
    }

    @Test
    void forwardedForIsBelievedOnlyFromTrustedProxies() {
        rateLimiter.configure(true, 0.001, 2);
        // the test client connects from 127.0.0.1, not a trusted proxy: the header is ignored, one bucket for all
        for (int i = 0; i < 2; i++) {
            given().header("X-Forwarded-For", "203.0.113." + (10 + i)).get("/api/v1/public/instance").then().statusCode(200);
        }
        given().header("X-Forwarded-For", "203.0.113.99").get("/api/v1/public/instance").then().statusCode(429);
        // behind a trusted proxy, each forwarded client has its own bucket
        rateLimiter.configure(true, 0.001, 2);
        clientAddress.trust("127.0.0.1, ::1");
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", "198.51.100." + (20 + i) + ", 127.0.0.1").get("/api/v1/public/instance").then()
                    .statusCode(200);
        }
    }
}
