package io.dudao.audit;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit trail is append-only, kept at least 180 days, and reading it leaves a trace. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    World world;

    @Inject
    EntityManager em;

    @Inject
    AuditRetention retention;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private long insertEvent(String marker, int daysAgo) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary)
                        values (?1, 'system', 'TEST', 'RETENTION_TEST', ?2, '保存期限测试') returning id""")
                .setParameter(1, OffsetDateTime.now().minusDays(daysAgo)).setParameter(2, marker).getSingleResult()).longValue());
    }

    private long count(String marker) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where entity_type = 'RETENTION_TEST' and entity_id = ?1")
                .setParameter(1, marker).getSingleResult()).longValue());
    }

    private void sql(String statement, Object parameter) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            if (parameter != null) {
                query.setParameter(1, parameter);
            }
            query.executeUpdate();
        });
    }

    @Test
    void auditEventsCannotBeChangedOrDeletedNotEvenOldOnes() {
        long recent = insertEvent(tree.tag(), 1);
        long old = insertEvent(tree.tag(), 400);
        assertThrows(Exception.class, () -> sql("update audit_event set summary = '篡改' where id = ?1", recent));
        assertThrows(Exception.class, () -> sql("delete from audit_event where id = ?1", recent));
        assertThrows(Exception.class, () -> sql("delete from audit_event where id = ?1", old));
        assertThrows(Exception.class, () -> sql("truncate audit_event", null));
        assertEquals(2, count(tree.tag()));
        // and no API offers it: the audit log is read-only
        Api.as(tree.admin()).delete("/api/v1/audit-events").then().statusCode(405);
    }

    @Test
    void theRetentionPurgeRemovesOnlyEventsOlderThanTheRetentionPeriod() {
        assertTrue(retention.retentionDays() >= AuditRetention.MINIMUM_DAYS);
        String marker = tree.tag() + "-r";
        insertEvent(marker, 100);
        insertEvent(marker, 179);
        insertEvent(marker, retention.retentionDays() + 1);
        insertEvent(marker, 900);
        assertTrue(retention.purge() >= 2);
        assertEquals(2, count(marker));
        Api.as(tree.admin()).get("/api/v1/audit-events?entityType=AUDIT_LOG&size=50").then().statusCode(200)
                .body("items.action", hasItem("AUDIT_PURGE"));
    }

    @Test
    void readingTheAuditLogIsItselfAudited() {
        Api.as(tree.countyAOffice()).get("/api/v1/audit-events?entityType=USER&size=5").then().statusCode(200);
        Api.as(tree.cityOffice()).get("/api/v1/audit-events?actor=" + tree.countyAOffice() + "&entityType=AUDIT_LOG").then()
                .statusCode(200).body("items[0].action", equalTo("AUDIT_READ"))
                .body("items[0].details.entityType", equalTo("USER"));
        // reading is not a change: the change feed leaves it out
        List<String> types = Api.as(tree.countyAOffice()).get("/api/v1/events?limit=500").then().statusCode(200)
                .extract().path("items.type");
        assertTrue(types.stream().noneMatch(t -> t.startsWith("audit_log.")), types.toString());
    }

    @Test
    void theAuditLogExportsAsASpreadsheetAndTheExportIsAudited() {
        Api.as(tree.countyAOffice()).body(java.util.Map.of("username", tree.tag() + "_exp", "displayName", "导出测试",
                "password", "Passw0rd!x", "roles", List.of("SCHOOL"), "organizationId", tree.schoolA()))
                .post("/api/v1/users").then().statusCode(201);
        String csv = Api.as(tree.countyAOffice()).accept("text/csv").get("/api/v1/audit-events?entityType=USER").then()
                .statusCode(200).extract().asString();
        assertTrue(csv.startsWith("\uFEFFid,occurredAt,actor,action,entityType,entityId,summary"), csv);
        assertTrue(csv.contains("新建用户 " + tree.tag() + "_exp"), csv);
        Api.as(tree.cityOffice()).get("/api/v1/audit-events?actor=" + tree.countyAOffice() + "&entityType=AUDIT_LOG").then()
                .statusCode(200).body("items.action", hasItem("AUDIT_EXPORT"));
        Api.as(tree.viewer()).accept("text/csv").get("/api/v1/audit-events").then().statusCode(403);
    }
}
