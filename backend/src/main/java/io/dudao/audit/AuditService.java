package io.dudao.audit;

import io.dudao.common.security.Caller;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.dudao.common.export.Column;
import io.dudao.common.export.ExportFormat;
import io.dudao.common.export.TableWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.hibernate.jpa.HibernateHints;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Writes one audit event per change, inside the caller's transaction. */
@ApplicationScoped
public class AuditService {

    static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurredAt", "id", "id");

    @Inject
    AuditRepository repository;

    @Inject
    io.dudao.common.time.AppClock clock;

    @Inject
    jakarta.enterprise.event.Event<AuditRecorded> recorded;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String entityType, Object entityId, String ownerOrgPath,
                       String summary, Map<String, Object> details) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.now();
        event.actor = actor.username();
        event.actorUserId = actor.userId();
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId == null ? null : entityId.toString();
        event.ownerOrgPath = ownerOrgPath;
        event.summary = summary == null || summary.length() <= 500 ? summary : summary.substring(0, 500);
        event.details = details;
        repository.persist(event);
        repository.flush();
        // observers (the webhook outbox) write in this same transaction: announced iff committed
        recorded.fire(new AuditRecorded(event.id, action, entityType, event.entityId, ownerOrgPath, event.actor,
                event.summary, details, event.occurredAt));
    }

    public void record(Caller caller, String action, String entityType, Object entityId, String ownerOrgPath,
                       String summary, Map<String, Object> details) {
        record(Actor.of(caller), action, entityType, entityId, ownerOrgPath, summary, details);
    }

    /** before/after snapshots for an update; only changed keys are kept. */
    public static Map<String, Object> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        after.forEach((key, value) -> {
            Object old = before.get(key);
            if (old == null ? value != null : !old.equals(value)) {
                changedBefore.put(key, old);
                changedAfter.put(key, value);
            }
        });
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", changedBefore);
        details.put("after", changedAfter);
        return details;
    }

    /** Reading the audit log is itself recorded, with the filter used. */
    @Transactional
    public PageResponse<AuditEventResponse> search(Caller caller, AuditRepository.AuditFilter filter, PageQuery page) {
        var query = repository.search(caller, filter, page);
        PageResponse<AuditEventResponse> result = new PageResponse<>(query.list().stream().map(AuditEventResponse::of).toList(),
                page.page(), page.size(), query.count());
        Map<String, Object> details = readDetails(filter);
        details.put("page", page.page());
        details.put("returned", result.items().size());
        record(caller, "AUDIT_READ", "AUDIT_LOG", null, caller.orgPath(), "查看操作日志", details);
        return result;
    }

    static final List<Column<AuditEvent>> EXPORT_COLUMNS = List.of(
            Column.of("id", "编号", e -> e.id),
            Column.of("occurredAt", "时间", e -> e.occurredAt),
            Column.of("actor", "操作人", e -> e.actor),
            Column.of("action", "操作", e -> e.action),
            Column.of("entityType", "对象类型", e -> e.entityType),
            Column.of("entityId", "对象编号", e -> e.entityId),
            Column.of("summary", "摘要", e -> e.summary));

    /** Streams the filtered audit log as CSV or .xlsx; the export is recorded before the first row. */
    public void export(Caller caller, AuditRepository.AuditFilter filter, PageQuery order, ExportFormat format, OutputStream out) {
        QuarkusTransaction.requiringNew().run(() -> record(caller, "AUDIT_EXPORT", "AUDIT_LOG", null, caller.orgPath(),
                "导出操作日志", readDetails(filter)));
        QuarkusTransaction.requiringNew().timeout(1800).run(() -> {
            try (TableWriter<AuditEvent> writer = TableWriter.open(format, EXPORT_COLUMNS, out, "操作日志");
                 Stream<AuditEvent> events = repository.search(caller, filter, order)
                         .withHint(HibernateHints.HINT_FETCH_SIZE, 500).stream()) {
                int[] count = {0};
                events.forEach(e -> {
                    writer.write(e);
                    if (++count[0] % 500 == 0) {
                        repository.getEntityManager().clear();
                    }
                });
            }
        });
    }

    private static Map<String, Object> readDetails(AuditRepository.AuditFilter filter) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("entityType", filter.entityType());
        details.put("entityId", filter.entityId());
        details.put("actor", filter.actor());
        details.put("from", filter.from() == null ? null : filter.from().toString());
        details.put("to", filter.to() == null ? null : filter.to().toString());
        details.values().removeIf(java.util.Objects::isNull);
        return details;
    }

    /** Who did it: a user, or the system itself (demo data, start-up). */
    public record Actor(Long userId, String username) {
        public static final Actor SYSTEM = new Actor(null, "system");

        public static Actor of(Caller caller) {
            // machine clients carry a negative id: they are named, not linked to a user row
            return new Actor(caller.userId() > 0 ? caller.userId() : null, caller.username());
        }
    }
}
