package io.dudao.plan;

import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.time.AppClock;
import io.dudao.common.work.Light;
import io.dudao.common.work.WorkKind;
import io.dudao.common.work.WorkRegistry;
import io.dudao.common.work.WorkRegistry.KindCounts;
import io.dudao.plan.PlanDtos.ItemProgress;
import io.dudao.plan.PlanDtos.KindProgress;
import io.dudao.plan.PlanDtos.PlanProgress;
import io.dudao.plan.PlanDtos.ProgressFigures;
import io.dudao.plan.PlanDtos.ProgressStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far each item of a plan has come: the work linked to it (of every kind the registry knows, as
 * far as the caller may see it) counted done, open and overdue in the database, an item's figures
 * including its sub-items'. Two statements: the plan's items (within its visibility), then the counts.
 */
@ApplicationScoped
public class PlanProgressService {

    @Inject
    PlanRepository plans;

    @Inject
    WorkRegistry registry;

    @Inject
    AppClock clock;

    private record Node(long id, Long parentId, int seq, String heading) {
    }

    public PlanProgress progress(Caller caller, long planId) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Object[]> query = plans.getEntityManager().createQuery("""
                select p.title, p.year, i.id, i.parent.id, i.seq, i.heading
                from Plan p left join PlanItem i on i.plan.id = p.id
                where p.id = :plan and %s
                order by i.seq, i.id""".formatted(PlanRepository.visibility("p", caller, params)), Object[].class);
        query.setParameter("plan", planId);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("工作要点", "Plan");
        }
        Map<Long, List<Node>> children = new LinkedHashMap<>();
        for (Object[] r : rows) {
            if (r[2] != null) {
                Node node = new Node((Long) r[2], (Long) r[3], (Integer) r[4], (String) r[5]);
                children.computeIfAbsent(node.parentId() == null ? 0L : node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
        LocalDate today = clock.today();
        Map<Long, List<KindCounts>> counts = registry.countByPlanItem(caller, planId, today);
        List<ItemProgress> items = children.getOrDefault(0L, List.of()).stream()
                .map(n -> item(n, children, counts, today)).toList();
        Map<WorkKind, KindCounts> total = new EnumMap<>(WorkKind.class);
        counts.values().forEach(list -> list.forEach(c -> total.merge(c.kind(), c, PlanProgressService::sum)));
        return new PlanProgress(planId, (String) rows.get(0)[0], (Integer) rows.get(0)[1], today, figures(total, today), items);
    }

    private static ItemProgress item(Node node, Map<Long, List<Node>> children, Map<Long, List<KindCounts>> counts,
                                     LocalDate today) {
        List<ItemProgress> subItems = children.getOrDefault(node.id(), List.of()).stream()
                .map(n -> item(n, children, counts, today)).toList();
        Map<WorkKind, KindCounts> byKind = new EnumMap<>(WorkKind.class);
        counts.getOrDefault(node.id(), List.of()).forEach(c -> byKind.merge(c.kind(), c, PlanProgressService::sum));
        subItems.forEach(sub -> sub.progress().kinds().forEach(k -> byKind.merge(k.kind(),
                new KindCounts(k.kind(), k.done(), k.open(), k.overdue(), k.nextOpenDue()), PlanProgressService::sum)));
        return new ItemProgress(node.id(), node.seq(), node.heading(), figures(byKind, today), subItems);
    }

    /** An item's (or the whole plan's) figures over its kinds. */
    private static ProgressFigures figures(Map<WorkKind, KindCounts> byKind, LocalDate today) {
        long done = 0;
        long open = 0;
        long overdue = 0;
        Light worst = Light.NONE;
        List<KindProgress> kinds = new ArrayList<>();
        for (KindCounts c : byKind.values()) {
            done += c.done();
            open += c.open();
            overdue += c.overdue();
            Light light = c.light(today);
            worst = worse(worst, light);
            kinds.add(new KindProgress(c.kind(), c.linked(), c.done(), c.open(), c.overdue(), light, c.nextOpenDue()));
        }
        long linked = done + open;
        ProgressStatus status = linked == 0 ? ProgressStatus.NOT_LINKED : open == 0 ? ProgressStatus.DONE : ProgressStatus.OPEN;
        Double completion = linked == 0 ? null : Math.round(done * 1000.0 / linked) / 1000.0;
        return new ProgressFigures(status, linked, done, open, overdue, completion, worst, kinds);
    }

    private static KindCounts sum(KindCounts a, KindCounts b) {
        LocalDate next = a.nextOpenDue() == null ? b.nextOpenDue()
                : b.nextOpenDue() == null || a.nextOpenDue().isBefore(b.nextOpenDue()) ? a.nextOpenDue() : b.nextOpenDue();
        return new KindCounts(a.kind(), a.done() + b.done(), a.open() + b.open(), a.overdue() + b.overdue(), next);
    }

    /** RED worse than YELLOW worse than GREEN worse than NONE. */
    static Light worse(Light a, Light b) {
        return rank(a) <= rank(b) ? a : b;
    }

    private static int rank(Light light) {
        return switch (light) {
            case RED -> 0;
            case YELLOW -> 1;
            case GREEN -> 2;
            case NONE -> 3;
        };
    }
}
