package io.dudao.task;

import io.dudao.common.security.Caller;
import io.dudao.common.work.Lights;
import io.dudao.common.work.PlanItems;
import io.dudao.common.work.PlanYears;
import io.dudao.common.web.PageQuery;
import io.dudao.task.TaskEnums.Category;
import io.dudao.common.work.Light;
import io.dudao.task.TaskEnums.Status;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class TaskRepository implements PanacheRepository<Task> {

    private static final List<Status> CLOSED = List.of(Status.COMPLETED, Status.CANCELLED);

    /** Visible: the assignee lies in the caller's subtree, or the caller's organisation issued it. */
    static String visibility(Caller caller, Map<String, Object> params) {
        if (caller.isAdmin()) {
            return "1 = 1";
        }
        params.put("subtree", caller.orgPath() + "%");
        params.put("callerOrg", caller.orgId());
        return "(assigneeOrgId in (select o.id from Organization o where o.path like :subtree) or issuerOrgId = :callerOrg)";
    }

    public Optional<Task> findVisible(Caller caller, long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return find("id = :id and " + visibility(caller, params), params).firstResultOptional();
    }

    public record Filter(Long planId, Long planItemId, Long assigneeOrgId, Status status, Light light,
                         LocalDate dueBefore, LocalDate dueAfter, Category category, String q, boolean mine,
                         Long parentId, Long forwardingId, Long withinOrgId, Integer year) {
    }

    /** A task's own year, when it serves no plan: that of its due date, else of its creation. */
    static final String OWN_YEAR = "coalesce(extract(year from dueDate), extract(year from createdAt))";

    /** The matching tasks in the requested order, not yet paged (exports take them all). */
    public PanacheQuery<Task> search(Caller caller, Filter f, PageQuery page, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(visibility(caller, params));
        add(where, params, "planId", f.planId());
        if (f.planItemId() != null) {
            where.append(" and ").append(PlanItems.under("planItemId", "planItem", f.planItemId(), params));
        }
        add(where, params, "assigneeOrgId", f.assigneeOrgId());
        io.dudao.common.db.Subtree.within(where, params, "assigneeOrgId", f.withinOrgId());
        add(where, params, "status", f.status());
        add(where, params, "category", f.category());
        add(where, params, "parentId", f.parentId());
        add(where, params, "forwardingId", f.forwardingId());
        if (f.year() != null) {
            where.append(" and ").append(PlanYears.byPlan("planId", OWN_YEAR, "planYear"));
            params.put("planYear", f.year());
        }
        if (f.mine()) {
            where.append(" and assigneeOrgId = :mineOrg");
            params.put("mineOrg", caller.orgId());
        }
        if (f.dueBefore() != null) {
            where.append(" and dueDate <= :dueBefore");
            params.put("dueBefore", f.dueBefore());
        }
        if (f.dueAfter() != null) {
            where.append(" and dueDate >= :dueAfter");
            params.put("dueAfter", f.dueAfter());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (lower(title) like :q or lower(coalesce(description, '')) like :q)");
            params.put("q", "%" + f.q().trim().toLowerCase() + "%");
        }
        if (f.light() != null) {
            params.put("closed", CLOSED);
            where.append(" and ").append(Lights.condition(f.light(), "status not in :closed", "dueDate", params, today));
        }
        return find(where.toString(), page.sort(), params);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    public List<Task> children(long parentId) {
        return list("parentId = ?1 order by id", parentId);
    }

    public long countChildren(long parentId) {
        return count("parentId", parentId);
    }
}
