package io.dudao.common;

import io.dudao.common.db.Sql;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The caller behind a token is resolved once and then served from memory, until something it is made
 * of changes: through this replica's API (seen at once) or anywhere else (the database notifies).
 */
@QuarkusTest
class CallerCacheTest {

    @Inject
    World world;

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    @Inject
    Sql sql;

    @Test
    void aKnownCallerCostsNoQuery() {
        World.Tree tree = world.create();
        Api.as(tree.countyAOffice()).get("/api/v1/me").then().statusCode(200);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { // the fewest of three: a scheduler job may run meanwhile
            stats.setStatisticsEnabled(true);
            stats.clear();
            long before = sql.statementCount();
            try {
                Api.as(tree.countyAOffice()).get("/api/v1/me").then().statusCode(200)
                        .body("organization.id", equalTo((int) tree.countyA()));
                fewest = Math.min(fewest, stats.getPrepareStatementCount() + sql.statementCount() - before);
            } finally {
                stats.setStatisticsEnabled(false);
            }
        }
        assertEquals(0, fewest, "GET /me of a caller already resolved");
    }

    @Test
    void aRoleChangeMadeOutsideThisReplicaArrives() {
        World.Tree tree = world.create();
        String user = world.user(tree.schoolA(), "SCHOOL");
        Api.as(user).get("/api/v1/me").then().statusCode(200).body("roles", contains("SCHOOL"));
        // what another replica (or psql) does: no entity of this JVM is involved
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update app_user set roles = 'VIEWER' where username = ?1").setParameter(1, user).executeUpdate());
        assertTrue(eventually(() -> Api.as(user).get("/api/v1/me").then().statusCode(200).extract()
                .<List<String>>path("roles").equals(List.of("VIEWER"))), "the new role is seen");
    }

    @Test
    void anAccountDeactivatedElsewhereIsRefused() {
        World.Tree tree = world.create();
        String user = world.user(tree.schoolA(), "SCHOOL");
        Api.as(user).get("/api/v1/me").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update app_user set active = false where username = ?1").setParameter(1, user).executeUpdate());
        assertTrue(eventually(() -> Api.as(user).get("/api/v1/me").statusCode() == 401), "the token no longer works");
    }

    @Test
    void aSessionEndedElsewhereEndsTheCachedCaller() {
        World.Tree tree = world.create();
        String user = world.user(tree.schoolA(), "SCHOOL");
        Api.as(user).get("/api/v1/me").then().statusCode(200);
        // what a password reset on another replica does to the row: the token's session version is now old
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update app_user set session_version = session_version + 1 where username = ?1").setParameter(1, user)
                .executeUpdate());
        assertTrue(eventually(() -> Api.as(user).get("/api/v1/me").statusCode() == 401), "the old token no longer works");
    }

    @Test
    void aPasswordChangeRequiredElsewhereIsEnforcedOnTheCachedCaller() {
        World.Tree tree = world.create();
        String user = world.user(tree.schoolA(), "SCHOOL");
        Api.as(user).get("/api/v1/tasks").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update app_user set must_change_password = true where username = ?1").setParameter(1, user).executeUpdate());
        assertTrue(eventually(() -> Api.as(user).get("/api/v1/tasks").statusCode() == 403), "only the password change is left");
        Api.as(user).get("/api/v1/tasks").then().body("code", equalTo("PASSWORD_CHANGE_REQUIRED"));
        Api.as(user).get("/api/v1/me").then().statusCode(200).body("mustChangePassword", equalTo(true));
    }

    @Test
    void aMovedOrganisationMovesItsUsersVisibility() {
        World.Tree tree = world.create();
        String user = world.user(tree.zoneA(), "SUPERVISOR");
        Api.as(user).get("/api/v1/organizations/" + tree.countyA()).then().statusCode(200); // its county
        Api.as(user).get("/api/v1/organizations/" + tree.countyB()).then().statusCode(404);
        // the zone and its school move under county B (paths changed by SQL, as another replica would):
        // the supervisor's own organisation is the same, its place in the tree is not
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                            update organization z set path = b.path || substr(z.path, length(a.path) + 1)
                            from organization a, organization b
                            where a.id = ?1 and b.id = ?2 and z.path like a.path || '%' and z.id <> a.id""")
                    .setParameter(1, tree.countyA()).setParameter(2, tree.countyB()).executeUpdate();
            em.createNativeQuery("update organization set parent_id = ?1 where id = ?2")
                    .setParameter(1, tree.countyB()).setParameter(2, tree.zoneA()).executeUpdate();
        });
        assertTrue(eventually(() -> Api.as(user).get("/api/v1/organizations/" + tree.countyB()).statusCode() == 200
                && Api.as(user).get("/api/v1/organizations/" + tree.countyA()).statusCode() == 404), "visibility follows the new path");
    }

    /** Up to five seconds for a notification to arrive (it usually takes a millisecond). */
    private static boolean eventually(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
