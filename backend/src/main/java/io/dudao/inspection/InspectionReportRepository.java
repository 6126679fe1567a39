package io.dudao.inspection;

import io.dudao.common.db.SqlText;
import io.dudao.common.db.Subtree;
import io.dudao.common.db.Sql;
import io.dudao.common.security.Caller;
import io.dudao.common.work.PlanItems;
import io.dudao.common.work.PlanYears;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.inspection.InspectionEnums.FindingStatus;
import io.dudao.inspection.InspectionEnums.InspectionReportStatus;
import io.dudao.inspection.InspectionEnums.InspectionType;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.jpa.HibernateHints;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Inspection reports in SQL: who sees a report and which a filter matches is one {@code where} clause
 * ({@link #where}), used by the register (one statement a page, with both organisations, the
 * indicator system's name and the findings per status), the report itself, the counts, the exports
 * and the entity a change loads.
 */
@ApplicationScoped
public class InspectionReportRepository implements PanacheRepository<InspectionReport> {

    private static final String FROM = " from inspection_report r";
    /** What only the responses need: target (tg) and inspecting (io) organisations, the system (s). */
    private static final String NAMES = " join organization tg on tg.id = r.target_org_id"
            + " join organization io on io.id = r.inspecting_org_id"
            + " left join indicator_system s on s.id = r.indicator_system_id";
    /** The columns of {@link Summary}; the findings per status as an array (OPEN, SUBMITTED, VERIFIED, REOPENED). */
    private static final String SUMMARY = """
            select r.id, r.type, r.title, r.target_org_id, tg.name, r.inspecting_org_id, io.name, r.indicator_system_id, s.name,
                   r.indicator_system_version, r.visit_start, r.visit_end, r.topic, r.total_score, r.grade, r.status, r.version,
                   r.updated_at, r.plan_item_id,
                   (select array[count(*) filter (where fc.status = 'OPEN'), count(*) filter (where fc.status = 'SUBMITTED'),
                                 count(*) filter (where fc.status = 'VERIFIED'), count(*) filter (where fc.status = 'REOPENED')]
                    from inspection_finding fc where fc.report_id = r.id)""";

    @Inject
    Sql sql;

    /** A report as the register lists it; findings per status in {@link FindingStatus} order. */
    public record Summary(long id, InspectionType type, String title, long targetOrgId, String targetOrgName,
                          long inspectingOrgId, String inspectingOrgName, Long indicatorSystemId, String indicatorSystemName,
                          Integer indicatorSystemVersion, LocalDate visitStart, LocalDate visitEnd, String topic,
                          BigDecimal totalScore, String grade, InspectionReportStatus status, long version,
                          OffsetDateTime updatedAt, Long planItemId, Map<FindingStatus, Long> findings) {
    }

    /** A report as it is shown on its own: the summary and the rest (scores as JSON). */
    public record Detail(Summary summary, List<Long> inspectorUserIds, String summaryText, String scoresJson,
                         String returnReason, Long createdBy, String inspectingPath, OffsetDateTime submittedAt,
                         OffsetDateTime approvedAt, OffsetDateTime publishedAt, OffsetDateTime createdAt) {
    }

    public record Filter(InspectionType type, InspectionReportStatus status, Long targetOrgId, Long inspectingOrgId,
                         Long indicatorSystemId, LocalDate visitFrom, LocalDate visitTo, String q, boolean mine,
                         Long planItemId, Integer year) {

        static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, false, null, null);
        }
    }

    /** A report's own year, when it serves no plan item: that of its visit, else of its creation. */
    public static final String OWN_YEAR = "extract(year from coalesce(r.visit_end, r.visit_start, cast(r.created_at as date)))";

    /**
     * Who sees a report: the inspecting organisation and its ancestors at every stage (and the report's
     * own author and inspectors); the target organisation and those between it and the inspecting one
     * (the target lies in their subtree) only once it is PUBLISHED. Nobody else. The report is {@code r}.
     */
    static SqlText sqlVisibility(Caller caller) {
        if (caller.isAdmin()) {
            return SqlText.of("true");
        }
        return Subtree.contains("r.inspecting_org_id", caller.orgPath())
                .append(" or r.created_by = ?", caller.userId())
                .append(" or exists (select 1 from inspection_report_inspector ri where ri.report_id = r.id and ri.user_id = ?)",
                        caller.userId())
                .append(" or r.status = 'PUBLISHED' and ").append(Subtree.contains("r.target_org_id", caller.orgPath()));
    }

    /**
     * {@link #sqlVisibility} in HQL, for the work registry (it joins every kind of work in one HQL query)
     * and the findings' HQL visibility: the two must say the same.
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

    static SqlText where(Caller caller, Filter f) {
        SqlText where = SqlText.of(" where true").and(sqlVisibility(caller));
        where.eq("r.type", f.type()).eq("r.status", f.status()).eq("r.target_org_id", f.targetOrgId())
                .eq("r.inspecting_org_id", f.inspectingOrgId()).eq("r.indicator_system_id", f.indicatorSystemId());
        if (f.planItemId() != null) {
            where.and(PlanItems.sqlUnder("r.plan_item_id", f.planItemId()));
        }
        if (f.year() != null) {
            where.and(PlanYears.sqlByItem("r.plan_item_id", OWN_YEAR, f.year()));
        }
        if (f.visitFrom() != null) {
            where.and("r.visit_start >= ?", f.visitFrom());
        }
        if (f.visitTo() != null) {
            where.and("r.visit_start <= ?", f.visitTo());
        }
        if (f.mine()) {
            where.and("r.created_by = ? or exists (select 1 from inspection_report_inspector mi where mi.report_id = r.id"
                    + " and mi.user_id = ?)", caller.userId(), caller.userId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            String like = "%" + f.q().trim().toLowerCase() + "%";
            where.and("lower(r.title) like ? or lower(coalesce(r.topic, '')) like ?", like, like);
        }
        return where;
    }

    /** A page of the register in the requested order: one statement, plus a count when the page is full. */
    public PageResponse<Summary> readPage(Caller caller, Filter filter, PageQuery page) {
        return sql.page(SqlText.of(SUMMARY), FROM, NAMES, where(caller, filter), page, "r", InspectionReportRepository::summary);
    }

    /** One report as the caller sees it, or empty when it does not exist or is outside their sight. */
    public Optional<Detail> read(Caller caller, long id) {
        SqlText query = SqlText.of(SUMMARY + """
                        , array(select i.user_id from inspection_report_inspector i where i.report_id = r.id order by i.seq),
                        r.summary, cast(r.scores as text), r.return_reason, r.created_by, io.path, r.submitted_at, r.approved_at,
                        r.published_at, r.created_at""").append(FROM + NAMES).append(where(caller, Filter.none()))
                .and("r.id = ?", id);
        return sql.one(query.sql(), query.params(), row -> new Detail(summary(row),
                List.of((Long[]) row.getArray(21).getArray()), row.getString(22), row.getString(23), row.getString(24),
                row.getObject(25, Long.class), row.getString(26), row.getObject(27, OffsetDateTime.class),
                row.getObject(28, OffsetDateTime.class), row.getObject(29, OffsetDateTime.class),
                row.getObject(30, OffsetDateTime.class)));
    }

    private static Summary summary(ResultSet r) throws SQLException {
        Long[] counts = (Long[]) r.getArray(20).getArray();
        Map<FindingStatus, Long> findings = new EnumMap<>(FindingStatus.class);
        findings.put(FindingStatus.OPEN, counts[0]);
        findings.put(FindingStatus.SUBMITTED, counts[1]);
        findings.put(FindingStatus.VERIFIED, counts[2]);
        findings.put(FindingStatus.REOPENED, counts[3]);
        return new Summary(r.getLong(1), InspectionType.valueOf(r.getString(2)), r.getString(3), r.getLong(4), r.getString(5),
                r.getLong(6), r.getString(7), r.getObject(8, Long.class), r.getString(9), r.getObject(10, Integer.class),
                r.getObject(11, LocalDate.class), r.getObject(12, LocalDate.class), r.getString(13), r.getBigDecimal(14),
                r.getString(15), InspectionReportStatus.valueOf(r.getString(16)), r.getLong(17),
                r.getObject(18, OffsetDateTime.class), r.getObject(19, Long.class), findings);
    }

    /** The report entity, for a change, when the caller may see it. */
    public Optional<InspectionReport> findVisible(Caller caller, long id) {
        return SqlText.of("select r.*" + FROM).append(where(caller, Filter.none())).and("r.id = ?", id)
                .entityQuery(getEntityManager(), InspectionReport.class).getResultStream().findFirst();
    }

    /** Every matching report entity in the requested order, through a cursor (exports). */
    public Stream<InspectionReport> streamMatching(Caller caller, Filter filter, PageQuery order) {
        return SqlText.of("select r.*" + FROM).append(where(caller, filter)).append(" order by " + order.orderBy("r"))
                .entityQuery(getEntityManager(), InspectionReport.class).setHint(HibernateHints.HINT_FETCH_SIZE, 500)
                .getResultStream();
    }
}
