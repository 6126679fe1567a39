package io.dudao.inspection;

import io.dudao.common.db.SqlText;
import io.dudao.common.db.Subtree;
import io.dudao.common.security.Caller;
import io.dudao.common.web.PageQuery;
import io.dudao.inspection.InspectionEnums.InspectionReportStatus;
import io.dudao.inspection.InspectionEnums.InspectionType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class InspectionReportRepository implements PanacheRepository<InspectionReport> {

    /**
     * Who sees a report: the inspecting organisation and its ancestors at every stage (and the report's
     * own author and inspectors); the target organisation and those between it and the inspecting one
     * (the target lies in their subtree) only once it is PUBLISHED. Nobody else.
     *
     * @param alias the report's alias in the query, or "" when the query has none
     */
    static String visibility(String alias, Caller caller, Map<String, Object> params) {
        if (caller.isAdmin()) {
            return "1 = 1";
        }
        String p = alias.isEmpty() ? "" : alias + ".";
        params.put("subtree", caller.orgPath() + "%");
        params.put("published", InspectionReportStatus.PUBLISHED);
        params.put("me", caller.userId());
        return "(" + p + "inspectingOrgId in (select vo.id from Organization vo where vo.path like :subtree)"
                + " or (" + p + "status = :published and " + p
                + "targetOrgId in (select vt.id from Organization vt where vt.path like :subtree))"
                + " or " + p + "createdBy = :me"
                + " or :me member of " + p + "inspectorUserIds)";
    }

    /** {@link #visibility} in SQL, for the report aliased {@code r}. */
    static SqlText sqlVisibility(Caller caller) {
        if (caller.isAdmin()) {
            return SqlText.of("true");
        }
        return SqlText.of("r.inspecting_org_id = any(").append(Subtree.idsUnder(caller.orgPath()))
                .append(") or r.created_by = ?", caller.userId())
                .append(" or exists (select 1 from inspection_report_inspector ri where ri.report_id = r.id and ri.user_id = ?)",
                        caller.userId())
                .append(" or r.status = 'PUBLISHED' and r.target_org_id = any(").append(Subtree.idsUnder(caller.orgPath())).append(")");
    }

    public Optional<InspectionReport> findVisible(Caller caller, long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return find("id = :id and " + visibility("", caller, params), params).firstResultOptional();
    }

    public record Filter(InspectionType type, InspectionReportStatus status, Long targetOrgId, Long inspectingOrgId,
                         Long indicatorSystemId, LocalDate visitFrom, LocalDate visitTo, String q, boolean mine) {
    }

    public PanacheQuery<InspectionReport> search(Caller caller, Filter f, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(visibility("", caller, params));
        add(where, params, "type", f.type());
        add(where, params, "status", f.status());
        add(where, params, "targetOrgId", f.targetOrgId());
        add(where, params, "inspectingOrgId", f.inspectingOrgId());
        add(where, params, "indicatorSystemId", f.indicatorSystemId());
        if (f.visitFrom() != null) {
            where.append(" and visitStart >= :visitFrom");
            params.put("visitFrom", f.visitFrom());
        }
        if (f.visitTo() != null) {
            where.append(" and visitStart <= :visitTo");
            params.put("visitTo", f.visitTo());
        }
        if (f.mine()) {
            where.append(" and (createdBy = :mine or :mine member of inspectorUserIds)");
            params.put("mine", caller.userId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (lower(title) like :q or lower(coalesce(topic, '')) like :q)");
            params.put("q", "%" + f.q().trim().toLowerCase() + "%");
        }
        return find(where.toString(), page.sort(), params);
    }

    /** The tree paths of the reports' inspecting organisations, in one query. */
    public Map<Long, String> inspectingPaths(Collection<Long> reportIds) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (reportIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = getEntityManager().createQuery("""
                        select r.id, o.path from InspectionReport r, Organization o
                        where o.id = r.inspectingOrgId and r.id in :ids""", Object[].class)
                .setParameter("ids", List.copyOf(reportIds)).getResultList();
        rows.forEach(row -> out.put((Long) row[0], (String) row[1]));
        return out;
    }

    private static void add(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
