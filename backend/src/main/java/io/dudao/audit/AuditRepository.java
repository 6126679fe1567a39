package io.dudao.audit;

import io.dudao.common.security.Caller;
import io.dudao.common.web.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEvent> {

    public PanacheQuery<AuditEvent> search(Caller caller, AuditFilter filter, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (!caller.readsWholeAuditLog()) {
            where.append(" and ownerOrgPath like :subtree");
            params.put("subtree", caller.orgPath() + "%");
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.append(" and entityType = :entityType");
            params.put("entityType", filter.entityType().trim());
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            where.append(" and entityId = :entityId");
            params.put("entityId", filter.entityId().trim());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and actor = :actor");
            params.put("actor", filter.actor().trim());
        }
        if (filter.from() != null) {
            where.append(" and occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and occurredAt < :to");
            params.put("to", filter.to());
        }
        return find(where.toString(), page.sort(), params).page(page.panachePage());
    }

    public record AuditFilter(String entityType, String entityId, String actor, OffsetDateTime from, OffsetDateTime to) {
    }
}
