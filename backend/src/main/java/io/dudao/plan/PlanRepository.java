package io.dudao.plan;

import io.dudao.common.security.Caller;
import io.dudao.common.web.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {

    /**
     * A published (or archived) plan is seen by the issuing organisation's subtree, i.e. by callers
     * whose ancestors-or-self include the issuer; a draft only by the issuer itself.
     */
    static String visibility(Caller caller, Map<String, Object> params) {
        return visibility("", caller, params);
    }

    /** @param alias the plan's alias in the query, or "" when the query has none */
    static String visibility(String alias, Caller caller, Map<String, Object> params) {
        if (caller.isAdmin()) {
            return "1 = 1";
        }
        String p = alias.isEmpty() ? "" : alias + ".";
        params.put("callerOrg", caller.orgId());
        params.put("callerChain", caller.ancestorOrSelfIds());
        params.put("draft", PlanStatus.DRAFT);
        return "(" + p + "issuingOrgId = :callerOrg or (" + p + "status <> :draft and " + p + "issuingOrgId in :callerChain))";
    }

    public Optional<Plan> findVisible(Caller caller, long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return find("id = :id and " + visibility(caller, params), params).firstResultOptional();
    }

    public PanacheQuery<Plan> search(Caller caller, Integer year, PlanStatus status, Long issuingOrgId, String q,
                                     PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(visibility(caller, params));
        if (year != null) {
            where.append(" and year = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (issuingOrgId != null) {
            where.append(" and issuingOrgId = :issuer");
            params.put("issuer", issuingOrgId);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(title) like :q or lower(coalesce(documentNumber, '')) like :q)");
            params.put("q", "%" + q.trim().toLowerCase() + "%");
        }
        return find(where.toString(), page.sort(), params).page(page.panachePage());
    }

    /** The plan of an item, when the caller can see that plan (the city's plan, or a county's own copy of it). */
    public Optional<Long> planOfVisibleItem(Caller caller, long itemId) {
        Map<String, Object> params = new HashMap<>();
        String where = visibility("p", caller, params);
        var query = getEntityManager().createQuery("select p.id from PlanItem i join i.plan p where i.id = :item and " + where,
                Long.class).setParameter("item", itemId);
        params.forEach(query::setParameter);
        return query.getResultStream().findFirst();
    }

    public Optional<PlanItem> findItem(long planId, long itemId) {
        return getEntityManager().createQuery("from PlanItem i where i.id = :id and i.plan.id = :plan", PlanItem.class)
                .setParameter("id", itemId).setParameter("plan", planId).getResultStream().findFirst();
    }

    public List<PlanForwarding> forwardings(long planId) {
        return getEntityManager().createQuery("from PlanForwarding f where f.planId = :plan order by f.id", PlanForwarding.class)
                .setParameter("plan", planId).getResultList();
    }
}
