package io.dudao.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dudao.common.db.Sql;
import io.dudao.common.db.SqlText;
import io.dudao.common.db.Subtree;
import io.dudao.common.security.Caller;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.common.work.Lights;
import io.dudao.monitoring.MonitoringDtos.CycleResponse;
import io.dudao.monitoring.MonitoringDtos.Figures;
import io.dudao.monitoring.MonitoringDtos.ResultResponse;
import io.dudao.monitoring.MonitoringDtos.SampledCountyResponse;
import io.dudao.monitoring.MonitoringDtos.TrendPoint;
import io.dudao.monitoring.MonitoringEnums.CycleStatus;
import io.dudao.monitoring.MonitoringEnums.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The queries of quality monitoring, each scoped in SQL. A cycle is visible when its owner office or
 * one of its sampled counties lies in the caller's subtree; results, samples and problems only for the
 * counties that lie there (a county sees its own, never another's).
 */
@ApplicationScoped
public class MonitoringRepository {

    static final Map<String, String> SORTABLE = Map.of("year", "year", "title", "title", "endsOn", "endsOn", "id", "id");

    private static final TypeReference<List<SampledCountyResponse>> COUNTIES = new TypeReference<>() {
    };

    @Inject
    Sql sql;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    public record Filter(Integer year, CycleStatus status, Long countyId, Long planItemId, String q) {
    }

    /** The caller's subtree path: administrators see the whole tree. */
    static String scope(Caller caller) {
        return caller.isAdministrator() ? "/" : caller.orgPath();
    }

    /** SQL: the cycle aliased {@code c} is visible to the caller. */
    static SqlText visibility(Caller caller) {
        String path = scope(caller);
        return SqlText.of("").append(Subtree.contains("c.owner_org_id", path))
                .append(" or exists (select 1 from monitoring_sample vs where vs.cycle_id = c.id and vs.school_id is null and ")
                .append(Subtree.contains("vs.county_id", path)).append(")");
    }

    private static SqlText select(Caller caller) {
        String path = scope(caller);
        SqlText problems = SqlText.of("from inspection_finding pf where pf.source_type = 'MONITORING' and pf.source_id = c.id and (")
                .append(Subtree.contains("pf.owner_org_id", path)).append(" or ").append(Subtree.contains("pf.issuing_org_id", path))
                .append(")");
        return SqlText.of("""
                select c.id, c.owner_org_id, oo.name as owner_name, oo.path as owner_path, c.year, c.title,
                       c.subjects::text as subjects, c.grades::text as grades, c.test_date, c.feedback_date, c.ends_on,
                       c.fall_alert_points, c.plan_item_id, c.status, c.version, c.created_at, c.updated_at,
                       (select coalesce(jsonb_agg(jsonb_build_object('countyId', sc.county_id, 'countyName', co.name, 'schools',
                               (select coalesce(jsonb_agg(jsonb_build_object('id', ss.school_id, 'name', so2.name) order by so2.name), '[]'::jsonb)
                                from monitoring_sample ss join organization so2 on so2.id = ss.school_id
                                where ss.cycle_id = c.id and ss.county_id = sc.county_id and ss.school_id is not null))
                               order by co.code), '[]'::jsonb)::text
                        from monitoring_sample sc join organization co on co.id = sc.county_id
                        where sc.cycle_id = c.id and sc.school_id is null and\s""")
                .append(Subtree.contains("sc.county_id", path)).append(") as counties, (select count(*) from monitoring_result mr where mr.cycle_id = c.id and ")
                .append(Subtree.contains("mr.county_id", path)).append(") as result_count, (select count(*) ").append(problems)
                .append(") as problem_count, (select count(*) ").append(problems).append(" and pf.status <> 'VERIFIED') as open_problem_count");
    }

    private static final String FROM = " from monitoring_cycle c";
    private static final String JOINS = " join organization oo on oo.id = c.owner_org_id";

    public PageResponse<CycleResponse> page(Caller caller, Filter f, PageQuery page, LocalDate today) {
        SqlText where = SqlText.of(" where true").and(visibility(caller)).eq("c.year", f.year()).eq("c.status", f.status());
        if (f.countyId() != null) {
            where.and("exists (select 1 from monitoring_sample fs where fs.cycle_id = c.id and fs.school_id is null and fs.county_id = ?)",
                    f.countyId());
        }
        if (f.planItemId() != null) {
            where.and(io.dudao.common.work.PlanItems.sqlUnder("c.plan_item_id", f.planItemId()));
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.and("lower(c.title) like ?", "%" + f.q().trim().toLowerCase() + "%");
        }
        return sql.page(select(caller), FROM, JOINS, where, page, "c", row -> cycle(caller, row, today));
    }

    public Optional<CycleResponse> one(Caller caller, long id, LocalDate today) {
        SqlText q = select(caller).append(FROM + JOINS).append(" where c.id = ?", id).and(visibility(caller));
        return sql.one(q.sql(), q.params(), row -> cycle(caller, row, today));
    }

    /** The cycle entity, when the caller can see it. */
    public Optional<MonitoringCycle> findVisible(Caller caller, long id) {
        return SqlText.of("select c.* from monitoring_cycle c where c.id = ?", id).and(visibility(caller))
                .entityQuery(em, MonitoringCycle.class).getResultStream().findFirst();
    }

    private CycleResponse cycle(Caller caller, ResultSet r, LocalDate today) throws SQLException {
        CycleStatus status = CycleStatus.valueOf(r.getString("status"));
        LocalDate endsOn = r.getObject("ends_on", LocalDate.class);
        boolean manageable = caller.isAdmin() || caller.isOffice() && caller.covers(r.getString("owner_path"));
        return new CycleResponse(r.getLong("id"), r.getLong("owner_org_id"), r.getString("owner_name"), r.getInt("year"),
                r.getString("title"), json(r.getString("subjects"), new TypeReference<List<Subject>>() {
                }), json(r.getString("grades"), new TypeReference<List<Integer>>() {
                }), r.getObject("test_date", LocalDate.class), r.getObject("feedback_date", LocalDate.class), endsOn,
                r.getBigDecimal("fall_alert_points"), (Long) r.getObject("plan_item_id"), status,
                Lights.of(status == CycleStatus.CLOSED, endsOn, today), json(r.getString("counties"), COUNTIES),
                r.getLong("result_count"), r.getLong("problem_count"), r.getLong("open_problem_count"), manageable,
                r.getLong("version"), r.getObject("created_at", OffsetDateTime.class), r.getObject("updated_at", OffsetDateTime.class));
    }

    private <T> T json(String text, TypeReference<T> type) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable monitoring json", e);
        }
    }

    // --- samples ---

    /** A sampled county (school null) or school of a cycle. */
    public record Sample(long countyId, Long schoolId) {
    }

    public List<Sample> samples(long cycleId) {
        return sql.list("select county_id, school_id from monitoring_sample where cycle_id = ? order by id", List.of(cycleId),
                r -> new Sample(r.getLong(1), (Long) r.getObject(2)));
    }

    public void persist(MonitoringCycle cycle) {
        em.persist(cycle);
        em.flush();
    }

    public void replaceSamples(long cycleId, List<Sample> samples) {
        em.createNativeQuery("delete from monitoring_sample where cycle_id = ?1").setParameter(1, cycleId).executeUpdate();
        long[] counties = samples.stream().mapToLong(Sample::countyId).toArray();
        Long[] schools = samples.stream().map(Sample::schoolId).toArray(Long[]::new);
        em.createNativeQuery("""
                        insert into monitoring_sample (cycle_id, county_id, school_id)
                        select ?1, s.county_id, s.school_id from unnest(cast(?2 as bigint[]), cast(?3 as bigint[])) as s(county_id, school_id)""")
                .setParameter(1, cycleId).setParameter(2, boxed(counties)).setParameter(3, schools).executeUpdate();
    }

    private static Long[] boxed(long[] values) {
        return java.util.Arrays.stream(values).boxed().toArray(Long[]::new);
    }

    /** How many of a cycle's result rows a new sample, subjects and grades would leave outside. */
    public long resultsOutside(long cycleId, List<Sample> samples, List<Subject> subjects, List<Integer> grades) {
        return sql.count("""
                select count(*) from monitoring_result r where r.cycle_id = ? and (not (r.subject = any(?)) or not (r.grade = any(?))
                    or not (r.county_id = any(?)) or r.school_id is not null and not (r.school_id = any(?)))""",
                List.of(cycleId, subjects.stream().map(Enum::name).toArray(String[]::new), grades.toArray(Integer[]::new),
                        ids(samples, false).toArray(Long[]::new), ids(samples, true).toArray(Long[]::new)));
    }

    // --- results ---

    /** One imported row. */
    public record ResultRow(long countyId, Long schoolId, Subject subject, int grade, BigDecimal level3Share, BigDecimal excellentShare,
                            BigDecimal meanScore, BigDecimal differenceRate, BigDecimal provinceLevel3Share,
                            BigDecimal provinceExcellentShare, BigDecimal provinceMeanScore, BigDecimal provinceDifferenceRate) {
    }

    public int replaceResults(long cycleId, List<ResultRow> rows) {
        em.createNativeQuery("delete from monitoring_result where cycle_id = ?1").setParameter(1, cycleId).executeUpdate();
        int n = 0;
        for (ResultRow r : rows) {
            n += em.createNativeQuery("""
                            insert into monitoring_result (cycle_id, county_id, school_id, subject, grade, level3_share, excellent_share,
                                mean_score, difference_rate, province_level3_share, province_excellent_share, province_mean_score,
                                province_difference_rate)
                            values (?1, ?2, cast(?3 as bigint), ?4, ?5, ?6, cast(?7 as numeric), cast(?8 as numeric), cast(?9 as numeric),
                                cast(?10 as numeric), cast(?11 as numeric), cast(?12 as numeric), cast(?13 as numeric))""")
                    .setParameter(1, cycleId).setParameter(2, r.countyId()).setParameter(3, r.schoolId())
                    .setParameter(4, r.subject().name()).setParameter(5, r.grade()).setParameter(6, r.level3Share())
                    .setParameter(7, r.excellentShare()).setParameter(8, r.meanScore()).setParameter(9, r.differenceRate())
                    .setParameter(10, r.provinceLevel3Share()).setParameter(11, r.provinceExcellentShare())
                    .setParameter(12, r.provinceMeanScore()).setParameter(13, r.provinceDifferenceRate()).executeUpdate();
        }
        return n;
    }

    private static final String RESULT_SELECT = """
            select r.county_id, co.name as county_name, r.school_id, so.name as school_name, r.subject, r.grade,
                   r.level3_share, r.excellent_share, r.mean_score, r.difference_rate, r.province_level3_share,
                   r.province_excellent_share, r.province_mean_score, r.province_difference_rate
            from monitoring_result r join organization co on co.id = r.county_id left join organization so on so.id = r.school_id
            """;

    /** The visible results of a cycle (its visibility checked by the caller), filtered. */
    public List<ResultResponse> results(Caller caller, long cycleId, Long countyId, Subject subject, Integer grade, boolean schools,
                                        boolean countyLevelOnly, String orderBy) {
        SqlText q = SqlText.of(RESULT_SELECT + " where r.cycle_id = ?", cycleId).and(Subtree.contains("r.county_id", scope(caller)))
                .eq("r.county_id", countyId).eq("r.subject", subject).eq("r.grade", grade);
        if (countyLevelOnly || !schools) {
            q.and("r.school_id is null");
        }
        q.append(" order by " + orderBy);
        return sql.list(q.sql(), q.params(), MonitoringRepository::result);
    }

    static final String RESULT_ORDER = "co.code, r.grade, r.subject, r.school_id nulls first, so.name";

    private static ResultResponse result(ResultSet r) throws SQLException {
        Figures own = new Figures(r.getBigDecimal("level3_share"), r.getBigDecimal("excellent_share"), r.getBigDecimal("mean_score"),
                r.getBigDecimal("difference_rate"));
        Figures province = new Figures(r.getBigDecimal("province_level3_share"), r.getBigDecimal("province_excellent_share"),
                r.getBigDecimal("province_mean_score"), r.getBigDecimal("province_difference_rate"));
        BigDecimal vs = own.level3Share() == null || province.level3Share() == null ? null : own.level3Share().subtract(province.level3Share());
        return new ResultResponse(r.getLong("county_id"), r.getString("county_name"), (Long) r.getObject("school_id"),
                r.getString("school_name"), Subject.valueOf(r.getString("subject")), r.getInt("grade"), own, province, vs);
    }

    /** A county's own figures for a subject and grade across the visible cycles, oldest first. */
    public List<TrendPoint> trend(Caller caller, long countyId, Subject subject, int grade) {
        SqlText q = SqlText.of("""
                select c.id, c.year, c.title, r.level3_share, r.excellent_share, r.mean_score, r.difference_rate,
                       r.province_level3_share, r.province_excellent_share, r.province_mean_score, r.province_difference_rate
                from monitoring_result r join monitoring_cycle c on c.id = r.cycle_id
                where r.school_id is null and r.county_id = ? and r.subject = ? and r.grade = ?""", countyId, subject, grade)
                .and(visibility(caller)).append(" order by c.year, c.id");
        return sql.list(q.sql(), q.params(), r -> new TrendPoint(r.getLong("id"), r.getInt("year"), r.getString("title"),
                new Figures(r.getBigDecimal("level3_share"), r.getBigDecimal("excellent_share"), r.getBigDecimal("mean_score"),
                        r.getBigDecimal("difference_rate")),
                new Figures(r.getBigDecimal("province_level3_share"), r.getBigDecimal("province_excellent_share"),
                        r.getBigDecimal("province_mean_score"), r.getBigDecimal("province_difference_rate"))));
    }

    /** A county-level fall: this cycle's share against the same county, subject and grade in its latest earlier visible cycle. */
    public record Fall(long countyId, String countyName, Subject subject, int grade, long previousCycleId, int previousYear,
                       BigDecimal previousShare, BigDecimal share) {
    }

    /** The visible counties of a cycle whose share at level III or above fell by more than {@code points}, biggest fall first. */
    public List<Fall> falls(Caller caller, MonitoringCycle cycle, BigDecimal points) {
        SqlText q = SqlText.of("""
                select r.county_id, co.name, r.subject, r.grade, p.cycle_id, p.year, p.level3_share, r.level3_share
                from monitoring_result r join organization co on co.id = r.county_id
                join lateral (select pr.cycle_id, c.year, pr.level3_share from monitoring_result pr join monitoring_cycle c on c.id = pr.cycle_id
                              where pr.school_id is null and pr.county_id = r.county_id and pr.subject = r.subject and pr.grade = r.grade
                                and c.year < ?""", cycle.year).and(visibility(caller)).append("""
                               order by c.year desc, c.id desc limit 1) p on true
                where r.cycle_id = ? and r.school_id is null and p.level3_share - r.level3_share > ?""", cycle.id, points)
                .and(Subtree.contains("r.county_id", scope(caller)))
                .append(" order by p.level3_share - r.level3_share desc, co.code, r.subject, r.grade");
        return sql.list(q.sql(), q.params(), r -> new Fall(r.getLong(1), r.getString(2), Subject.valueOf(r.getString(3)), r.getInt(4),
                r.getLong(5), r.getInt(6), r.getBigDecimal(7), r.getBigDecimal(8)));
    }

    static List<Long> ids(List<Sample> samples, boolean schools) {
        List<Long> out = new ArrayList<>();
        samples.forEach(s -> {
            if (schools && s.schoolId() != null) {
                out.add(s.schoolId());
            } else if (!schools && s.schoolId() == null) {
                out.add(s.countyId());
            }
        });
        return out;
    }
}
