package io.dudao.inspection;

import io.dudao.attachment.AttachmentService;
import io.dudao.common.db.Sql;
import io.dudao.common.db.SqlText;
import io.dudao.common.db.Subtree;
import io.dudao.common.links.AccountabilityLinks;
import io.dudao.common.security.Caller;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.inspection.InspectionEnums.FindingSeverity;
import io.dudao.inspection.InspectionEnums.FindingStatus;
import io.dudao.inspection.InspectionEnums.InspectionReportStatus;
import io.dudao.inspection.InspectionEnums.InspectionType;
import io.dudao.task.TaskEnums.Light;
import io.dudao.task.TaskLights;
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

    /** A finding with its report (r): what {@link #where} conditions refer to. */
    private static final String FROM = " from inspection_finding f join inspection_report r on r.id = f.report_id";
    /** What only the response needs: the inspecting organisation (io), the owner (fo), the target (tg). */
    private static final String NAMES = " join organization io on io.id = r.inspecting_org_id join organization fo on fo.id = f.owner_org_id"
            + " join organization tg on tg.id = r.target_org_id";

    @Inject
    Sql sql;

    @Inject
    AccountabilityLinks caseLinks;

    /** A finding as responses show it; rectifications as a JSON array (with their evidence), or null. */
    public record Row(long id, long reportId, String reportTitle, InspectionType reportType, long inspectingOrgId,
                      String inspectingOrgName, String indicatorCode, FindingSeverity severity, String description,
                      String requirement, long ownerOrgId, String ownerOrgName, LocalDate dueDate, FindingStatus status,
                      int reopenCount, String lastReopenReason, OffsetDateTime verifiedAt, long version,
                      OffsetDateTime createdAt, OffsetDateTime updatedAt, InspectionReportStatus reportStatus,
                      String inspectingPath, Long reportCreatedBy, boolean callerInspects, String rectificationsJson,
                      Long accountabilityCaseId, String targetPath) {
    }

    public record Filter(Long reportId, Long ownerOrgId, FindingStatus status, Light light, FindingSeverity severity,
                         InspectionType reportType, LocalDate dueBefore, LocalDate dueAfter, String q, boolean mine,
                         Boolean escalation, Long withinOrgId) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null, false, null, null);
        }
    }

    /**
     * Who sees a finding: whoever sees its report, and the owner organisation's subtree once the report
     * is published.
     */
    static SqlText where(Caller caller, Filter f, LocalDate today) {
        SqlText where = SqlText.of(" where true");
        if (!caller.isAdmin()) {
            where.and(SqlText.of("(").append(InspectionReportRepository.sqlVisibility(caller))
                    .append(") or r.status = 'PUBLISHED' and ").append(Subtree.contains("f.owner_org_id", caller.orgPath())));
        }
        where.eq("f.report_id", f.reportId()).eq("f.owner_org_id", f.ownerOrgId()).eq("f.status", f.status())
                .eq("f.severity", f.severity()).eq("r.type", f.reportType());
        Subtree.within(where, "f.owner_org_id", f.withinOrgId());
        if (f.mine()) {
            where.eq("f.owner_org_id", caller.orgId());
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
            lightCondition(where, f.light(), today);
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

    /** The light as a query condition, mirroring {@link FindingRules#light}. */
    private static void lightCondition(SqlText where, Light light, LocalDate today) {
        LocalDate yellowEnd = today.plusDays(TaskLights.YELLOW_DAYS);
        switch (light) {
            case RED -> where.and("f.status <> 'VERIFIED' and f.due_date < ?", today);
            case YELLOW -> where.and("f.status <> 'VERIFIED' and f.due_date >= ? and f.due_date <= ?", today, yellowEnd);
            case GREEN -> where.and("f.status <> 'VERIFIED' and f.due_date > ?", yellowEnd);
            case NONE -> where.and("f.status = 'VERIFIED'");
        }
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
                        select f.id, f.report_id, r.title, r.type, r.inspecting_org_id, io.name, f.indicator_code, f.severity,
                               f.description, f.requirement, f.owner_org_id, fo.name, f.due_date, f.status, f.reopen_count,
                               f.last_reopen_reason, f.verified_at, f.version, f.created_at, f.updated_at, r.status, io.path,
                               r.created_by,
                               exists (select 1 from inspection_report_inspector ri where ri.report_id = r.id and ri.user_id = ?),
                               (select json_agg(json_build_object('id', x.id, 'measures', x.measures, 'result', x.result,
                                       'attachments', coalesce(""", caller.userId())
                .append(AttachmentService.jsonOfOwner(EvidenceAttachments.OWNER_TYPE, "x.id"))
                .append("""
                        , '[]'::json), 'submittedAt', x.submitted_at, 'by', x.submitter_name, 'outcome', x.outcome,
                                       'reviewNote', x.review_note, 'reviewedBy', x.reviewer_name, 'reviewedAt', x.reviewed_at)
                                       order by x.submitted_at, x.id)
                                from inspection_rectification x where x.finding_id = f.id),
                        """)
                .append(caseLinks.newestVisibleCase(caller, "FINDING", "f.id")).append(", tg.path");
    }

    private static Row row(ResultSet r) throws SQLException {
        return new Row(r.getLong(1), r.getLong(2), r.getString(3), InspectionType.valueOf(r.getString(4)), r.getLong(5),
                r.getString(6), r.getString(7), FindingSeverity.valueOf(r.getString(8)), r.getString(9), r.getString(10),
                r.getLong(11), r.getString(12), r.getObject(13, LocalDate.class), FindingStatus.valueOf(r.getString(14)),
                r.getInt(15), r.getString(16), r.getObject(17, OffsetDateTime.class), r.getLong(18),
                r.getObject(19, OffsetDateTime.class), r.getObject(20, OffsetDateTime.class),
                InspectionReportStatus.valueOf(r.getString(21)), r.getString(22), r.getObject(23, Long.class), r.getBoolean(24),
                r.getString(25), r.getObject(26, Long.class), r.getString(27));
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
