package io.dudao.inspection.indicator;

import io.dudao.common.security.Caller;
import io.dudao.common.web.PageQuery;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorKind;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorSystemStatus;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorTargetType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class IndicatorSystemRepository implements PanacheRepository<IndicatorSystem> {

    /**
     * Built-in (ownerless) published systems are everyone's; an organisation's own systems and those of
     * its subtree are visible at every stage; its ancestors' systems once published.
     */
    static String visibility(Caller caller, Map<String, Object> params) {
        if (caller.isAdmin()) {
            return "1 = 1";
        }
        params.put("published", IndicatorSystemStatus.PUBLISHED);
        params.put("subtree", caller.orgPath() + "%");
        params.put("callerChain", caller.ancestorOrSelfIds());
        return "((ownerOrgId is null and status = :published)"
                + " or ownerOrgId in (select o.id from Organization o where o.path like :subtree)"
                + " or (status = :published and ownerOrgId in :callerChain))";
    }

    public Optional<IndicatorSystem> findVisible(Caller caller, long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return find("id = :id and " + visibility(caller, params), params).firstResultOptional();
    }

    public record Filter(IndicatorKind kind, IndicatorTargetType targetType, IndicatorSystemStatus status, Long ownerOrgId,
                         Long lineageId, String q) {
    }

    public PanacheQuery<IndicatorSystem> search(Caller caller, Filter f, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(visibility(caller, params));
        add(where, params, "kind", f.kind());
        add(where, params, "targetType", f.targetType());
        add(where, params, "status", f.status());
        add(where, params, "ownerOrgId", f.ownerOrgId());
        add(where, params, "lineageId", f.lineageId());
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (lower(name) like :q or lower(coalesce(description, '')) like :q)");
            params.put("q", "%" + f.q().trim().toLowerCase() + "%");
        }
        return find(where.toString(), page.sort(), params).page(page.panachePage());
    }

    public int maxVersion(long lineageId) {
        Integer max = getEntityManager().createQuery(
                        "select max(s.systemVersion) from IndicatorSystem s where s.lineageId = :lineage", Integer.class)
                .setParameter("lineage", lineageId).getSingleResult();
        return max == null ? 0 : max;
    }

    /** Serialises new versions of one lineage (two copies at once would pick the same number). */
    public void lockLineage(long lineageId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, 0x696e6469) // "indi"
                .setParameter(2, (int) lineageId)
                .getSingleResult();
    }

    public Optional<IndicatorSystem> findBySeedKey(String seedKey) {
        return find("seedKey", seedKey).firstResultOptional();
    }

    private static void add(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
