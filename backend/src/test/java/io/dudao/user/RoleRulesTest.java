package io.dudao.user;

import io.dudao.common.security.AdminMode;
import io.dudao.demo.Startup;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Roles fit the organisation, nobody raises their own rights, offices never manage their peers. */
@QuarkusTest
class RoleRulesTest {

    static final String USERS = "/api/v1/users";

    @Inject
    World world;

    @Inject
    RoleFitCheck roleFitCheck;

    @Inject
    AdminMode adminMode;

    @Inject
    Startup startup;

    @Inject
    EntityManager em;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private static Map<String, Object> account(String username, long orgId, String... roles) {
        return Map.of("username", username, "displayName", "账号 " + username, "password", "Passw0rd!x",
                "roles", List.of(roles), "organizationId", orgId);
    }

    private static Map<String, Object> update(Map<String, Object> user, List<String> roles, long orgId) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", user.get("displayName"));
        body.put("roles", roles);
        body.put("organizationId", orgId);
        body.put("active", true);
        body.put("version", user.get("version"));
        return body;
    }

    private Map<String, Object> userOf(String asWhom, String username) {
        int id = Api.as(username).get("/api/v1/me").then().extract().path("id");
        return Api.as(asWhom).get(USERS + "/" + id).then().statusCode(200).extract().as(Map.class);
    }

    @Test
    void aCountyOfficeCannotMakeItselfACityOffice() {
        Map<String, Object> self = Api.as(tree.countyAOffice()).get(USERS + "/"
                + Api.as(tree.countyAOffice()).get("/api/v1/me").then().extract().path("id")).then().statusCode(200)
                .extract().as(Map.class);
        Api.as(tree.countyAOffice()).body(update(self, List.of("COUNTY_OFFICE", "CITY_OFFICE"), tree.countyA()))
                .put(USERS + "/" + self.get("id")).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        // nor move itself to the city
        Api.as(tree.countyAOffice()).body(update(self, List.of("COUNTY_OFFICE"), tree.city()))
                .put(USERS + "/" + self.get("id")).then().statusCode(403);
        Api.as(tree.countyAOffice()).get("/api/v1/me").then().body("roles", equalTo(List.of("COUNTY_OFFICE")))
                .body("organization.id", equalTo((int) tree.countyA()));
        // its own display name it may change
        Map<String, Object> rename = update(self, List.of("COUNTY_OFFICE"), tree.countyA());
        rename.put("displayName", "蒲城县教督办 张干事（改名）");
        Api.as(tree.countyAOffice()).body(rename).put(USERS + "/" + self.get("id")).then().statusCode(200)
                .body("displayName", equalTo("蒲城县教督办 张干事（改名）"));
    }

    @Test
    void rolesMustFitTheOrganisationType() {
        Api.as(tree.admin()).body(account(tree.tag() + "_c1", tree.countyA(), "CITY_OFFICE")).post(USERS).then()
                .statusCode(400).body("errors[0].field", equalTo("roles")).body("errors[0].message", containsString("CITY_OFFICE"));
        Api.as(tree.admin()).body(account(tree.tag() + "_c2", tree.schoolA(), "COUNTY_OFFICE")).post(USERS).then()
                .statusCode(400).body("errors[0].field", equalTo("roles"));
        Api.as(tree.admin()).body(account(tree.tag() + "_c3", tree.zoneA(), "VIEWER")).post(USERS).then()
                .statusCode(400).body("errors[0].field", equalTo("roles"));
        Api.as(tree.admin()).body(account(tree.tag() + "_c4", tree.countyA(), "SCHOOL")).post(USERS).then()
                .statusCode(400).body("errors[0].field", equalTo("roles"));
        Api.as(tree.admin()).body(account(tree.tag() + "_p", tree.province(), "PROVINCE_OFFICE")).post(USERS).then().statusCode(201);
        Api.as(tree.countyAOffice()).body(account(tree.tag() + "_s", tree.schoolA(), "SCHOOL", "EXPERT")).post(USERS).then()
                .statusCode(201).body("roleMisfits", empty());
        Api.as(tree.countyAOffice()).body(account(tree.tag() + "_sup", tree.schoolA(), "SUPERVISOR")).post(USERS).then()
                .statusCode(201);
        int department = Api.as(tree.admin()).body(Map.of("code", tree.tag() + "-CZJ", "name", "渭南市财政局" + tree.tag(),
                "type", "DEPARTMENT", "parentId", tree.city())).post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        Api.as(tree.cityOffice()).body(account(tree.tag() + "_dep", department, "DEPARTMENT")).post(USERS).then().statusCode(201);
        Api.as(tree.cityOffice()).body(account(tree.tag() + "_dep2", tree.countyA(), "DEPARTMENT")).post(USERS).then()
                .statusCode(400).body("errors[0].field", equalTo("roles"));
    }

    @Test
    void anOfficeGrantsOnlyRolesBelowItsOwnAndNeverManagesItsPeers() {
        // a city office cannot create another city office account, nor a province one
        Api.as(tree.cityOffice()).body(account(tree.tag() + "_city2", tree.city(), "CITY_OFFICE")).post(USERS).then()
                .statusCode(403).body("errors[0].field", equalTo("roles"));
        Api.as(tree.countyAOffice()).body(account(tree.tag() + "_cty", tree.countyA(), "COUNTY_OFFICE")).post(USERS).then()
                .statusCode(403).body("errors[0].field", equalTo("roles"));
        // a peer account of the same level: readable in the list, but not changed nor reset
        String peer = world.user(tree.countyA(), "COUNTY_OFFICE");
        Map<String, Object> peerUser = userOf(tree.countyAOffice(), peer);
        Api.as(tree.countyAOffice()).body(update(peerUser, List.of("VIEWER"), tree.countyA())).put(USERS + "/" + peerUser.get("id"))
                .then().statusCode(403);
        Api.as(tree.countyAOffice()).body(Map.of("newPassword", "Reset#2026x")).post(USERS + "/" + peerUser.get("id") + "/password")
                .then().statusCode(403);
        // the city above manages it
        Api.as(tree.cityOffice()).body(update(peerUser, List.of("VIEWER"), tree.countyA())).put(USERS + "/" + peerUser.get("id"))
                .then().statusCode(200).body("roles", equalTo(List.of("VIEWER")));
        // nobody resets their own password through the account administration
        Map<String, Object> self = userOf(tree.cityOffice(), tree.cityOffice());
        Api.as(tree.cityOffice()).body(Map.of("newPassword", "Reset#2026x")).post(USERS + "/" + self.get("id") + "/password")
                .then().statusCode(403);
    }

    @Test
    void theStartupCheckFlagsMisfitAccountsAndTheListShowsThem() {
        String misfit = world.user(tree.countyA(), "CITY_OFFICE");
        List<RoleFitCheck.Misfit> found = roleFitCheck.findMisfits();
        assertTrue(found.stream().anyMatch(m -> m.username().equals(misfit) && m.roles().equals(List.of(
                io.dudao.common.security.Role.CITY_OFFICE))), found.toString());
        assertTrue(found.stream().noneMatch(m -> m.username().equals(tree.countyAOffice())));
        Api.as(tree.admin()).get(USERS + "?size=200&organizationId=" + tree.countyA()).then().statusCode(200)
                .body("items.find { it.username == '" + misfit + "' }.roleMisfits", equalTo(List.of("CITY_OFFICE")))
                .body("items.find { it.username == '" + tree.countyAOffice() + "' }.roleMisfits", empty());
    }

    @Test
    void separatedAdministratorsEachHoldOnePartOfAdminsPower() {
        // without the switch the three roles do not exist
        Api.as(tree.admin()).body(account(tree.tag() + "_sys0", tree.province(), "SYSTEM_ADMIN")).post(USERS).then()
                .statusCode(400).body("errors[0].field", equalTo("roles"));
        String system = world.user(tree.province(), "SYSTEM_ADMIN");
        String security = world.user(tree.province(), "SECURITY_ADMIN");
        String auditor = world.user(tree.province(), "AUDIT_ADMIN");
        adminMode.set(true);
        try {
            Map<String, Object> org = Map.of("code", tree.tag() + "-GXQ", "name", "高新区" + tree.tag(), "type", "COUNTY",
                    "parentId", tree.city());
            Api.as(system).body(org).post("/api/v1/organizations").then().statusCode(201);
            Api.as(system).get(USERS).then().statusCode(403);
            Api.as(system).get("/api/v1/audit-events").then().statusCode(403);
            Api.as(system).get("/api/v1/tasks").then().statusCode(403);

            Api.as(security).body(account(tree.tag() + "_new", tree.countyA(), "COUNTY_OFFICE")).post(USERS).then().statusCode(201);
            Api.as(security).body(account(tree.tag() + "_aud", tree.province(), "AUDIT_ADMIN", "VIEWER")).post(USERS).then()
                    .statusCode(400).body("errors[0].field", equalTo("roles"));
            Api.as(security).body(account(tree.tag() + "_adm", tree.province(), "ADMIN")).post(USERS).then()
                    .statusCode(400).body("errors[0].field", equalTo("roles"));
            Api.as(security).body(Map.of("code", tree.tag() + "-JKQ", "name", "经开区", "type", "COUNTY", "parentId", tree.city()))
                    .post("/api/v1/organizations").then().statusCode(403);
            Api.as(security).get("/api/v1/audit-events").then().statusCode(403);

            Api.as(auditor).get("/api/v1/audit-events?size=50&entityType=USER").then().statusCode(200)
                    .body("items.summary", hasItem(containsString(tree.tag() + "_new")));
            Api.as(auditor).body(account(tree.tag() + "_x", tree.countyA(), "VIEWER")).post(USERS).then().statusCode(403);
            Api.as(auditor).get("/api/v1/plans").then().statusCode(403);

            // ADMIN is not a role in this mode: the account keeps nothing but itself
            Api.as(tree.admin()).get("/api/v1/me").then().statusCode(200).body("roles", empty());
            Api.as(tree.admin()).get(USERS).then().statusCode(403);
            Api.as(tree.admin()).get("/api/v1/audit-events").then().statusCode(403);
        } finally {
            adminMode.set(false);
        }
    }

    @Test
    void aFirstStartWithSeparatedAdministratorsCreatesOneAccountForEachRole() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update app_user set active = false where roles in ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN')")
                    .executeUpdate();
            em.createNativeQuery("delete from app_user where username in ('sysadmin', 'secadmin', 'auditadmin')").executeUpdate();
        });
        adminMode.set(true);
        try {
            QuarkusTransaction.requiringNew().run(() -> startup.createSeparatedAdminsIfMissing());
        } finally {
            adminMode.set(false);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select username, roles, must_change_password from app_user
                where username in ('sysadmin', 'secadmin', 'auditadmin') order by username""").getResultList());
        assertEquals(3, rows.size());
        assertEquals("AUDIT_ADMIN", rows.get(0)[1]);
        assertEquals("SECURITY_ADMIN", rows.get(1)[1]);
        assertEquals("SYSTEM_ADMIN", rows.get(2)[1]);
        rows.forEach(r -> assertEquals(Boolean.TRUE, r[2]));
    }
}
