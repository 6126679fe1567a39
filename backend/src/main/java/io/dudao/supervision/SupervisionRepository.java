package io.dudao.supervision;

import io.dudao.common.security.Caller;
import io.dudao.supervision.SupervisionDtos.AppointmentResponse;
import io.dudao.supervision.SupervisionDtos.AssignedSupervisor;
import io.dudao.supervision.SupervisionDtos.AssignmentRow;
import io.dudao.supervision.SupervisionEnums.AppointmentStatus;
import io.dudao.supervision.SupervisionEnums.Employment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The queries of responsibility supervision. Every read is scoped in SQL: an appointment belongs to
 * its zone, an assignment to its school, and either is visible when that organisation lies in the
 * caller's subtree (administrators: the whole tree, whose paths all start with "/").
 */
@ApplicationScoped
public class SupervisionRepository {

    /** The id of the organisation of the given type above (or at) an organisation (alias {@code org}), from its path. */
    static String ancestorOf(String type, String org) {
        return "(select anc.id from organization anc where anc.type = '" + type + "' and anc.id = any(string_to_array(trim(both '/' from "
                + org + ".path), '/')::bigint[]))";
    }

    /** Joins the settings in force for the county whose id is the SQL expression {@code county}: its own row, else the defaults. */
    static String settingsJoin(String alias, String county) {
        return " join lateral (select * from supervision_settings st where st.org_id = " + county
                + " or st.org_id is null order by st.org_id nulls last limit 1) " + alias + " on true ";
    }

    @Inject
    EntityManager em;

    static String scope(Caller caller) {
        return (caller.isAdministrator() ? "/" : caller.orgPath()) + "%";
    }

    // --- appointments ---

    public record AppointmentFilter(Long zoneId, Long withinOrgId, AppointmentStatus status, Long userId, String q) {
    }

    static final Map<String, String> APPOINTMENT_SORT = Map.of(
            "termEnd", "a.term_end", "name", "u.display_name", "zone", "z.name", "id", "a.id");

    private static final String APPOINTMENT_SELECT = """
            select a.id, a.user_id, u.display_name, uo.id as user_org_id, uo.name as user_org_name, z.id as zone_id,
                   z.name as zone_name, a.term_start, a.term_end, a.certificate_no, a.employment, a.status, a.phone,
                   (select count(*) from school_supervisor ss join supervisor_appointment sa on sa.id = ss.appointment_id
                    where sa.user_id = a.user_id) as school_count,
                   st.schools_per_supervisor, a.version, count(*) over () as total
            from supervisor_appointment a
            join organization z on z.id = a.zone_id
            join app_user u on u.id = a.user_id
            join organization uo on uo.id = u.organization_id
            """ + settingsJoin("st", ancestorOf("COUNTY", "z")) + " where z.path like :scope ";

