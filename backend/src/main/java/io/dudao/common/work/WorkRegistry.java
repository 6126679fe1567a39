package io.dudao.common.work;

import io.dudao.common.security.Caller;
import io.dudao.common.web.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Every kind of work in one place: the sources' selects joined with UNION ALL into one query, so a
 * question about all work (progress of a plan item, what is open for a caller) costs one statement
 * however many kinds there are, and each kind's visibility stays inside the database query.
 */
@ApplicationScoped
public class WorkRegistry {

    @Inject
    Instance<WorkItemSource> sources;

    @Inject
    EntityManager em;

    /** One kind's work under one plan item, by state. */
    public record KindCounts(WorkKind kind, long done, long open, long overdue, LocalDate nextOpenDue) {

        public long linked() {
            return done + open;
        }

        /** The worst light among the open items: red when any is overdue, else that of the earliest due. */
        public Light light(LocalDate today) {
            return overdue > 0 ? Light.RED : Lights.of(open == 0, nextOpenDue, today);
        }
    }

    /**
     * One piece of open work of any kind, as the registry lists it: owned by (assigned to or about) an
     * organisation, with the web client's link to it (e.g. /tasks/12).
     */
    public record WorkItem(WorkKind kind, long id, String title, long ownerOrgId, String ownerOrgName, Long planItemId,
                           LocalDate dueDate, Light light, String link) {
    }

    /**
     * Which open work: of one plan item and/or some kinds (empty: all kinds); with {@code awaitingCaller}
     * only what waits for the caller's next step (what the inbox lists).
     */
    public record Filter(Long planItemId, Set<WorkKind> kinds, boolean awaitingCaller) {
        public static final Filter ALL = new Filter(null, Set.of(), false);

        public Filter(Long planItemId, Set<WorkKind> kinds) {
            this(planItemId, kinds, false);
        }

        /** The caller's inbox, of some kinds (empty: all). */
        public static Filter awaiting(Set<WorkKind> kinds) {
            return new Filter(null, kinds, true);
        }
    }

    /** How much open work of one kind there is: in all, overdue (red) and due within 3 days (yellow). */
    public record OpenCount(WorkKind kind, long open, long overdue, long dueSoon) {
    }

    /** The kinds the registry knows now, in a stable order. */
    public List<WorkKind> kinds() {
        return sources().stream().map(WorkItemSource::kind).toList();
    }

