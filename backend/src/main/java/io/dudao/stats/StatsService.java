package io.dudao.stats;

import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.work.PlanYears;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only aggregates for dashboards and reporting tools, computed in SQL (one grouped query per
 * figure, never row by row). Reporting reads across features' tables by design: it owns no data.
 */
@ApplicationScoped
public class StatsService {

    @Inject
    EntityManager em;

    @Inject
    OrganizationService organizations;

    @Inject
    io.dudao.common.time.AppClock clock;

    @Schema(name = "TaskCounts")
    public record TaskCounts(
            @Schema(required = true) long total,
            @Schema(required = true) long completed,
            @Schema(required = true, description = "Past due and not completed or cancelled") long overdue,
            @Schema(required = true, description = "completed ÷ (total − cancelled), 0–1, 3 decimals") double completionRate) {
    }

    @Schema(name = "FindingCounts", description = "Findings owned in the subtree: of published reports, and of other sources")
    public record FindingCounts(
            @Schema(required = true, description = "Not verified yet") long open,
            @Schema(required = true, description = "Not verified and past due") long overdue,
            @Schema(required = true, description = "Verified (销号)") long verified) {
    }

    @Schema(name = "KeyCount", description = "A count per grade or per status")
    public record KeyCount(@Schema(required = true) String key, @Schema(required = true) long count) {
    }

    @Schema(name = "OrgStats")
    public record OrgStats(
            @Schema(required = true) long orgId,
            @Schema(required = true) String orgName,
            @Schema(required = true, description = "Counts over the organisation's whole subtree") TaskCounts tasks,
            @Schema(required = true) FindingCounts findings,
            @Schema(required = true, description = "Published inspection reports on the subtree by grade") List<KeyCount> grades,
            @Schema(required = true, description = "Accountability cases against the subtree (handled within the caller's) by status")
            List<KeyCount> cases) {
    }

    @Schema(name = "StatsOverview")
    public record Overview(
            @Schema(required = true) OrganizationSummary organization,
            Integer year,
            @Schema(required = true, description = "One row per child organisation") List<OrgStats> children,
            @Schema(required = true) TaskCounts totals,
            @Schema(required = true) FindingCounts findingTotals,
            @Schema(required = true) List<KeyCount> gradeTotals,
            @Schema(required = true) List<KeyCount> caseTotals) {
    }

    @Schema(name = "MonthlyCount")
    public record MonthlyCount(
            @Schema(required = true, examples = "2023-03") String month,
            @Schema(required = true) long created,
            @Schema(required = true) long completed) {
    }

    // "year" is the year of the plan the work serves; unlinked work counts in the year of its own date
    private static final String TASK_YEAR = PlanYears.sqlByPlan("t.plan_id", io.dudao.task.TaskRepository.OWN_YEAR, "?3");
    private static final String FINDING_YEAR = PlanYears.sqlByItem("f.plan_item_id",
            io.dudao.inspection.InspectionFindingRepository.OWN_YEAR, "?2");
    private static final String REPORT_YEAR = PlanYears.sqlByItem("r.plan_item_id",
            io.dudao.inspection.InspectionReportRepository.OWN_YEAR, "?2");
    private static final String CASE_YEAR = PlanYears.sqlByItem("k.plan_item_id", "k.case_year", "?2");

