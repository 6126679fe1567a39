package io.dudao.inspection;

import io.dudao.attachment.AttachmentService;
import io.dudao.common.db.Sql;
import io.dudao.common.db.SqlText;
import io.dudao.common.db.Subtree;
import io.dudao.common.links.AccountabilityLinks;
import io.dudao.common.security.Caller;
import io.dudao.common.work.Lights;
import io.dudao.common.work.PlanItems;
import io.dudao.common.work.PlanYears;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.inspection.InspectionEnums.FindingSeverity;
import io.dudao.inspection.InspectionEnums.FindingSource;
import io.dudao.inspection.InspectionEnums.FindingStatus;
import io.dudao.inspection.InspectionEnums.InspectionReportStatus;
import io.dudao.inspection.InspectionEnums.InspectionType;
import io.dudao.common.work.Light;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.jpa.HibernateHints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Findings in SQL: who sees a finding and which a filter matches is one {@code where} clause
 * ({@link #where}) used by the responses (one statement a page, with the report, both organisations,
 * the rectifications and their evidence, and the linked case), the counts, the exports and the entity
 * a change loads.
 */
@ApplicationScoped
public class InspectionFindingRepository implements PanacheRepository<InspectionFinding> {

    /** A finding with its report (r) when it has one: what {@link #where} conditions refer to. */
    private static final String FROM = " from inspection_finding f left join inspection_report r on r.id = f.report_id";
    /**
     * What only the response needs: the issuing organisation (io, a report's inspecting one), the owner (fo),
     * the report's target (tg).
     */
    private static final String NAMES = " join organization io on io.id = f.issuing_org_id join organization fo on fo.id = f.owner_org_id"
            + " left join organization tg on tg.id = r.target_org_id";

    @Inject
    Sql sql;

    @Inject
    AccountabilityLinks caseLinks;

    /**
     * A finding as responses show it; rectifications as a JSON array (with their evidence), or null. The
     * report's columns are null for findings of other sources; the inspected organisation is the report's
     * target, or for other sources the owner.
     */
    public record Row(long id, FindingSource sourceType, Long sourceId, String sourceTitle, Long reportId, String reportTitle,
                      InspectionType reportType, long issuingOrgId, String issuingOrgName, String indicatorCode,
                      FindingSeverity severity, String description, String requirement, long ownerOrgId, String ownerOrgName,
                      LocalDate dueDate, FindingStatus status, int reopenCount, String lastReopenReason,
                      OffsetDateTime verifiedAt, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                      Long planItemId, InspectionReportStatus reportStatus, String issuingPath, Long reportCreatedBy,
                      boolean callerInspects, Long createdBy, String rectificationsJson, Long accountabilityCaseId,
                      String inspectedPath) {
    }

    public record Filter(Long reportId, Long ownerOrgId, FindingStatus status, Light light, FindingSeverity severity,
                         InspectionType reportType, LocalDate dueBefore, LocalDate dueAfter, String q, boolean mine,
                         Boolean escalation, Long withinOrgId, FindingSource sourceType, Long planItemId, Integer year,
                         boolean open, Long sourceId) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null, false, null, null, null, null, null, false, null);
        }

        /** The same filter, restricted to one report's findings. */
        public Filter ofReport(long id) {
            return new Filter(id, ownerOrgId, status, light, severity, reportType, dueBefore, dueAfter, q, mine, escalation,
                    withinOrgId, sourceType, planItemId, year, open, sourceId);
        }
    }

    /** Only the findings of one report, filtered as asked. */
    public static Filter reportFilter(FindingStatus status, Light light, FindingSeverity severity) {
        return new Filter(null, null, status, light, severity, null, null, null, null, false, null, null, null, null, null, false, null);
    }

    /** A finding's own year, when it serves no plan item: that of its due date. */
    public static final String OWN_YEAR = "extract(year from f.due_date)";

    /**
     * Who sees a finding of a report: whoever sees its report, and the owner organisation's subtree once
     * the report is published. A finding from another source (no report): the issuing organisation's
     * subtree-upward (it lies in the caller's subtree), the owner's, and whoever raised it.
     */
    static SqlText where(Caller caller, Filter f, LocalDate today) {
        SqlText where = SqlText.of(" where true");
        if (!caller.isAdmin()) {
            where.and(SqlText.of("f.report_id is not null and (").append(InspectionReportRepository.sqlVisibility(caller))
                    .append(") or (f.report_id is null or r.status = 'PUBLISHED') and ")
                    .append(Subtree.contains("f.owner_org_id", caller.orgPath()))
                    .append(" or f.report_id is null and (f.created_by = ? or ", caller.userId())
                    .append(Subtree.contains("f.issuing_org_id", caller.orgPath())).append(")"));
        }
        where.eq("f.report_id", f.reportId()).eq("f.owner_org_id", f.ownerOrgId()).eq("f.status", f.status())
                .eq("f.severity", f.severity()).eq("r.type", f.reportType()).eq("f.source_type", f.sourceType())
                .eq("f.source_id", f.sourceId());
        Subtree.within(where, "f.owner_org_id", f.withinOrgId());
        if (f.planItemId() != null) {
            where.and(PlanItems.sqlUnder("f.plan_item_id", f.planItemId()));
        }
        if (f.year() != null) {
            where.and(PlanYears.sqlByItem("f.plan_item_id", OWN_YEAR, f.year()));
        }
        if (f.mine()) {
            where.eq("f.owner_org_id", caller.orgId());
        }
        if (f.open()) {
            where.and("f.status <> '" + FindingStatus.VERIFIED + "'");
        }
        if (f.dueBefore() != null) {
            where.and("f.due_date <= ?", f.dueBefore());
        }
        if (f.dueAfter() != null) {
            where.and("f.due_date >= ?", f.dueAfter());
        }
        if (f.q() != null && !f.q().isBlank()) {
            String like = "%" + f.q().trim().toLowerCase() + "%";
            where.and("lower(f.description) like ? or lower(f.requirement) like ?", like, like);
        }
        if (f.light() != null) {
            where.and(Lights.sqlCondition(f.light(), "f.status <> 'VERIFIED'", "f.due_date", today));
        }
        if (f.escalation() != null) {
            LocalDate day = FindingRules.escalationDay(today);
            int reopens = FindingRules.ESCALATION_REOPENS;
            if (f.escalation()) {
                where.and("f.reopen_count >= ? or (f.status <> 'VERIFIED' and f.due_date <= ?)", reopens, day);
            } else {
                where.and("f.reopen_count < ? and (f.status = 'VERIFIED' or f.due_date > ?)", reopens, day);
            }
        }
        return where;
    }

    /**
     * The visibility of {@link #where} in HQL, for the work registry (it joins every kind of work in one HQL
     * query): the two must say the same.
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

    /** One finding as the caller sees it, or empty when it does not exist or is outside their sight. */
    public Optional<Row> read(Caller caller, long id) {
        SqlText query = select(caller).append(FROM + NAMES).append(where(caller, Filter.none(), LocalDate.MIN)).and("f.id = ?", id);
        return sql.one(query.sql(), query.params(), InspectionFindingRepository::row);
    }

    /** A page of matching findings in the requested order: one statement, plus a count when the page is full. */
    public PageResponse<Row> readPage(Caller caller, Filter filter, PageQuery page, LocalDate today) {
        return sql.page(select(caller), FROM, NAMES, where(caller, filter, today), page, "f", InspectionFindingRepository::row);
    }

    private SqlText select(Caller caller) {
        return SqlText.of("""
                        select f.id, f.source_type, f.source_id, f.source_title, f.report_id, r.title, r.type, f.issuing_org_id,
                               io.name, f.indicator_code, f.severity, f.description, f.requirement, f.owner_org_id, fo.name,
                               f.due_date, f.status, f.reopen_count, f.last_reopen_reason, f.verified_at, f.version, f.created_at,
                               f.updated_at, f.plan_item_id, r.status, io.path, r.created_by,
                               exists (select 1 from inspection_report_inspector ri where ri.report_id = f.report_id
                                       and ri.user_id = ?),
                               f.created_by,
                               (select json_agg(json_build_object('id', x.id, 'measures', x.measures, 'result', x.result,
                                       'attachments', coalesce(""", caller.userId())
                .append(AttachmentService.jsonOfOwner(EvidenceAttachments.OWNER_TYPE, "x.id"))
                .append("""
                        , '[]'::json), 'submittedAt', x.submitted_at, 'by', x.submitter_name, 'outcome', x.outcome,
                                       'reviewNote', x.review_note, 'reviewedBy', x.reviewer_name, 'reviewedAt', x.reviewed_at)
                                       order by x.submitted_at, x.id)
                                from inspection_rectification x where x.finding_id = f.id),
                        """)
                .append(caseLinks.newestVisibleCase(caller, "FINDING", "f.id")).append(", coalesce(tg.path, fo.path)");
    }

    private static Row row(ResultSet r) throws SQLException {
        String reportType = r.getString(7);
        String reportStatus = r.getString(25);
        return new Row(r.getLong(1), FindingSource.valueOf(r.getString(2)), r.getObject(3, Long.class), r.getString(4),
                r.getObject(5, Long.class), r.getString(6), reportType == null ? null : InspectionType.valueOf(reportType),
                r.getLong(8), r.getString(9), r.getString(10), FindingSeverity.valueOf(r.getString(11)), r.getString(12),
                r.getString(13), r.getLong(14), r.getString(15), r.getObject(16, LocalDate.class),
                FindingStatus.valueOf(r.getString(17)), r.getInt(18), r.getString(19), r.getObject(20, OffsetDateTime.class),
                r.getLong(21), r.getObject(22, OffsetDateTime.class), r.getObject(23, OffsetDateTime.class),
                r.getObject(24, Long.class), reportStatus == null ? null : InspectionReportStatus.valueOf(reportStatus),
                r.getString(26), r.getObject(27, Long.class), r.getBoolean(28), r.getObject(29, Long.class), r.getString(30),
                r.getObject(31, Long.class), r.getString(32));
    }

    /** The finding entity, for a change, when the caller may see it. */
    public Optional<InspectionFinding> findVisible(Caller caller, long id) {
        return SqlText.of("select f.*" + FROM).append(where(caller, Filter.none(), LocalDate.MIN)).and("f.id = ?", id)
                .entityQuery(getEntityManager(), InspectionFinding.class).getResultStream().findFirst();
    }

    /** Every matching finding entity in the requested order, through a cursor (exports). */
    public Stream<InspectionFinding> streamMatching(Caller caller, Filter filter, PageQuery order, LocalDate today) {
        return SqlText.of("select f.*" + FROM).append(where(caller, filter, today)).append(" order by " + order.orderBy("f"))
                .entityQuery(getEntityManager(), InspectionFinding.class).setHint(HibernateHints.HINT_FETCH_SIZE, 500)
                .getResultStream();
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

}