    /**
     * For every item and sub-item of a plan, the caller's visible work linked to it, per kind: done,
     * open, overdue, and the earliest open due date. One statement.
     */
    public Map<Long, List<KindCounts>> countByPlanItem(Caller caller, long planId, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String union = union(caller, Filter.ALL, params);
        TypedQuery<Object[]> query = em.createQuery("""
                select w.planItemId, w.kind,
                       sum(case when w.done then 1 else 0 end),
                       sum(case when w.done then 0 else 1 end),
                       sum(case when not w.done and w.dueDate < :workToday then 1 else 0 end),
                       min(case when not w.done then w.dueDate end)
                from %s
                where w.planItemId in (select wi.id from PlanItem wi where wi.plan.id = :workPlan)
                group by w.planItemId, w.kind""".formatted(union), Object[].class);
        params.put("workToday", today);
        params.put("workPlan", planId);
        params.forEach(query::setParameter);
        Map<Long, List<KindCounts>> out = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            out.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add(new KindCounts(WorkKind.valueOf((String) row[1]),
                    number(row[2]), number(row[3]), number(row[4]), (LocalDate) row[5]));
        }
        out.values().forEach(list -> list.sort(Comparator.comparing(KindCounts::kind)));
        return out;
    }

    /**
     * The caller's open work, worst light first (red, yellow, green, undated), then by due date: what the
     * inbox lists. A page costs one statement, and a count only when the page is full.
     */
    public PageResponse<WorkItem> openItems(Caller caller, Filter filter, int page, int size, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String from = union(caller, filter, params) + " left join Organization wo on wo.id = w.ownerOrgId";
        String where = openWhere(filter, params);
        TypedQuery<Object[]> query = em.createQuery("select w.kind, w.id, w.title, w.ownerOrgId, wo.name, w.planItemId, w.dueDate from "
                + from + where + " " + """
                order by case when w.dueDate is null then 3 when w.dueDate < :workToday then 0
                               when w.dueDate <= :workYellowEnd then 1 else 2 end,
                          w.dueDate, w.kind, w.id""", Object[].class);
        Map<String, Object> pageParams = new HashMap<>(params);
        pageParams.put("workToday", today);
        pageParams.put("workYellowEnd", today.plusDays(Lights.YELLOW_DAYS));
        pageParams.forEach(query::setParameter);
        List<WorkItem> items = query.setFirstResult(page * size).setMaxResults(size).getResultList().stream().map(r -> {
            WorkKind kind = WorkKind.valueOf((String) r[0]);
            long id = (Long) r[1];
            LocalDate due = (LocalDate) r[6];
            return new WorkItem(kind, id, (String) r[2], (Long) r[3], (String) r[4], (Long) r[5], due,
                    Lights.of(false, due, today), kind.link(id));
        }).toList();
        long total;
        if (items.size() < size && (page == 0 || !items.isEmpty())) {
            total = (long) page * size + items.size();
        } else {
            TypedQuery<Long> count = em.createQuery("select count(*) from " + union(caller, filter, new HashMap<>()) + where,
                    Long.class);
            params.forEach(count::setParameter);
            total = count.getSingleResult();
        }
        return new PageResponse<>(items, page, size, total);
    }

    /**
     * The caller's open work per kind of the filter (every kind of it listed, with zeros): in all, overdue
     * and due within 3 days. One statement.
     */
    public List<OpenCount> countOpen(Caller caller, Filter filter, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String from = union(caller, filter, params);
        String where = openWhere(filter, params);
        TypedQuery<Object[]> query = em.createQuery("""
                select w.kind, count(*),
                       sum(case when w.dueDate < :workToday then 1 else 0 end),
                       sum(case when w.dueDate >= :workToday and w.dueDate <= :workYellowEnd then 1 else 0 end)
                from %s%s
                group by w.kind""".formatted(from, where), Object[].class);
        params.put("workToday", today);
        params.put("workYellowEnd", today.plusDays(Lights.YELLOW_DAYS));
        params.forEach(query::setParameter);
        Map<WorkKind, OpenCount> found = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            WorkKind kind = WorkKind.valueOf((String) row[0]);
            found.put(kind, new OpenCount(kind, number(row[1]), number(row[2]), number(row[3])));
        }
        return sources().stream().map(WorkItemSource::kind).filter(k -> filter.kinds().isEmpty() || filter.kinds().contains(k))
                .map(k -> found.getOrDefault(k, new OpenCount(k, 0, 0, 0))).toList();
    }

    private static String openWhere(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where w.done = false");
        if (filter.planItemId() != null) {
            where.append(" and ").append(PlanItems.under("w.planItemId", "workItem", filter.planItemId(), params));
        }
        return where.toString();
    }

    /**
     * The sources' selects as one derived table "w" (kind, id, title, ownerOrgId, planItemId, dueDate, done),
     * narrowed to what awaits the caller when the filter asks.
     */
    private String union(Caller caller, Filter filter, Map<String, Object> params) {
        Set<WorkKind> kinds = filter.kinds();
        StringJoiner parts = new StringJoiner(" union all ");
        for (WorkItemSource source : sources()) {
            if (!kinds.isEmpty() && !kinds.contains(source.kind())) {
                continue;
            }
            Map<String, Object> own = new HashMap<>();
            WorkSelect s = source.select(caller, own);
            String where = filter.awaitingCaller() ? "(" + s.where() + ") and (" + source.awaiting(caller, own) + ")" : s.where();
            own.forEach((name, value) -> {
                Object before = params.putIfAbsent(name, value);
                if (before != null && !Objects.equals(before, value)) {
                    throw new IllegalStateException("Work sources disagree on parameter :" + name + " (" + source.kind() + ")");
                }
            });
            parts.add("select '" + source.kind().name() + "' as kind, " + s.id() + " as id, " + s.title() + " as title, "
                    + s.ownerOrgId() + " as ownerOrgId, " + s.planItemId() + " as planItemId, " + s.dueDate() + " as dueDate, "
                    + "case when " + s.done() + " then true else false end as done from " + s.entity() + " where " + where);
        }
        if (parts.length() == 0) {
            throw new IllegalArgumentException("no work source for " + kinds);
        }
        return "(" + parts + ") w";
    }

    private List<WorkItemSource> sources() {
        return sources.stream().sorted(Comparator.comparing(WorkItemSource::kind)).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
