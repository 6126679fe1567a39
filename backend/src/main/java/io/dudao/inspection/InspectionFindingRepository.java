package io.dudao.inspection;

import io.dudao.common.security.Caller;
import io.dudao.common.work.Lights;
import io.dudao.common.work.PlanItems;
import io.dudao.common.work.PlanYears;
import io.dudao.common.web.PageQuery;
import io.dudao.inspection.InspectionEnums.FindingSeverity;
import io.dudao.inspection.InspectionEnums.FindingSource;
import io.dudao.inspection.InspectionEnums.FindingStatus;
import io.dudao.inspection.InspectionEnums.InspectionType;
import io.dudao.common.work.Light;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class InspectionFindingRepository implements PanacheRepository<InspectionFinding> {

    /**
     * Who sees a finding of a report: whoever sees its report, and the owner organisation's subtree once
     * the report is published. A finding from another source (no report): the issuing organisation's
     * subtree-upward (it lies in the caller's subtree), the owner's, and whoever raised it.
     */
    static String visibility(Caller caller, Map<String, Object> params) {
        if (caller.isAdmin()) {
            return "1 = 1";
        }
        String reportVisible = InspectionReportRepository.visibility("r", caller, params);
        return "((reportId is not null and (reportId in (select r.id from InspectionReport r where " + reportVisible + ")"
                + " or (ownerOrgId in (select fo.id from Organization fo where fo.path like :subtree)"
                + " and reportId in (select pr.id from InspectionReport pr where pr.status = :published))))"
                + " or (reportId is null and (createdBy = :me"
                + " or issuingOrgId in (select io.id from Organization io where io.path like :subtree)"
                + " or ownerOrgId in (select oo.id from Organization oo where oo.path like :subtree))))";
    }

    public Optional<InspectionFinding> findVisible(Caller caller, long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return find("id = :id and " + visibility(caller, params), params).firstResultOptional();
    }

    public record Filter(Long reportId, Long ownerOrgId, FindingStatus status, Light light, FindingSeverity severity,
                         InspectionType reportType, LocalDate dueBefore, LocalDate dueAfter, String q, boolean mine,
                         Boolean escalation, Long withinOrgId, FindingSource sourceType, Long planItemId, Integer year) {

        /** The same filter, restricted to one report's findings. */
        public Filter ofReport(long id) {
            return new Filter(id, ownerOrgId, status, light, severity, reportType, dueBefore, dueAfter, q, mine, escalation,
                    withinOrgId, sourceType, planItemId, year);
        }
    }

    /** Only the findings of one report, filtered as asked. */
    public static Filter reportFilter(FindingStatus status, Light light, FindingSeverity severity) {
        return new Filter(null, null, status, light, severity, null, null, null, null, false, null, null, null, null, null);
    }

    public PanacheQuery<InspectionFinding> search(Caller caller, Filter f, PageQuery page, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(visibility(caller, params));
        add(where, params, "reportId", f.reportId());
        add(where, params, "ownerOrgId", f.ownerOrgId());
        io.dudao.common.db.Subtree.within(where, params, "ownerOrgId", f.withinOrgId());
        add(where, params, "status", f.status());
        add(where, params, "severity", f.severity());
        add(where, params, "sourceType", f.sourceType());
        if (f.planItemId() != null) {
            where.append(" and ").append(PlanItems.under("planItemId", "planItem", f.planItemId(), params));
        }
        if (f.year() != null) {
            where.append(" and ").append(PlanYears.byItem("planItemId", "extract(year from dueDate)", "planYear"));
            params.put("planYear", f.year());
        }
        if (f.reportType() != null) {
            where.append(" and reportId in (select tr.id from InspectionReport tr where tr.type = :reportType)");
            params.put("reportType", f.reportType());
        }
        if (f.mine()) {
            where.append(" and ownerOrgId = :mineOrg");
            params.put("mineOrg", caller.orgId());
        }
        if (f.dueBefore() != null) {
            where.append(" and dueDate <= :dueBefore");
            params.put("dueBefore", f.dueBefore());
        }
        if (f.dueAfter() != null) {
            where.append(" and dueDate >= :dueAfter");
            params.put("dueAfter", f.dueAfter());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (lower(description) like :q or lower(requirement) like :q)");
            params.put("q", "%" + f.q().trim().toLowerCase() + "%");
        }
        if (f.light() != null) {
            params.put("lightVerified", FindingStatus.VERIFIED);
            where.append(" and ").append(Lights.condition(f.light(), "status <> :lightVerified", "dueDate", params, today));
        }
        if (f.escalation() != null) {
            params.put("verified", FindingStatus.VERIFIED);
            params.put("escalationDay", FindingRules.escalationDay(today));
            params.put("reopens", FindingRules.ESCALATION_REOPENS);
            where.append(f.escalation()
                    ? " and (reopenCount >= :reopens or (status <> :verified and dueDate <= :escalationDay))"
                    : " and reopenCount < :reopens and (status = :verified or dueDate > :escalationDay)");
        }
        return find(where.toString(), page.sort(), params);
    }

    /** Number of findings per status for each report, in one query. */
    public Map<Long, Map<FindingStatus, Long>> countsByReport(Collection<Long> reportIds) {
        Map<Long, Map<FindingStatus, Long>> out = new LinkedHashMap<>();
        if (reportIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = getEntityManager().createQuery("""
                        select f.reportId, f.status, count(f) from InspectionFinding f
                        where f.reportId in :ids group by f.reportId, f.status""", Object[].class)
                .setParameter("ids", List.copyOf(reportIds)).getResultList();
        for (Object[] row : rows) {
            out.computeIfAbsent((Long) row[0], k -> new EnumMap<>(FindingStatus.class))
                    .put((FindingStatus) row[1], ((Number) row[2]).longValue());
        }
        return out;
    }

    public List<InspectionFinding> ofReport(long reportId) {
        return list("reportId = ?1 order by id", reportId);
    }

    public List<InspectionRectification> rectifications(Collection<Long> findingIds) {
        if (findingIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery(
                        "from InspectionRectification r where r.findingId in :ids order by r.submittedAt, r.id",
                        InspectionRectification.class)
                .setParameter("ids", List.copyOf(findingIds)).getResultList();
    }

    public Optional<InspectionRectification> latestRectification(long findingId) {
        return getEntityManager().createQuery(
                        "from InspectionRectification r where r.findingId = :id order by r.submittedAt desc, r.id desc",
                        InspectionRectification.class)
                .setParameter("id", findingId).setMaxResults(1).getResultStream().findFirst();
    }

    public long deleteOfReport(long reportId) {
        return delete("reportId", reportId);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
