package io.dudao.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Map;

@Schema(name = "AuditEvent", description = "One recorded change or sign-in")
public record AuditEventResponse(
        @Schema(required = true) long id,
        @Schema(required = true) OffsetDateTime occurredAt,
        @Schema(description = "Username of whoever acted, or `system`") String actor,
        @Schema(required = true, description = "CREATE, UPDATE, DELETE, LOGIN, LOGIN_FAILED, LOGOUT, PASSWORD_CHANGE, ...") String action,
        @Schema(required = true, description = "ORGANIZATION, USER, ...") String entityType,
        String entityId,
        String summary,
        @Schema(description = "before/after values of the changed fields, or other context") Map<String, Object> details) {

    static AuditEventResponse of(AuditEvent e) {
        return new AuditEventResponse(e.id, e.occurredAt, e.actor, e.action, e.entityType, e.entityId, e.summary, e.details);
    }
}
