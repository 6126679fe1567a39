package io.dudao.supervision;

import io.dudao.common.security.Caller;
import io.dudao.supervision.SupervisionEnums.Semester;
import io.dudao.supervision.SupervisionEnums.VisitFrequency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.dudao.supervision.SupervisionRepository.ancestorOf;
import static io.dudao.supervision.SupervisionRepository.scope;
import static io.dudao.supervision.SupervisionRepository.settingsJoin;

/** The two statements behind the coverage view; visibility and counting happen in SQL. */
@ApplicationScoped
public class CoverageRepository {

    /** A school with its zone, county and city, its county's rules, and its submitted routine visits per month. */
    public record SchoolVisits(long schoolId, String schoolName, Long zoneId, String zoneName, long countyId, String countyName,
                               Long cityId, String cityName, SupervisionRules rules, Map<YearMonth, Integer> visits) {
    }

    /** One supervisor of one school, with the number of schools their appointment carries in all. */
    public record AssignmentLoad(long schoolId, long userId, String userName, boolean lead, int totalSchools) {
    }

    @Inject
    EntityManager em;

    /**
     * The schools in the caller's subtree below the organisation, each with the visits dated in a window
     * wide enough for any county's semester dates; the rules then pick each county's own months.
     */
    public List<SchoolVisits> schools(Caller caller, long orgId, int year, Semester semester) {
        LocalDate from = semester == Semester.SPRING ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 7, 1);
        LocalDate to = semester == Semester.SPRING ? LocalDate.of(year, 8, 31) : LocalDate.of(year + 1, 3, 31);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        with school as (
                            select s.id, s.name, s.path, """ + ancestorOf("ZONE", "s") + " as zone_id, "
                + ancestorOf("COUNTY", "s") + " as county_id, " + ancestorOf("CITY", "s") + """
                                    as city_id
                            from organization s
                            where s.type = 'SCHOOL' and s.path like :scope
                              and s.path like (select o.path from organization o where o.id = :org) || '%')
                        select sc.id, sc.name, sc.zone_id, z.name as zone_name, sc.county_id, c.name as county_name, sc.city_id,
                               ci.name as city_name, st.schools_per_supervisor, st.schools_per_zone, st.visit_frequency,
                               st.visits_per_period, st.spring_start, st.spring_end, st.autumn_start, st.autumn_end,
                               st.holiday_months,
                               (select string_agg(v.month || '=' || v.n, ',') from (
                                    select to_char(r.visit_start, 'YYYY-MM') as month, count(*) as n from inspection_report r
                                    where r.target_org_id = sc.id and r.type = 'ROUTINE_VISIT' and r.status <> 'DRAFT'
                                      and r.visit_start between :from and :to
                                    group by 1) v) as visits
                        from school sc
                        join organization c on c.id = sc.county_id
                        left join organization z on z.id = sc.zone_id
                        left join organization ci on ci.id = sc.city_id
                        """ + settingsJoin("st", "sc.county_id") + """
                        order by c.name, z.name nulls last, sc.name, sc.id""")
                .setParameter("scope", scope(caller)).setParameter("org", orgId)
                .setParameter("from", from).setParameter("to", to).getResultList();
        return rows.stream().map(CoverageRepository::school).toList();
    }

    private static SchoolVisits school(Object[] r) {
        SupervisionRules rules = SupervisionRules.of(((Number) r[8]).intValue(), ((Number) r[9]).intValue(),
                VisitFrequency.valueOf((String) r[10]), ((Number) r[11]).intValue(), (String) r[12], (String) r[13],
                (String) r[14], (String) r[15], (String) r[16]);
        Map<YearMonth, Integer> visits = new HashMap<>();
        if (r[17] != null) {
            for (String pair : ((String) r[17]).split(",")) {
                String[] kv = pair.split("=");
                visits.put(YearMonth.parse(kv[0]), Integer.valueOf(kv[1]));
            }
        }
        return new SchoolVisits(((Number) r[0]).longValue(), (String) r[1], id(r[2]), (String) r[3], ((Number) r[4]).longValue(),
                (String) r[5], id(r[6]), (String) r[7], rules, visits);
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public List<AssignmentLoad> assignments(Caller caller, long orgId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select ss.school_id, a.user_id, u.display_name, ss.lead,
                               (select count(*) from school_supervisor x join supervisor_appointment xa on xa.id = x.appointment_id
                                where xa.user_id = a.user_id) as total_schools
                        from school_supervisor ss
                        join supervisor_appointment a on a.id = ss.appointment_id
                        join app_user u on u.id = a.user_id
                        join organization s on s.id = ss.school_id
                        where s.path like :scope and s.path like (select o.path from organization o where o.id = :org) || '%'
                        order by u.display_name, a.user_id, ss.school_id""")
                .setParameter("scope", scope(caller)).setParameter("org", orgId).getResultList();
        return rows.stream().map(r -> new AssignmentLoad(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (Boolean) r[3], ((Number) r[4]).intValue())).toList();
    }
}
