package io.dudao.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.event.Event;
import io.dudao.common.work.WorkKind;
import io.dudao.common.work.WorkEvent;
import io.dudao.attachment.AttachmentDtos.AttachmentResponse;
import io.dudao.attachment.AttachmentService;
import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.export.ExportFormat;
import io.dudao.common.export.ExportGate;
import io.dudao.common.export.TableWriter;
import io.dudao.common.security.Caller;
import io.dudao.common.security.Role;
import io.dudao.common.time.AppClock;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.org.OrganizationService;
import io.dudao.plan.PlanService;
import io.dudao.task.TaskDtos.AcknowledgeRequest;
import io.dudao.task.TaskDtos.BatchTaskRequest;
import io.dudao.task.TaskDtos.MilestoneResponse;
import io.dudao.task.TaskDtos.ProgressRequest;
import io.dudao.task.TaskDtos.ProgressResponse;
import io.dudao.task.TaskDtos.SaveMilestone;
import io.dudao.task.TaskDtos.SaveTaskRequest;
import io.dudao.task.TaskDtos.TaskBatchResult;
import io.dudao.task.TaskDtos.TaskResponse;
import io.dudao.task.TaskEnums.Category;
import io.dudao.task.TaskEnums.Priority;
import io.dudao.task.TaskEnums.Status;
import io.dudao.task.TaskWorkflow.Action;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tasks: issued by an office to an organisation in its subtree, worked on by the assignee
 * (start, progress, submit) and accepted or returned by the issuer.
 */
@ApplicationScoped
public class TaskService {

    static final Map<String, String> SORTABLE = Map.of("dueDate", "dueDate", "updatedAt", "updatedAt",
            "priority", "priorityRank", "createdAt", "createdAt", "id", "id", "title", "title");
    static final String PROGRESS_OWNER = "TASK_PROGRESS";
    static final String ACK_OWNER = "TASK_ACKNOWLEDGEMENT";

    @Inject
    Event<WorkEvent> events;

    @Inject
    TaskRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    PlanService plans;

    @Inject
    AttachmentService attachments;

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    private static final TypeReference<List<MilestoneResponse>> MILESTONES = new TypeReference<>() {
    };

    @Inject
    ExportGate exportGate;

    @Inject
    AppClock clock;

    public PageResponse<TaskResponse> list(Caller caller, TaskRepository.Filter filter, PageQuery page) {
        LocalDate today = clock.today();
        return repository.readPage(caller, filter, page, today).map(row -> toResponse(caller, row, today));
    }

    /**
     * Streams every task matching the filters (no paging) as CSV or .xlsx: rows are read with a
     * database cursor and written as they come, so 100,000 of them never sit in memory together.
     */
    public void export(Caller caller, TaskRepository.Filter filter, PageQuery order, ExportFormat format, OutputStream out) {
        exportGate.inTransaction(() -> {
            Map<Long, String> names = organizations.namesInScope(caller);
            LocalDate today = clock.today();
            try (TableWriter<TaskExport.Row> writer = TableWriter.open(format, TaskExport.columns(), out, "任务");
                 Stream<Task> tasks = repository.streamMatching(caller, filter, order, today)) {
                int[] count = {0};
                tasks.forEach(task -> {
                    writer.write(TaskExport.row(task, names, today));
                    if (++count[0] % 500 == 0) {
                        em.clear();
                    }
                });
            }
        });
    }

    public TaskResponse get(Caller caller, long id) {
        return repository.read(caller, id).map(row -> toResponse(caller, row, clock.today()))
                .orElseThrow(() -> ApiException.notFound("任务", "Task"));
    }

    public boolean canSee(Caller caller, long taskId) {
        return repository.findVisible(caller, taskId).isPresent();
    }

    public List<TaskResponse> children(Caller caller, long id) {
        get(caller, id);
        return toResponses(caller, repository.readChildren(caller, id));
    }

