package io.dudao.audit;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class AuditTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    @Test
    void changesAndSignInsAreRecordedAndScopedToTheSubtree() {
        String clerk = tree.tag() + "_clerk";
        int id = Api.as(tree.countyAOffice()).body(Map.of("username", clerk, "displayName", "书记员",
                        "password", "Passw0rd!x", "roles", List.of("SCHOOL"), "organizationId", tree.schoolA()))
                .post("/api/v1/users").then().statusCode(201).extract().path("id");
        Api.anonymous().body(Map.of("username", clerk, "password", "wrong-password")).post("/api/v1/auth/login")
                .then().statusCode(401);
        Api.login(clerk, "Passw0rd!x");
        Api.login(tree.countyBOffice(), World.PASSWORD);

        Api.as(tree.countyAOffice()).get("/api/v1/audit-events?entityType=USER&entityId=" + id + "&sort=id,asc")
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "LOGIN_FAILED", "LOGIN")))
                .body("items[0].actor", equalTo(tree.countyAOffice()))
                .body("items[0].details.username", equalTo(clerk));
        // county B's sign-in is outside county A's subtree
        Api.as(tree.countyAOffice()).get("/api/v1/audit-events?actor=" + tree.countyBOffice()).then().statusCode(200)
                .body("total", equalTo(0));
        Api.as(tree.cityOffice()).get("/api/v1/audit-events?actor=" + tree.countyBOffice()).then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1)).body("items.action", hasItem("LOGIN"));
        Api.as(tree.admin()).get("/api/v1/audit-events?size=200&actor=" + clerk).then().statusCode(200)
                .body("items.action", hasItems("LOGIN_FAILED", "LOGIN"));
    }

    @Test
    void timeFiltersAndRoles() {
        Api.login(tree.countyAOffice(), World.PASSWORD);
        String future = OffsetDateTime.now().plusDays(1).toString();
        Api.as(tree.cityOffice()).queryParam("from", future).queryParam("actor", tree.countyAOffice())
                .get("/api/v1/audit-events").then().statusCode(200).body("total", equalTo(0));
        Api.as(tree.cityOffice()).queryParam("to", future).queryParam("actor", tree.countyAOffice())
                .get("/api/v1/audit-events").then().statusCode(200).body("items.action", hasItem("LOGIN"));
        Api.as(tree.cityOffice()).get("/api/v1/audit-events?from=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.as(tree.supervisorA()).get("/api/v1/audit-events").then().statusCode(403);
        Api.as(tree.viewer()).get("/api/v1/audit-events").then().statusCode(403)
                .body("code", not(equalTo(null)));
    }
}