    /** One page of visible appointments and the total, in one statement. */
    public Page<AppointmentResponse> appointments(Caller caller, AppointmentFilter filter, String orderBy, boolean descending,
                                                  int page, int size, LocalDate today) {
        StringBuilder sql = new StringBuilder(APPOINTMENT_SELECT);
        if (filter.zoneId() != null) {
            sql.append(" and a.zone_id = :zoneId");
        }
        if (filter.withinOrgId() != null) {
            sql.append(" and z.path like (select w.path from organization w where w.id = :within) || '%'");
        }
        if (filter.status() != null) {
            sql.append(" and a.status = :status");
        }
        if (filter.userId() != null) {
            sql.append(" and a.user_id = :userId");
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            sql.append(" and (lower(u.display_name) like :q or lower(coalesce(a.certificate_no, '')) like :q or lower(uo.name) like :q)");
        }
        String direction = descending ? " desc" : " asc";
        sql.append(" order by ").append(orderBy).append(direction).append(", a.id").append(direction).append(" limit :size offset :offset");
        Query query = em.createNativeQuery(sql.toString()).setParameter("scope", scope(caller))
                .setParameter("size", size).setParameter("offset", (long) page * size);
        if (filter.zoneId() != null) {
            query.setParameter("zoneId", filter.zoneId());
        }
        if (filter.withinOrgId() != null) {
            query.setParameter("within", filter.withinOrgId());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status().name());
        }
        if (filter.userId() != null) {
            query.setParameter("userId", filter.userId());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            query.setParameter("q", "%" + filter.q().trim().toLowerCase() + "%");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[16]).longValue();
        return new Page<>(rows.stream().map(r -> appointment(r, today)).toList(), total);
    }

    public Optional<AppointmentResponse> appointment(Caller caller, long id, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(APPOINTMENT_SELECT + " and a.id = :id")
                .setParameter("scope", scope(caller)).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(r -> appointment(r, today));
    }

    /** The appointment entity, when its zone lies in the caller's subtree. */
    public Optional<SupervisorAppointment> findVisible(Caller caller, long id) {
        return em.createQuery("""
                        select a from SupervisorAppointment a where a.id = :id and exists (
                            select 1 from Organization z where z.id = a.zoneId and z.path like :scope)""", SupervisorAppointment.class)
                .setParameter("id", id).setParameter("scope", scope(caller)).getResultStream().findFirst();
    }

    private static AppointmentResponse appointment(Object[] r, LocalDate today) {
        LocalDate start = localDate(r[7]);
        LocalDate end = localDate(r[8]);
        AppointmentStatus status = AppointmentStatus.valueOf((String) r[11]);
        int schools = ((Number) r[13]).intValue();
        int limit = ((Number) r[14]).intValue();
        return new AppointmentResponse(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                ((Number) r[3]).longValue(), (String) r[4], ((Number) r[5]).longValue(), (String) r[6], start, end,
                (String) r[9], Employment.valueOf((String) r[10]), status, (String) r[12],
                status == AppointmentStatus.ACTIVE && !today.isBefore(start) && !today.isAfter(end),
                schools, limit, schools > limit, ((Number) r[15]).longValue());
    }

    static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    /** Whether the user has another appointment to the zone whose term overlaps (ended ones aside). */
    public boolean overlapping(long userId, long zoneId, LocalDate start, LocalDate end, Long exceptId) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from supervisor_appointment
                        where user_id = ?1 and zone_id = ?2 and status <> 'ENDED' and term_start <= ?4 and term_end >= ?3
                          and id <> coalesce(cast(?5 as bigint), -1)""")
                .setParameter(1, userId).setParameter(2, zoneId).setParameter(3, start).setParameter(4, end)
                .setParameter(5, exceptId).getSingleResult()).longValue() > 0;
    }

    /** An active user the caller may appoint: of an organisation in the caller's subtree or above it. Returns the user's organisation id. */
    public Optional<Long> appointableUserOrg(Caller caller, long userId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("""
                        select o.id from app_user u join organization o on o.id = u.organization_id
                        where u.id = :user and u.active and (o.path like :scope or :path like o.path || '%')""")
                .setParameter("user", userId).setParameter("scope", scope(caller)).setParameter("path", caller.orgPath())
                .getResultList();
        return rows.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    // --- assignments ---

    /** The current appointment of each named user to the zone (ACTIVE, today within the term), by user id. */
    public Map<Long, Long> currentAppointments(long zoneId, List<Long> userIds, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select distinct on (user_id) user_id, id from supervisor_appointment
                        where zone_id = :zone and user_id = any(cast(:users as bigint[])) and status = 'ACTIVE'
                          and term_start <= :today and term_end >= :today
                        order by user_id, term_end desc""")
                .setParameter("zone", zoneId).setParameter("users", userIds.toArray(Long[]::new)).setParameter("today", today)
                .getResultList();
        Map<Long, Long> out = new java.util.HashMap<>();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return out;
    }

    public List<AssignedSupervisor> supervisorsOf(long schoolId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select a.id, a.user_id, u.display_name, uo.name, a.employment, a.certificate_no, a.phone, ss.lead
                        from school_supervisor ss
                        join supervisor_appointment a on a.id = ss.appointment_id
                        join app_user u on u.id = a.user_id
                        join organization uo on uo.id = u.organization_id
                        where ss.school_id = ?1
                        order by ss.lead desc, u.display_name, a.id""").setParameter(1, schoolId).getResultList();
        return rows.stream().map(r -> new AssignedSupervisor(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], Employment.valueOf((String) r[4]), (String) r[5], (String) r[6],
                (Boolean) r[7])).toList();
    }

    public int clearAssignments(long schoolId) {
        return em.createNativeQuery("delete from school_supervisor where school_id = ?1").setParameter(1, schoolId).executeUpdate();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public void flush() {
        em.flush();
    }

    /** One page of the assignments of schools in the caller's subtree (and below withinOrgId), and the total. */
    public Page<AssignmentRow> assignments(Caller caller, Long withinOrgId, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select s.id, s.name, z.id as zone_id, z.name as zone_name, a.id as appointment_id, a.user_id,
                               u.display_name, ss.lead, count(*) over () as total
                        from school_supervisor ss
                        join supervisor_appointment a on a.id = ss.appointment_id
                        join organization s on s.id = ss.school_id
                        join organization z on z.id = a.zone_id
                        join app_user u on u.id = a.user_id
                        where s.path like :scope
                          and (cast(:within as bigint) is null
                               or s.path like (select w.path from organization w where w.id = cast(:within as bigint)) || '%')
                        order by z.name, s.name, s.id, ss.lead desc, u.display_name, a.id
                        limit :size offset :offset""")
                .setParameter("scope", scope(caller)).setParameter("within", withinOrgId)
                .setParameter("size", size).setParameter("offset", (long) page * size).getResultList();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[8]).longValue();
        return new Page<>(rows.stream().map(r -> new AssignmentRow(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), (String) r[3], ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                (String) r[6], (Boolean) r[7])).toList(), total);
    }

    // --- settings ---

    /** The county's own settings row, if it has one. */
    public Optional<SupervisionSettings> ownSettings(long countyId) {
        return em.createQuery("select s from SupervisionSettings s where s.orgId = :org", SupervisionSettings.class)
                .setParameter("org", countyId).getResultStream().findFirst();
    }

    public SupervisionSettings defaults() {
        return em.createQuery("select s from SupervisionSettings s where s.orgId is null", SupervisionSettings.class)
                .getSingleResult();
    }

    public record Page<T>(List<T> items, long total) {
    }

    EntityManager em() {
        return em;
    }
}