    @Transactional
    public TaskResponse create(Caller caller, SaveTaskRequest request) {
        requireIssuerRole(caller);
        Task task = newTask(caller, request.title(), request.description(), request.planId(), request.planItemId(),
                request.category(), request.assigneeOrgId(), request.priority(), request.startDate(), request.dueDate(),
                request.milestones(), "assigneeOrgId");
        if (request.parentId() != null) {
            Task parent = visible(caller, request.parentId());
            if (!caller.isAdmin() && !Objects.equals(parent.assigneeOrgId, caller.orgId())) {
                throw ApiException.forbidden("只能分解分配给本单位的任务", "Only the assignee may decompose a task");
            }
            task.parentId = parent.id;
            task.planId = task.planId == null ? parent.planId : task.planId;
            task.planItemId = task.planItemId == null ? parent.planItemId : task.planItemId;
        }
        repository.persistAndFlush(task);
        audit.record(caller, "CREATE", "TASK", task.id, pathOf(task.assigneeOrgId), "下达任务：" + task.title, snapshot(task));
        if (!Objects.equals(task.assigneeOrgId, caller.orgId())) {
            tell(WorkEvent.Type.ASSIGNED, task);
        }
        return get(caller, task.id);
    }

    @Transactional
    public TaskBatchResult createBatch(Caller caller, BatchTaskRequest request) {
        requireIssuerRole(caller);
        Set<Long> unique = new java.util.LinkedHashSet<>(request.assigneeOrgIds());
        Task parent = newTask(caller, request.title(), request.description(), request.planId(), request.planItemId(),
                request.category(), caller.orgId(), request.priority(), request.startDate(), request.dueDate(),
                request.milestones(), "assigneeOrgIds");
        repository.persistAndFlush(parent);
        audit.record(caller, "CREATE", "TASK", parent.id, caller.orgPath(), "下达任务：" + parent.title, snapshot(parent));
        List<Task> children = new ArrayList<>();
        for (Long assignee : unique) {
            Task child = newTask(caller, request.title(), request.description(), request.planId(), request.planItemId(),
                    request.category(), assignee, request.priority(), request.startDate(), request.dueDate(),
                    request.milestones(), "assigneeOrgIds");
            child.parentId = parent.id;
            repository.persist(child);
            children.add(child);
        }
        repository.flush();
        for (Task child : children) {
            audit.record(caller, "CREATE", "TASK", child.id, pathOf(child.assigneeOrgId), "下达任务：" + child.title,
                    snapshot(child));
            tell(WorkEvent.Type.ASSIGNED, child);
        }
        return new TaskBatchResult(get(caller, parent.id),
                toResponses(caller, repository.readAll(caller, children.stream().mapToLong(c -> c.id).toArray())));
    }

    /** One acknowledgement task per recipient of a forwarding (传达学习并上传会议记录). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> createAcknowledgementTasks(Caller caller, long planId, long forwardingId, String planTitle,
                                                 Collection<Long> recipientOrgIds, LocalDate dueDate, String instructions) {
        List<Long> ids = new ArrayList<>();
        for (Long recipient : new java.util.LinkedHashSet<>(recipientOrgIds)) {
            Task task = newTask(caller, "传达学习并上传会议记录：" + planTitle, instructions, planId, null,
                    Category.ACKNOWLEDGEMENT, recipient, Priority.NORMAL, null, dueDate, null, "recipientOrgIds");
            task.forwardingId = forwardingId;
            repository.persist(task);
            repository.flush();
            audit.record(caller, "CREATE", "TASK", task.id, pathOf(recipient), "转发签收任务：" + planTitle, snapshot(task));
            ids.add(task.id);
        }
        return ids;
    }

    /** For plans: whether any task refers to the plan (then it cannot be deleted). */
    public boolean anyForPlan(long planId) {
        return repository.count("planId", planId) > 0;
    }

    /** A task that refers to a plan item, so the item cannot be removed from its plan. */
    public record PlanItemUse(long taskId, String title, long planItemId) {
    }

