package io.dudao.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/** Fired synchronously, inside the writing transaction, for every audit event. */
public record AuditRecorded(long id, String action, String entityType, String entityId, String ownerOrgPath,
                            String actor, String summary, Map<String, Object> details, OffsetDateTime occurredAt) {
}
