package io.dudao.accountability;

import io.dudao.accountability.AccountabilityEnums.CaseSource;
import io.dudao.accountability.AccountabilityEnums.CaseStatus;
import io.dudao.accountability.AccountabilityEnums.DeadlineKind;
import io.dudao.accountability.AccountabilityEnums.Publication;
import io.dudao.accountability.AccountabilityEnums.SubjectType;
import io.dudao.common.db.SqlText;
import io.dudao.common.db.Subtree;
import io.dudao.common.security.Caller;
import io.dudao.common.work.PlanItems;
import io.dudao.common.work.PlanYears;
import io.dudao.common.web.PageQuery;
import io.dudao.common.work.Light;
import io.dudao.common.work.Lights;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CaseRepository implements PanacheRepository<AccountabilityCase> {

    /**
     * Who sees a case: users of the handling organisation and of its ancestors (the handling
     * organisation lies in their subtree; 备案), and the subject organisation itself once it has been
     * notified. Nobody else, not even other organisations inside the handler's subtree.
     */
    static String visibility(Caller caller, Map<String, Object> params) {
        if (caller.isAdmin()) {
            return "1 = 1";
        }
        params.put("subtree", caller.orgPath() + "%");
        params.put("callerOrg", caller.orgId());
        return "(handlingOrgId in (select vo.id from Organization vo where vo.path like :subtree)"
                + " or (subjectOrgId = :callerOrg and notifiedOn is not null))";
    }

    /** {@link #visibility} in SQL, for the case table aliased {@code k}. */
    static SqlText sqlVisibility(Caller caller, String k) {
        if (caller.isAdmin()) {
            return SqlText.of("true");
        }
        return SqlText.of("(" + k + ".handling_org_id = any(").append(Subtree.idsUnder(caller.orgPath()))
                .append(") or (" + k + ".subject_org_id = ? and " + k + ".notified_on is not null))", caller.orgId());
    }

    public Optional<AccountabilityCase> findVisible(Caller caller, long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return find("id = :id and " + visibility(caller, params), params).firstResultOptional();
    }

    public record Filter(CaseStatus status, Light light, Boolean severe, Long handlingOrgId, Long subjectOrgId,
                         SubjectType subjectType, CaseSource source, Long sourceId, Integer year, String q,
                         Long withinOrgId, Long planItemId, boolean open) {
    }

    public PanacheQuery<AccountabilityCase> search(Caller caller, Filter f, PageQuery page, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(visibility(caller, params));
        add(where, params, "status", f.status());
        if (f.open()) {
            where.append(" and status not in :openOnlyDone");
            params.put("openOnlyDone", CaseWork.DONE);
        }
        severe(caller, where, params, f.severe());
        add(where, params, "handlingOrgId", f.handlingOrgId());
        add(where, params, "subjectOrgId", f.subjectOrgId());
        io.dudao.common.db.Subtree.within(where, params, "subjectOrgId", f.withinOrgId());
        add(where, params, "subjectType", f.subjectType());
        add(where, params, "source", f.source());
        add(where, params, "sourceId", f.sourceId());
        if (f.planItemId() != null) {
            where.append(" and ").append(PlanItems.under("planItemId", "planItem", f.planItemId(), params));
        }
        if (f.year() != null) {
            where.append(" and ").append(PlanYears.byItem("planItemId", "caseYear", "planYear"));
            params.put("planYear", f.year());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (lower(caseNumber) like :q or lower(facts) like :q or lower(coalesce(subjectPersonName, '')) like :q)");
            params.put("q", "%" + f.q().trim().toLowerCase() + "%");
        }
        if (f.light() != null) {
            where.append(" and ").append(lightCondition(f.light(), params, today));
        }
        return find(where.toString(), page.sort(), params);
    }

    /** The office obligations that run in a status, from which date, for how long (CaseClocks' rules as data). */
    record OfficeClock(CaseStatus status, String start, DeadlineKind kind) {
    }

    static final List<OfficeClock> OFFICE_CLOCKS = List.of(
            new OfficeClock(CaseStatus.OPEN, "sourceEndedOn", DeadlineKind.INVESTIGATION),
            new OfficeClock(CaseStatus.UNDER_REVIEW, "reviewRequestedOn", DeadlineKind.REVIEW_ANSWER),
            new OfficeClock(CaseStatus.UNDER_APPEAL, "appealFiledOn", DeadlineKind.APPEAL_ANSWER),
            new OfficeClock(CaseStatus.CORRECTION_PENDING, "appealAnsweredOn", DeadlineKind.CORRECTION));

    /** HQL: the due date of the office obligation running now, null when none runs (mirrors {@link CaseClocks#light}). */
    static String officeDueDate(Map<String, Object> params) {
        StringBuilder due = new StringBuilder("case");
        for (OfficeClock clock : OFFICE_CLOCKS) {
            String k = "due" + clock.kind().name().toLowerCase();
            params.put(k + "Status", clock.status());
            due.append(" when status = :").append(k).append("Status then ").append(clock.start()).append(" + ")
                    .append(clock.kind().days()).append(" day");
        }
        return due.append(" end").toString();
    }

    /**
     * The case's light as a query condition, mirroring {@link CaseClocks#light}: the status says which
     * office obligation runs (investigation, review answer, appeal answer, correction) and the date it
     * started is compared with cut-offs computed here, so no date arithmetic happens in the query.
     */
    static String lightCondition(Light light, Map<String, Object> params, LocalDate today) {
        StringBuilder any = new StringBuilder();
        for (OfficeClock clock : OFFICE_CLOCKS) {
            String k = clock.kind().name().toLowerCase();
            // due = start + days; red: due < today; yellow: today <= due <= today + 3; green: due > today + 3
            LocalDate redBefore = today.minusDays(clock.kind().days());
            LocalDate greenAfter = today.plusDays(Lights.YELLOW_DAYS).minusDays(clock.kind().days());
            params.put(k + "Status", clock.status());
            String running = "status = :" + k + "Status and " + clock.start() + " is not null";
            String condition = switch (light) {
                case RED -> {
                    params.put(k + "Red", redBefore);
                    yield running + " and " + clock.start() + " < :" + k + "Red";
                }
                case YELLOW -> {
                    params.put(k + "Red", redBefore);
                    params.put(k + "Green", greenAfter);
                    yield running + " and " + clock.start() + " >= :" + k + "Red and " + clock.start() + " <= :" + k + "Green";
                }
                case GREEN -> {
                    params.put(k + "Green", greenAfter);
                    yield running + " and " + clock.start() + " > :" + k + "Green";
                }
                case NONE -> running;
            };
            any.append(any.isEmpty() ? "" : " or ").append("(").append(condition).append(")");
        }
        return light == Light.NONE ? "not (" + any + ")" : "(" + any + ")";
    }

    /** The next serial under a 文号 prefix in a year, whichever office issues it, atomically. */
    public int nextSerial(String prefix, int year) {
        Object serial = getEntityManager().createNativeQuery("""
                        insert into case_number_counter (case_prefix, case_year, last_serial) values (:prefix, :year, 1)
                        on conflict (case_prefix, case_year) do update set last_serial = case_number_counter.last_serial + 1
                        returning last_serial""")
                .setParameter("prefix", prefix).setParameter("year", year).getSingleResult();
        return ((Number) serial).intValue();
    }

    public int peekSerial(String prefix, int year) {
        List<?> rows = getEntityManager().createNativeQuery(
                        "select last_serial from case_number_counter where case_prefix = :prefix and case_year = :year")
                .setParameter("prefix", prefix).setParameter("year", year).getResultList();
        return rows.isEmpty() ? 1 : ((Number) rows.get(0)).intValue() + 1;
    }

    /** Case numbers of other decided cases of the same subject decided on or after the given day. */
    public List<String> decidedForSubjectSince(AccountabilityCase c, LocalDate since) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", c.id);
        params.put("since", since);
        params.put("notDecided", List.of(CaseStatus.REVOKED, CaseStatus.DISMISSED));
        StringBuilder where = new StringBuilder("id <> :id and decidedOn is not null and decidedOn >= :since and status not in :notDecided");
        if (c.subjectOrgId != null) {
            where.append(" and subjectOrgId = :org");
            params.put("org", c.subjectOrgId);
        } else {
            where.append(" and subjectOrgId is null");
        }
        if (c.subjectPersonName != null) {
            where.append(" and subjectPersonName = :person");
            params.put("person", c.subjectPersonName);
        } else {
            where.append(" and subjectPersonName is null");
        }
        return find(where + " order by decidedOn", params).project(CaseNumber.class).list().stream()
                .map(CaseNumber::caseNumber).toList();
    }

    public record CaseNumber(String caseNumber) {
    }

    /**
     * Earlier cases from the same finding after which the finding was reopened again: the finding was
     * "not corrected after accountability".
     */
    public List<String> earlierCasesFollowedByReopen(AccountabilityCase c) {
        if (c.source != CaseSource.FINDING || c.sourceId == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = getEntityManager().createNativeQuery("""
                        select ac.case_number from accountability_case ac
                        where ac.source = 'FINDING' and ac.source_id = :finding and ac.id <> :id
                          and ac.created_at < :before and ac.status not in ('DISMISSED', 'REVOKED')
                          and exists (select 1 from inspection_rectification r
                                      where r.finding_id = :finding and r.outcome = 'REOPENED' and r.reviewed_at > ac.created_at)
                        order by ac.id""")
                .setParameter("finding", c.sourceId).setParameter("id", c.id == null ? -1L : c.id)
                .setParameter("before", c.createdAt == null ? io.dudao.common.time.AppClock.current().now() : c.createdAt)
                .getResultList();
        return rows.stream().map(Object::toString).toList();
    }

    public List<CaseStep> steps(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("from CaseStep s where s.caseId in :ids order by s.at, s.id", CaseStep.class)
                .setParameter("ids", List.copyOf(caseIds)).getResultList();
    }

    public PanacheQuery<AccountabilityCase> publicDecisions(Integer year) {
        Map<String, Object> params = new HashMap<>();
        params.put("public", Publication.PUBLIC);
        params.put("notPublished", List.of(CaseStatus.REVOKED, CaseStatus.DISMISSED, CaseStatus.CORRECTION_PENDING));
        String where = "publication = :public and decidedOn is not null and status not in :notPublished";
        if (year != null) {
            where += " and caseYear = :year";
            params.put("year", year);
        }
        return find(where + " order by decidedOn desc, id desc", params);
    }

    /**
     * ?severe= as the caller may know it: the subject organisation does not learn 从重 before the
     * decision, so for a case it sees only as subject the flag counts as false until then.
     */
    private static void severe(Caller caller, StringBuilder where, Map<String, Object> params, Boolean severe) {
        if (severe == null) {
            return;
        }
        params.put("severe", true);
        if (caller.isAdmin()) {
            where.append(severe ? " and severe = :severe" : " and severe <> :severe");
            return;
        }
        String known = "(handlingOrgId in (select ko.id from Organization ko where ko.path like :subtree) or decidedOn is not null)";
        where.append(severe ? " and severe = :severe and " + known : " and (severe <> :severe or not " + known + ")");
    }

    private static void add(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
