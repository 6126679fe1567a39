package io.dudao.task;

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
import io.dudao.task.TaskEnums.Category;
import io.dudao.common.work.Light;
import io.dudao.task.TaskEnums.Priority;
import io.dudao.task.TaskEnums.Status;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tasks in SQL. Who sees a task and which tasks a filter matches is one {@code where} clause
 * ({@link #where}), used alike by the responses (one statement a page, {@link #read}), the counts,
 * the exports and the entity a write loads ({@link #findVisible}).
 */
@ApplicationScoped
public class TaskRepository implements PanacheRepository<Task> {

    /** What {@link #where} conditions refer to. */
    private static final String FROM = " from task t";
    /** What only the response needs: both organisations' names. */
    private static final String NAMES = " join organization ao on ao.id = t.assignee_org_id join organization io on io.id = t.issuer_org_id";

    /** A task as responses show it: its row, both organisations' names, its milestones and the newest visible case. */
    private static final String READ = """
            select t.id, t.title, t.description, t.plan_id, t.plan_item_id, t.parent_id, t.forwarding_id, t.category,
                   t.issuer_org_id, io.name, t.assignee_org_id, ao.name, t.priority, t.start_date, t.due_date, t.status,
                   t.progress_percent, t.acknowledged_at, t.return_reason, t.version, t.created_at, t.updated_at,
                   (select json_agg(json_build_object('id', m.id, 'title', m.title, 'dueDate', m.due_date,
                                                      'doneOn', m.done_on) order by m.seq)
                    from task_milestone m where m.task_id = t.id),
            """;

    @Inject
    Sql sql;

    @Inject
    AccountabilityLinks caseLinks;

    /** A task as read for a response; milestones as JSON (an array, or null for none). */
    public record Row(long id, String title, String description, Long planId, Long planItemId, Long parentId,
                      Long forwardingId, Category category, long issuerOrgId, String issuerOrgName, long assigneeOrgId,
                      String assigneeOrgName, Priority priority, LocalDate startDate, LocalDate dueDate, Status status,
                      int progressPercent, OffsetDateTime acknowledgedAt, String returnReason, long version,
                      OffsetDateTime createdAt, OffsetDateTime updatedAt, String milestonesJson, Long accountabilityCaseId) {
    }

    public record Filter(Long planId, Long planItemId, Long assigneeOrgId, Status status, Light light,
                         LocalDate dueBefore, LocalDate dueAfter, Category category, String q, boolean mine,
                         Long parentId, Long forwardingId, Long withinOrgId, Integer year, boolean open) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null, false, null, null, null, null, false);
        }
    }

    /** A task's own year, when it serves no plan: that of its due date, else of its creation. */
    public static final String OWN_YEAR = "extract(year from coalesce(t.due_date, cast(t.created_at as date)))";

    /** Visible: the assignee lies in the caller's subtree, or the caller's organisation issued it. */
    static SqlText where(Caller caller, Filter f, LocalDate today) {
        SqlText where = SqlText.of(" where true");
        if (!caller.isAdmin()) {
            where.and(SqlText.of("t.assignee_org_id = any(").append(Subtree.idsUnder(caller.orgPath()))
                    .append(") or t.issuer_org_id = ?", caller.orgId()));
        }
        where.eq("t.plan_id", f.planId());
        if (f.planItemId() != null) {
            where.and(PlanItems.sqlUnder("t.plan_item_id", f.planItemId()));
        }
        where.eq("t.assignee_org_id", f.assigneeOrgId()).eq("t.status", f.status()).eq("t.category", f.category())
                .eq("t.parent_id", f.parentId()).eq("t.forwarding_id", f.forwardingId());
        Subtree.within(where, "t.assignee_org_id", f.withinOrgId());
        if (f.year() != null) {
            where.and(PlanYears.sqlByPlan("t.plan_id", OWN_YEAR, f.year()));
        }
        if (f.mine()) {
            where.eq("t.assignee_org_id", caller.orgId());
        }
        if (f.open()) {
            where.and("t.status not in ('" + Status.COMPLETED + "', '" + Status.CANCELLED + "')");
        }
        if (f.dueBefore() != null) {
            where.and("t.due_date <= ?", f.dueBefore());
        }
        if (f.dueAfter() != null) {
            where.and("t.due_date >= ?", f.dueAfter());
        }
        if (f.q() != null && !f.q().isBlank()) {
            String like = "%" + f.q().trim().toLowerCase() + "%";
            where.and("lower(t.title) like ? or lower(coalesce(t.description, '')) like ?", like, like);
        }
        if (f.light() != null) {
            where.and(Lights.sqlCondition(f.light(), "t.status not in ('COMPLETED', 'CANCELLED')", "t.due_date", today));
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
        params.put("subtree", caller.orgPath() + "%");
        params.put("callerOrg", caller.orgId());
        return "(assigneeOrgId in (select o.id from Organization o where o.path like :subtree) or issuerOrgId = :callerOrg)";
    }

    /** One task as the caller sees it, or empty when it does not exist or is outside their sight. */
    public Optional<Row> read(Caller caller, long id) {
        SqlText where = where(caller, Filter.none(), LocalDate.MIN).and("t.id = ?", id);
        List<Row> rows = read(caller, where, "");
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** A page of matching tasks in the requested order: one statement, plus a count when the page is full. */
    public PageResponse<Row> readPage(Caller caller, Filter filter, PageQuery page, LocalDate today) {
        return sql.page(select(caller), FROM, NAMES, where(caller, filter, today), page, "t", TaskRepository::row);
    }

    /** The tasks among {@code ids} the caller sees, in id order (one statement for any number). */
    public List<Row> readAll(Caller caller, long[] ids) {
        return read(caller, where(caller, Filter.none(), LocalDate.MIN).and("t.id = any(?)", (Object) ids), " order by t.id");
    }

    /** The subtasks of a task the caller sees, in id order. */
    public List<Row> readChildren(Caller caller, long parentId) {
        return read(caller, where(caller, Filter.none(), LocalDate.MIN).eq("t.parent_id", parentId), " order by t.id");
    }

    private List<Row> read(Caller caller, SqlText where, String tail) {
        SqlText query = select(caller).append(FROM + NAMES).append(where).append(tail);
        return sql.list(query.sql(), query.params(), TaskRepository::row);
    }

    private SqlText select(Caller caller) {
        return SqlText.of(READ).append(caseLinks.newestVisibleCase(caller, "TASK", "t.id"));
    }

    private static Row row(ResultSet r) throws SQLException {
        return new Row(r.getLong(1), r.getString(2), r.getString(3),
                r.getObject(4, Long.class), r.getObject(5, Long.class), r.getObject(6, Long.class), r.getObject(7, Long.class),
                Category.valueOf(r.getString(8)), r.getLong(9), r.getString(10), r.getLong(11), r.getString(12),
                Priority.valueOf(r.getString(13)), r.getObject(14, LocalDate.class), r.getObject(15, LocalDate.class),
                Status.valueOf(r.getString(16)), r.getInt(17), r.getObject(18, OffsetDateTime.class), r.getString(19),
                r.getLong(20), r.getObject(21, OffsetDateTime.class), r.getObject(22, OffsetDateTime.class), r.getString(23),
                r.getObject(24, Long.class));
    }

    /** The task entity, for a change, when the caller may see it. */
    public Optional<Task> findVisible(Caller caller, long id) {
        SqlText where = where(caller, Filter.none(), LocalDate.MIN).and("t.id = ?", id);
        return entities("select t.*" + FROM, where, "").stream().findFirst();
    }

    /** Every matching task entity in the requested order, through a cursor (exports). */
    public Stream<Task> streamMatching(Caller caller, Filter filter, PageQuery order, LocalDate today) {
        var query = entityQuery("select t.*" + FROM, where(caller, filter, today), " order by " + order.orderBy("t"));
        return query.setHint(HibernateHints.HINT_FETCH_SIZE, 500).getResultStream();
    }

    private List<Task> entities(String select, SqlText where, String tail) {
        return entityQuery(select, where, tail).getResultList();
    }

    private TypedQuery<Task> entityQuery(String select, SqlText where, String tail) {
        return SqlText.of(select).append(where).append(tail).entityQuery(getEntityManager(), Task.class);
    }

    public List<Task> children(long parentId) {
        return list("parentId = ?1 order by id", parentId);
    }

    public long countChildren(long parentId) {
        return count("parentId", parentId);
    }
}