    /** Up to {@code limit} tasks linked to any of the plan items, oldest first. */
    public List<PlanItemUse> linkedToPlanItems(Collection<Long> planItemIds, int limit) {
        if (planItemIds.isEmpty()) {
            return List.of();
        }
        return repository.find("planItemId in ?1 order by id", planItemIds).range(0, limit - 1).list().stream()
                .map(t -> new PlanItemUse(t.id, t.title, t.planItemId)).toList();
    }

    /** For forwardings: each recipient's acknowledgement task of one forwarding, oldest first. */
    public List<AcknowledgementView> acknowledgements(long forwardingId) {
        List<Task> acks = repository.list("forwardingId = ?1 order by id", forwardingId);
        Set<Long> withRecord = attachments.forOwners(ACK_OWNER, acks.stream().map(t -> t.id).toList()).keySet();
        return acks.stream().map(t -> new AcknowledgementView(t.id, t.assigneeOrgId, t.acknowledgedAt,
                withRecord.contains(t.id), t.dueDate, t.status)).toList();
    }

    public record AcknowledgementView(long taskId, long assigneeOrgId, OffsetDateTime acknowledgedAt,
                                      boolean meetingRecordUploaded, LocalDate dueDate, Status status) {
    }

    @Transactional
    public TaskResponse update(Caller caller, long id, SaveTaskRequest request, String ifMatch) {
        Task task = visible(caller, id);
        requireIssuer(caller, task);
        Etags.expectedVersion(ifMatch, request.version(), task.version);
        if (task.status.closed()) {
            throw ApiException.conflict("TASK_CLOSED", "已完成或已取消的任务不能修改", "A closed task cannot be edited");
        }
        Map<String, Object> before = snapshot(task);
        if (!Objects.equals(request.assigneeOrgId(), task.assigneeOrgId)) {
            assigneeInScope(caller, request.assigneeOrgId(), "assigneeOrgId");
            task.assigneeOrgId = request.assigneeOrgId();
        }
        Long planId = request.planId();
        boolean relinked = !Objects.equals(request.planId(), task.planId) || !Objects.equals(request.planItemId(), task.planItemId);
        if (relinked && (request.planId() != null || request.planItemId() != null)) {
            planId = plans.checkLinkable(caller, request.planId(), request.planItemId());
        }
        task.title = request.title().trim();
        task.description = request.description();
        task.planId = planId;
        task.planItemId = request.planItemId();
        task.category = request.category();
        task.priority = request.priority() == null ? Priority.NORMAL : request.priority();
        checkDates(request.startDate(), request.dueDate());
        task.startDate = request.startDate();
        task.dueDate = request.dueDate();
        replaceMilestones(task, request.milestones());
        repository.flush();
        audit.record(caller, "UPDATE", "TASK", task.id, pathOf(task.assigneeOrgId), "修改任务：" + task.title,
                AuditService.changes(before, snapshot(task)));
        return get(caller, task.id);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        Task task = visible(caller, id);
        requireIssuer(caller, task);
        if (task.status != Status.NOT_STARTED || repository.countChildren(id) > 0
                || em.createQuery("select count(p) from TaskProgress p where p.taskId = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0) {
            throw ApiException.conflict("TASK_IN_USE", "只能删除尚未开始、没有子任务和进展记录的任务；其他情况请取消任务",
                    "Only a task that has not started and has no subtasks or progress can be deleted; cancel it instead");
        }
        audit.record(caller, "DELETE", "TASK", task.id, pathOf(task.assigneeOrgId), "删除任务：" + task.title, snapshot(task));
        repository.delete(task);
    }

    @Transactional
    public TaskResponse act(Caller caller, long id, Action action, String reason) {
        Task task = visible(caller, id);
        authorize(caller, task, action);
        TaskWorkflow.check(action, task.status);
        Status before = task.status;
        task.status = TaskWorkflow.next(action, task.status);
        switch (action) {
            case ACCEPT -> task.progressPercent = 100;
            case RETURN -> task.returnReason = reason;
            default -> {
            }
        }
        repository.flush();
        audit.record(caller, action.name(), "TASK", task.id, pathOf(task.assigneeOrgId),
                "任务" + action.path() + "：" + task.title,
                reason == null ? Map.of("from", before.name(), "to", task.status.name())
                        : Map.of("from", before.name(), "to", task.status.name(), "reason", reason));
        if (action == Action.ACCEPT || action == Action.CANCEL) {
            rollUpProgress(task.parentId);
        }
        if (action == Action.ACCEPT || action == Action.RETURN) {
            tell(action == Action.ACCEPT ? WorkEvent.Type.APPROVED : WorkEvent.Type.RETURNED, task);
        }
        return get(caller, task.id);
    }

    @Transactional
    public ProgressResponse reportProgress(Caller caller, long id, ProgressRequest request) {
        Task task = visible(caller, id);
        authorize(caller, task, Action.PROGRESS);
        TaskWorkflow.check(Action.PROGRESS, task.status);
        boolean hasNote = request.note() != null && !request.note().isBlank();
        if (request.percent() < task.progressPercent && !hasNote) {
            throw ApiException.validation("note", "进度下降时必须说明原因", "a note is required when progress goes down");
        }
        TaskProgress entry = new TaskProgress();
        entry.taskId = task.id;
        entry.percent = request.percent();
        entry.note = hasNote ? request.note().trim() : null;
        entry.createdBy = caller.userId();
        entry.authorName = caller.username();
        entry.createdAt = clock.now();
        em.persist(entry);
        em.flush();
        List<AttachmentResponse> files = attachments.link(caller, request.attachmentIds(), PROGRESS_OWNER, entry.id, task.id);
        task.progressPercent = request.percent();
        task.status = Status.IN_PROGRESS;
        repository.flush();
        audit.record(caller, "PROGRESS", "TASK", task.id, pathOf(task.assigneeOrgId),
                "报告进展 " + request.percent() + "%：" + task.title, Map.of("percent", request.percent()));
        rollUpProgress(task.parentId);
        return new ProgressResponse(entry.id, task.id, entry.percent, entry.note, entry.authorName, entry.createdAt, files);
    }

    public List<ProgressResponse> progressHistory(Caller caller, long id) {
        visible(caller, id);
        List<TaskProgress> entries = em.createQuery("from TaskProgress where taskId = :id order by createdAt, id", TaskProgress.class)
                .setParameter("id", id).getResultList();
        Map<Long, List<AttachmentResponse>> files = attachments.forOwners(PROGRESS_OWNER,
                entries.stream().map(e -> e.id).toList());
        return entries.stream().map(e -> new ProgressResponse(e.id, e.taskId, e.percent, e.note, e.authorName, e.createdAt,
                files.getOrDefault(e.id, List.of()))).toList();
    }

    @Transactional
    public TaskResponse acknowledge(Caller caller, long id, AcknowledgeRequest request) {
        Task task = visible(caller, id);
        if (task.category != Category.ACKNOWLEDGEMENT) {
            throw ApiException.conflict("ILLEGAL_TRANSITION", "只有签收任务可以签收", "Only acknowledgement tasks are acknowledged");
        }
        authorize(caller, task, Action.ACKNOWLEDGE);
        TaskWorkflow.check(Action.ACKNOWLEDGE, task.status);
        if (task.acknowledgedAt == null) {
            task.acknowledgedAt = clock.now();
        }
        List<AttachmentResponse> files = attachments.link(caller, request.attachmentIds(), ACK_OWNER, task.id, task.id);
        boolean recordUploaded = !files.isEmpty();
        task.status = recordUploaded ? Status.COMPLETED : Status.IN_PROGRESS;
        task.progressPercent = recordUploaded ? 100 : Math.max(task.progressPercent, 50);
        repository.flush();
        audit.record(caller, "ACKNOWLEDGE", "TASK", task.id, pathOf(task.assigneeOrgId),
                recordUploaded ? "签收并上传会议记录" : "签收", Map.of("attachments", files.size()));
        return get(caller, task.id);
    }

    /** Tells the assignee organisation's people (notifications observe it). */
    private void tell(WorkEvent.Type type, Task task) {
        events.fire(WorkEvent.toOrg(type, task.forwardingId == null ? WorkKind.TASK
                : WorkKind.FORWARDING, task.id, task.title, task.assigneeOrgId));
    }

    /** A parent's progress is the average of its non-cancelled children's. */
    private void rollUpProgress(Long parentId) {
        if (parentId == null) {
            return;
        }
        Task parent = repository.findById(parentId);
        List<Task> children = repository.children(parentId).stream().filter(c -> c.status != Status.CANCELLED).toList();
        if (parent == null || children.isEmpty()) {
            return;
        }
        int average = (int) Math.round(children.stream().mapToInt(c -> c.progressPercent).average().orElse(0));
        if (average != parent.progressPercent) {
            parent.progressPercent = average;
            if (parent.status == Status.NOT_STARTED && average > 0) {
                parent.status = Status.IN_PROGRESS;
            }
            repository.flush();
            rollUpProgress(parent.parentId);
        }
    }

    private Task newTask(Caller caller, String title, String description, Long planId, Long planItemId, Category category,
                         Long assigneeOrgId, Priority priority, LocalDate startDate, LocalDate dueDate,
                         List<SaveMilestone> milestones, String assigneeField) {
        if (!Objects.equals(assigneeOrgId, caller.orgId())) {
            assigneeInScope(caller, assigneeOrgId, assigneeField);
        }
        Long plan = planId != null || planItemId != null ? Long.valueOf(plans.checkLinkable(caller, planId, planItemId)) : null;
        checkDates(startDate, dueDate);
        Task task = new Task();
        task.title = title.trim();
        task.description = description;
        task.planId = plan;
        task.planItemId = planItemId;
        task.category = category;
        task.issuerOrgId = caller.orgId();
        task.assigneeOrgId = assigneeOrgId;
        task.priority = priority == null ? Priority.NORMAL : priority;
        task.startDate = startDate;
        task.dueDate = dueDate;
        task.status = Status.NOT_STARTED;
        task.createdBy = caller.userId();
        replaceMilestones(task, milestones);
        return task;
    }

    private void replaceMilestones(Task task, List<SaveMilestone> milestones) {
        List<SaveMilestone> wanted = milestones == null ? List.of() : milestones;
        Map<Long, TaskMilestone> existing = new LinkedHashMap<>();
        task.milestones.forEach(m -> existing.put(m.id, m));
        List<TaskMilestone> result = new ArrayList<>();
        int seq = 1;
        for (SaveMilestone m : wanted) {
            TaskMilestone milestone = m.id() != null && existing.containsKey(m.id()) ? existing.get(m.id()) : new TaskMilestone();
            milestone.task = task;
            milestone.seq = seq++;
            milestone.title = m.title().trim();
            milestone.dueDate = m.dueDate();
            milestone.doneOn = m.doneOn();
            result.add(milestone);
        }
        task.milestones.clear();
        task.milestones.addAll(result);
    }

    private static void checkDates(LocalDate start, LocalDate due) {
        if (start != null && due != null && due.isBefore(start)) {
            throw ApiException.validation("dueDate", "截止日期不能早于开始日期", "the due date is before the start date");
        }
    }

    private void assigneeInScope(Caller caller, Long orgId, String field) {
        if (organizations.pathInScope(caller, orgId).isEmpty()) {
            throw ApiException.validation(field, "承办单位不存在或不在本单位管辖范围内",
                    "the assignee does not exist or is outside your organisation's subtree");
        }
    }

    private Task visible(Caller caller, long id) {
        return repository.findVisible(caller, id).orElseThrow(() -> ApiException.notFound("任务", "Task"));
    }

    private static void requireIssuerRole(Caller caller) {
        if (!caller.isAdmin() && !caller.isOffice()) {
            throw ApiException.forbidden("只有督导办可以下达任务", "Only supervision offices issue tasks");
        }
    }

    private static void requireIssuer(Caller caller, Task task) {
        if (!caller.isAdmin() && !(caller.isOffice() && Objects.equals(caller.orgId(), task.issuerOrgId))) {
            throw ApiException.forbidden("只有下达任务的单位可以执行此操作", "Only the issuing organisation may do this");
        }
    }

    private static boolean actsForAssignee(Caller caller, long assigneeOrgId) {
        return caller.orgId() == assigneeOrgId && !caller.roles().equals(Set.of(Role.VIEWER));
    }

    private static boolean actsForIssuer(Caller caller, long issuerOrgId) {
        return caller.isAdmin() || caller.isOffice() && caller.orgId() == issuerOrgId;
    }

    private static void authorize(Caller caller, Task task, Action action) {
        boolean allowed = action.byAssignee ? actsForAssignee(caller, task.assigneeOrgId) : actsForIssuer(caller, task.issuerOrgId);
        if (!allowed) {
            throw ApiException.forbidden(action.byAssignee ? "只有承办单位可以执行此操作" : "只有下达任务的单位可以执行此操作",
                    action.byAssignee ? "Only the assignee may do this" : "Only the issuing organisation may do this");
        }
    }

    private static List<String> allowedActions(Caller caller, TaskRepository.Row task) {
        List<String> out = new ArrayList<>();
        for (Action action : TaskWorkflow.possibleFrom(task.status())) {
            boolean applies = action != Action.ACKNOWLEDGE || task.category() == Category.ACKNOWLEDGEMENT;
            boolean byRole = action.byAssignee ? actsForAssignee(caller, task.assigneeOrgId())
                    : actsForIssuer(caller, task.issuerOrgId());
            if (applies && byRole) {
                out.add(action.path());
            }
        }
        if (actsForIssuer(caller, task.issuerOrgId()) && !task.status().closed()) {
            out.add("edit");
        }
        return out;
    }

    private String pathOf(Long orgId) {
        return organizations.pathOf(orgId).orElse(null);
    }

    private List<TaskResponse> toResponses(Caller caller, List<TaskRepository.Row> rows) {
        LocalDate today = clock.today();
        return rows.stream().map(row -> toResponse(caller, row, today)).toList();
    }

    private TaskResponse toResponse(Caller caller, TaskRepository.Row t, LocalDate today) {
        return new TaskResponse(t.id(), t.title(), t.description(), t.planId(), t.planItemId(), t.parentId(),
                t.forwardingId(), t.category(), t.issuerOrgId(), t.issuerOrgName(), t.assigneeOrgId(), t.assigneeOrgName(),
                t.priority(), t.startDate(), t.dueDate(), t.status(), t.progressPercent(),
                TaskLights.of(t.status(), t.dueDate(), today), milestones(t.milestonesJson()), t.acknowledgedAt(),
                t.returnReason(), allowedActions(caller, t), t.accountabilityCaseId(), t.version(), t.createdAt(),
                t.updatedAt());
    }

    private List<MilestoneResponse> milestones(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return mapper.readValue(json, MILESTONES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable milestones", e);
        }
    }

    private static Map<String, Object> snapshot(Task t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", t.title);
        m.put("category", t.category.name());
        m.put("assigneeOrgId", t.assigneeOrgId);
        m.put("priority", t.priority.name());
        m.put("startDate", t.startDate == null ? null : t.startDate.toString());
        m.put("dueDate", t.dueDate == null ? null : t.dueDate.toString());
        m.put("status", t.status.name());
        m.put("planId", t.planId);
        m.put("planItemId", t.planItemId);
        return m;
    }
}