    public Overview overview(Caller caller, Integer year, Long orgId) {
        long id = orgId == null ? caller.orgId() : orgId;
        OrganizationSummary org = organizations.findVisible(caller, id)
                .orElseThrow(() -> ApiException.notFound("机构", "Organization"));
        String path = organizations.pathOf(id).orElseThrow();
        if (!caller.isAdmin() && !caller.covers(path)) {
            // an ancestor is visible by name, but its figures cover siblings the caller may not see
            throw ApiException.notFound("机构", "Organization");
        }
        LocalDate today = clock.today();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select c.id, c.name,
                               count(t.id),
                               count(t.id) filter (where t.status = 'COMPLETED'),
                               count(t.id) filter (where t.status not in ('COMPLETED', 'CANCELLED') and t.due_date < ?2),
                               count(t.id) filter (where t.status = 'CANCELLED')
                        from organization c
                        left join organization a on a.path like c.path || '%%'
                        left join task t on t.assignee_org_id = a.id
                             and (cast(?3 as integer) is null or %s)
                        where c.parent_id = ?1
                        group by c.id, c.name, c.code
                        order by c.code""".formatted(TASK_YEAR))
                .setParameter(1, id).setParameter(2, today).setParameter(3, year).getResultList();
        Map<Long, FindingCounts> findings = findings(id, year, today);
        Map<Long, List<KeyCount>> grades = grouped("""
                select c.id, coalesce(r.grade, '未评级'), count(r.id)
                from organization c
                join organization a on a.path like c.path || '%%'
                join inspection_report r on r.target_org_id = a.id and r.status = 'PUBLISHED'
                     and (cast(?2 as integer) is null or %s)
                where c.id = ?1 or c.parent_id = ?1
                group by c.id, coalesce(r.grade, '未评级') order by 1, 2""".formatted(REPORT_YEAR), id, year, null);
        Map<Long, List<KeyCount>> cases = grouped("""
                select c.id, k.status, count(k.id)
                from organization c
                join organization a on a.path like c.path || '%%'
                join accountability_case k on k.subject_org_id = a.id and (cast(?2 as integer) is null or %s)
                join organization h on h.id = k.handling_org_id and h.path like ?3
                where c.id = ?1 or c.parent_id = ?1
                group by c.id, k.status order by 1, 2""".formatted(CASE_YEAR), id, year, caller.isAdmin() ? "%" : caller.orgPath() + "%");
        List<OrgStats> children = new ArrayList<>();
        long total = 0, completed = 0, overdue = 0, cancelled = 0;
        for (Object[] r : rows) {
            TaskCounts counts = counts(n(r[2]), n(r[3]), n(r[4]), n(r[5]));
            long child = n(r[0]);
            children.add(new OrgStats(child, (String) r[1], counts, findings.getOrDefault(child, NO_FINDINGS),
                    grades.getOrDefault(child, List.of()), cases.getOrDefault(child, List.of())));
            total += n(r[2]);
            completed += n(r[3]);
            overdue += n(r[4]);
            cancelled += n(r[5]);
        }
        Object[] own = (Object[]) em.createNativeQuery("""
                        select count(t.id),
                               count(t.id) filter (where t.status = 'COMPLETED'),
                               count(t.id) filter (where t.status not in ('COMPLETED', 'CANCELLED') and t.due_date < ?2),
                               count(t.id) filter (where t.status = 'CANCELLED')
                        from task t where t.assignee_org_id = ?1
                             and (cast(?3 as integer) is null or %s)""".formatted(TASK_YEAR))
                .setParameter(1, id).setParameter(2, today).setParameter(3, year).getSingleResult();
        total += n(own[0]);
        completed += n(own[1]);
        overdue += n(own[2]);
        cancelled += n(own[3]);
        return new Overview(org, year, children, counts(total, completed, overdue, cancelled),
                findings.getOrDefault(id, NO_FINDINGS), grades.getOrDefault(id, List.of()), cases.getOrDefault(id, List.of()));
    }

    private static final FindingCounts NO_FINDINGS = new FindingCounts(0, 0, 0);

    /** Findings per child organisation's subtree, and for the organisation itself (its whole subtree: the totals). */
    private Map<Long, FindingCounts> findings(long id, Integer year, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select c.id,
                               count(f.id) filter (where f.status <> 'VERIFIED'),
                               count(f.id) filter (where f.status <> 'VERIFIED' and f.due_date < ?3),
                               count(f.id) filter (where f.status = 'VERIFIED')
                        from organization c
                        join organization a on a.path like c.path || '%%'
                        join inspection_finding f on f.owner_org_id = a.id
                        left join inspection_report r on r.id = f.report_id
                        where (c.id = ?1 or c.parent_id = ?1)
                          and (f.report_id is null or r.status = 'PUBLISHED')
                          and (cast(?2 as integer) is null or %s)
                        group by c.id""".formatted(FINDING_YEAR))
                .setParameter(1, id).setParameter(2, year).setParameter(3, today).getResultList();
        Map<Long, FindingCounts> out = new HashMap<>();
        rows.forEach(r -> out.put(n(r[0]), new FindingCounts(n(r[1]), n(r[2]), n(r[3]))));
        return out;
    }

    /** Rows of (organisation id, key, count) as lists of counts per organisation. */
    private Map<Long, List<KeyCount>> grouped(String sql, long id, Integer year, String thirdParameter) {
        var query = em.createNativeQuery(sql).setParameter(1, id).setParameter(2, year);
        if (thirdParameter != null) {
            query.setParameter(3, thirdParameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, List<KeyCount>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent(n(r[0]), k -> new ArrayList<>()).add(new KeyCount((String) r[1], n(r[2]))));
        return out;
    }

    public List<MonthlyCount> trend(Caller caller, Integer year, Long orgId) {
        long id = orgId == null ? caller.orgId() : orgId;
        String path = organizations.pathOf(id).filter(p -> caller.isAdmin() || caller.covers(p))
                .orElseThrow(() -> ApiException.notFound("机构", "Organization"));
        int y = year == null ? clock.year() : year;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select to_char(m, 'YYYY-MM'),
                               (select count(*) from task t join organization a on a.id = t.assignee_org_id
                                 where a.path like ?1 and date_trunc('month', t.created_at at time zone 'Asia/Shanghai') = m),
                               (select count(*) from task t join organization a on a.id = t.assignee_org_id
                                 where a.path like ?1 and t.status = 'COMPLETED'
                                   and date_trunc('month', t.updated_at at time zone 'Asia/Shanghai') = m)
                        from generate_series(make_date(?2, 1, 1), make_date(?2, 12, 1), interval '1 month') m
                        order by m""")
                .setParameter(1, path + "%").setParameter(2, y).getResultList();
        return rows.stream().map(r -> new MonthlyCount((String) r[0], n(r[1]), n(r[2]))).toList();
    }

    private static TaskCounts counts(long total, long completed, long overdue, long cancelled) {
        long base = total - cancelled;
        double rate = base == 0 ? 0 : Math.round(completed * 1000.0 / base) / 1000.0;
        return new TaskCounts(total, completed, overdue, rate);
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
