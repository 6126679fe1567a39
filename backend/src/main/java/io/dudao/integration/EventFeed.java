package io.dudao.integration;

import io.dudao.common.db.SqlValues;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The change feed: the audit trail of business objects, as far as it is settled. Events are ordered
 * by (writing transaction id, event id) and served only when their transaction id lies below the
 * oldest transaction still running; any event not yet served therefore sorts after every event
 * already served, so a cursor never skips a late commit nor repeats an event.
 */
@ApplicationScoped
public class EventFeed {

    static final int MAX_LIMIT = 500;

    @Inject
    EntityManager em;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Schema(name = "Event", description = "One change: type is <resource>.<verb>, e.g. task.accepted, plan.published")
    public record Event(
            @Schema(required = true, description = "Unique id of the event") long id,
            @Schema(required = true) String type,
            @Schema(required = true) OffsetDateTime occurredAt,
            @Schema(required = true) String resourceType,
            String resourceId,
            @Schema(description = "summary, actor and the changed fields") Map<String, Object> data) {
    }

    @Schema(name = "EventPage")
    public record EventPage(
            @Schema(required = true) List<Event> items,
            @Schema(required = true, description = "Pass as `after` next time (unchanged when there was nothing new)") String nextCursor) {
    }

    public EventPage read(Caller caller, String after, Integer limit) {
        long[] cursor = parseCursor(after);
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.validation("limit", "limit 须在 1 到 " + MAX_LIMIT + " 之间", "limit must be between 1 and " + MAX_LIMIT);
        }
        String sql = "select id, occurred_at, actor, action, entity_type, entity_id, summary, cast(details as text),"
                + " coalesce(txid, 0) from audit_event"
                + " where (coalesce(txid, 0) > :txid or (coalesce(txid, 0) = :txid and id > :id))"
                + " and action not in (:excluded)"
                + " and coalesce(txid, 0) < txid_snapshot_xmin(txid_current_snapshot())"
                + (caller.isAdmin() ? "" : " and owner_org_path like :subtree")
                + " order by coalesce(txid, 0), id limit :size";
        var query = em.createNativeQuery(sql).setParameter("txid", cursor[0]).setParameter("id", cursor[1])
                .setParameter("excluded", EventTypes.NOT_EVENTS).setParameter("size", size);
        if (!caller.isAdmin()) {
            query.setParameter("subtree", caller.orgPath() + "%");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Event> items = new ArrayList<>();
        String last = after == null || after.isBlank() ? "0.0" : after.trim();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            String entityType = (String) r[4];
            String action = (String) r[3];
            Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("actor", r[2]);
            data.put("summary", r[6]);
            if (r[7] != null) {
                data.put("details", parseJson((String) r[7]));
            }
            String resource = entityType.toLowerCase(Locale.ROOT);
            items.add(new Event(id, EventTypes.of(entityType, action),
                    SqlValues.offsetDateTime(r[1]), resource, (String) r[5], data));
            last = ((Number) r[8]).longValue() + "." + id;
        }
        return new EventPage(items, last);
    }

    /** Cursors are opaque to clients; inside they are "txid.eventId". */
    private static long[] parseCursor(String after) {
        if (after == null || after.isBlank()) {
            return new long[]{0, 0};
        }
        try {
            String[] parts = after.trim().split("\\.");
            long[] cursor = {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
            if (parts.length != 2 || cursor[0] < 0 || cursor[1] < 0) {
                throw new NumberFormatException();
            }
            return cursor;
        } catch (RuntimeException e) {
            throw ApiException.validation("after", "游标无效", "invalid cursor");
        }
    }

    private Object parseJson(String json) {
        try {
            return mapper.readValue(json, Object.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return json;
        }
    }
}
