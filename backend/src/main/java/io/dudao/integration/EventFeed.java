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

    /** Events about accounts, roles and integrations: offices and administrators only (never SCHOOL, VIEWER, clients). */
    static final List<String> OFFICE_ONLY_TYPES = List.of("USER", "API_CLIENT", "WEBHOOK", "CASE_NUMBERING");

    /** The steps of a case its subject organisation sees (from the written notice on; never internal ones). */
    static final List<String> SUBJECT_CASE_ACTIONS = List.of("NOTIFY", "STATEMENT", "DECIDE", "EXECUTE", "CLOSE", "DISMISS",
            "REVIEW_REQUEST", "REVIEW_DECISION", "APPEAL", "APPEAL_DECISION");

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
        Map<String, Object> params = new java.util.HashMap<>();
        String sql = "select id, occurred_at, actor, action, entity_type, entity_id, summary, cast(details as text),"
                + " coalesce(txid, 0) from audit_event e"
                + " where (coalesce(txid, 0) > :txid or (coalesce(txid, 0) = :txid and id > :id))"
                + " and action not in (:excluded)"
                + " and coalesce(txid, 0) < txid_snapshot_xmin(txid_current_snapshot())"
                + " and " + readable(caller, params)
                + " order by coalesce(txid, 0), id limit :size";
        var query = em.createNativeQuery(sql).setParameter("txid", cursor[0]).setParameter("id", cursor[1])
                .setParameter("excluded", EventTypes.NOT_EVENTS).setParameter("size", size);
        params.forEach(query::setParameter);
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

    /**
     * What the caller may read, as a condition on audit_event e: events of objects in its subtree,
     * except account and integration events for anyone but offices and administrators, and case
     * events for clients without cases:read; plus, for the subject organisation of a case handled
     * above it, that case's steps from the written notice on.
     */
    private static String readable(Caller caller, Map<String, Object> params) {
        boolean cases = caller.hasScope("cases:read");
        List<String> hidden = new ArrayList<>();
        if (!caller.isAdmin() && !caller.isOffice()) {
            hidden.addAll(OFFICE_ONLY_TYPES);
        }
        if (!cases) {
            hidden.add("CASE");
        }
        StringBuilder own = new StringBuilder("(1 = 1");
        if (!caller.isAdmin()) {
            own.append(" and e.owner_org_path like :subtree");
            params.put("subtree", caller.orgPath() + "%");
        }
        if (!hidden.isEmpty()) {
            own.append(" and e.entity_type not in (:hiddenTypes)");
            params.put("hiddenTypes", hidden);
        }
        own.append(")");
        if (caller.isAdmin() || !cases) {
            return own.toString();
        }
        params.put("callerOrg", caller.orgId());
        params.put("subjectActions", SUBJECT_CASE_ACTIONS);
        return "(" + own + " or (e.entity_type = 'CASE' and e.action in (:subjectActions) and exists ("
                + "select 1 from accountability_case c where c.id = case when e.entity_id ~ '^[0-9]+$'"
                + " and length(e.entity_id) < 19 then cast(e.entity_id as bigint) end and c.subject_org_id = :callerOrg and c.notified_on is not null)))";
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
