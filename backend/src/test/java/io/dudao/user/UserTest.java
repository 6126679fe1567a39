package io.dudao.user;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class UserTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private Map<String, Object> newUser(String username, long orgId, String... roles) {
        return Map.of("username", username, "displayName", "新用户 " + username, "password", "Passw0rd!x",
                "roles", List.of(roles), "organizationId", orgId);
    }

    @Test
    void aCountyOfficeManagesUsersInsideItsSubtreeOnly() {
        String name = tree.tag() + "_zone_clerk";
        int id = Api.as(tree.countyAOffice()).body(newUser(name, tree.zoneA(), "SUPERVISOR"))
                .post("/api/v1/users").then().statusCode(201)
                .header("Location", containsString("/api/v1/users/"))
                .body("username", equalTo(name)).body("organizationId", equalTo((int) tree.zoneA()))
                .body("organizationName", containsString("蒲城县第一责任区"))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")))
                .extract().path("id");
        Api.login(name, "Passw0rd!x");

        // outside its subtree: creating there is refused, reading there answers 404
        Api.as(tree.countyAOffice()).body(newUser(tree.tag() + "_x", tree.countyB(), "COUNTY_OFFICE"))
                .post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("organizationId"));
        int fupingId = Api.as(tree.countyBOffice()).get("/api/v1/me").then().extract().path("id");
        Api.as(tree.countyAOffice()).get("/api/v1/users/" + fupingId).then().statusCode(404);
        Api.as(tree.countyAOffice()).get("/api/v1/users?size=200").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.username", not(hasItem(tree.countyBOffice())))
                .body("items.username", not(hasItem(tree.cityOffice())));
        Api.as(tree.cityOffice()).get("/api/v1/users?size=200&q=" + tree.tag()).then().statusCode(200)
                .body("items.username", hasItems(tree.countyAOffice(), tree.countyBOffice(), name));
    }

    @Test
    void onlyAdminsGrantAdminOrTouchAdmins() {
        Api.as(tree.cityOffice()).body(newUser(tree.tag() + "_boss", tree.city(), "ADMIN"))
                .post("/api/v1/users").then().statusCode(403).body("errors[0].field", equalTo("roles"));
        int adminId = Api.as(tree.admin()).get("/api/v1/me").then().extract().path("id");
        Api.as(tree.cityOffice()).get("/api/v1/users/" + adminId).then().statusCode(403);
        Api.as(tree.admin()).body(newUser(tree.tag() + "_boss", tree.city(), "ADMIN"))
                .post("/api/v1/users").then().statusCode(201).body("roles", hasItem("ADMIN"));
    }

    @Test
    void otherRolesCannotManageUsers() {
        Api.as(tree.supervisorA()).get("/api/v1/users").then().statusCode(403).contentType("application/problem+json");
        Api.as(tree.viewer()).body(newUser(tree.tag() + "_v", tree.city(), "VIEWER")).post("/api/v1/users")
                .then().statusCode(403);
        Api.as(tree.schoolAUser()).get("/api/v1/users").then().statusCode(403);
    }

    @Test
    void usernamesAreUniqueAndPasswordsFollowThePolicy() {
        Api.as(tree.admin()).body(newUser(tree.countyAOffice(), tree.countyA(), "VIEWER")).post("/api/v1/users")
                .then().statusCode(409).body("code", equalTo("USERNAME_TAKEN"));
        Map<String, Object> sameAsName = Map.of("username", tree.tag() + "password1", "displayName", "x",
                "password", tree.tag() + "password1", "roles", List.of("VIEWER"), "organizationId", tree.city());
        Api.as(tree.admin()).body(sameAsName).post("/api/v1/users").then().statusCode(400)
                .body("errors[0].field", equalTo("password"));
        Map<String, Object> shortPassword = Map.of("username", tree.tag() + "_s", "displayName", "x",
                "password", "short", "roles", List.of("VIEWER"), "organizationId", tree.city());
        Api.as(tree.admin()).body(shortPassword).post("/api/v1/users").then().statusCode(400)
                .body("errors.field", hasItem("password"));
        Api.as(tree.admin()).body(Map.of("username", tree.tag() + "_r", "displayName", "x", "password", "Passw0rd!x",
                        "roles", List.of("KING"), "organizationId", tree.city()))
                .post("/api/v1/users").then().statusCode(400);
    }

    @Test
    void updatesUseVersionsAndPasswordResetsWork() {
        var created = Api.as(tree.cityOffice()).body(newUser(tree.tag() + "_u", tree.countyB(), "COUNTY_OFFICE"))
                .post("/api/v1/users").then().statusCode(201).extract();
        int id = created.path("id");
        int version = created.path("version");
        Map<String, Object> update = Map.of("displayName", "改名", "roles", List.of("VIEWER"),
                "organizationId", tree.countyB(), "active", true, "version", version);
        Api.as(tree.cityOffice()).body(update).put("/api/v1/users/" + id).then().statusCode(200)
                .header("ETag", notNullValue()).body("displayName", equalTo("改名")).body("roles", equalTo(List.of("VIEWER")));
        Api.as(tree.cityOffice()).body(update).put("/api/v1/users/" + id).then().statusCode(409)
                .body("code", equalTo("VERSION_CONFLICT"));
        Api.as(tree.cityOffice()).header("If-Match", "\"0\"").body(update).put("/api/v1/users/" + id).then()
                .statusCode(412);

        Api.as(tree.cityOffice()).body(Map.of("newPassword", "Another#2024")).post("/api/v1/users/" + id + "/password")
                .then().statusCode(204);
        Api.login(tree.tag() + "_u", "Another#2024");

        // deactivated accounts cannot sign in
        int current = Api.as(tree.cityOffice()).get("/api/v1/users/" + id).then().extract().path("version");
        Api.as(tree.cityOffice()).body(Map.of("displayName", "改名", "roles", List.of("VIEWER"),
                        "organizationId", tree.countyB(), "active", false, "version", current))
                .put("/api/v1/users/" + id).then().statusCode(200).body("active", equalTo(false));
        Api.anonymous().body(Map.of("username", tree.tag() + "_u", "password", "Another#2024"))
                .post("/api/v1/auth/login").then().statusCode(401);
    }

    @Test
    void meAndOwnPasswordChange() {
        Api.as(tree.supervisorA()).get("/api/v1/me").then().statusCode(200)
                .body("roles", equalTo(List.of("SUPERVISOR")))
                .body("organization.id", equalTo((int) tree.zoneA()))
                .body("organization.name", containsString("责任区"));
        Api.as(tree.supervisorA()).body(Map.of("currentPassword", "wrong-one", "newPassword", "NewSecret#1"))
                .post("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        Api.as(tree.supervisorA()).body(Map.of("currentPassword", World.PASSWORD, "newPassword", tree.supervisorA()))
                .post("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        Api.as(tree.supervisorA()).body(Map.of("currentPassword", World.PASSWORD, "newPassword", "short"))
                .post("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        Api.as(tree.supervisorA()).body(Map.of("currentPassword", World.PASSWORD, "newPassword", "NewSecret#1"))
                .post("/api/v1/me/password").then().statusCode(204);
        Api.login(tree.supervisorA(), "NewSecret#1");
    }
}
