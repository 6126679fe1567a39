package io.dudao.plan;

import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.error.FieldError;
import io.dudao.common.security.Caller;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import io.dudao.plan.PlanDtos.AcknowledgementState;
import io.dudao.plan.PlanDtos.CreateForwardingRequest;
import io.dudao.plan.PlanDtos.ForwardedFrom;
import io.dudao.plan.PlanDtos.ForwardingRecipient;
import io.dudao.plan.PlanDtos.ForwardingResponse;
import io.dudao.plan.PlanDtos.PlanItemRef;
import io.dudao.plan.PlanDtos.PlanItemResponse;
import io.dudao.plan.PlanDtos.PlanResponse;
import io.dudao.plan.PlanDtos.PlanSummary;
import io.dudao.plan.PlanDtos.SavePlanItem;
import io.dudao.plan.PlanDtos.SavePlanRequest;
import io.dudao.task.TaskEnums.Status;
import io.dudao.task.TaskService;
import io.dudao.task.TaskService.AcknowledgementView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Work plans: drafted (or imported) by an office, published to its subtree, forwarded down the tree. */
@ApplicationScoped
public class PlanService {

    /** How many of the tasks that keep an item in use a 409 names. */
    static final int MAX_NAMED_TASKS = 10;

    static final Map<String, String> SORTABLE = Map.of("year", "year", "issuedOn", "issuedOn", "title", "title",
            "updatedAt", "updatedAt", "id", "id");

    @Inject
    PlanRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    TaskService tasks;

    @Inject
    AuditService audit;

    @Inject
    io.dudao.common.time.AppClock clock;

    public PageResponse<PlanSummary> list(Caller caller, Integer year, PlanStatus status, Long issuingOrgId, String q,
                                          PageQuery page) {
        var query = repository.search(caller, year, status, issuingOrgId, q, page);
        List<Plan> plans = query.list();
        Map<Long, OrganizationSummary> orgs = organizations.summaries(plans.stream().map(p -> p.issuingOrgId).toList());
        return new PageResponse<>(plans.stream().map(p -> new PlanSummary(p.id, p.title, p.year, p.issuingOrgId,
                name(orgs.get(p.issuingOrgId)), p.documentNumber, p.issuedOn, p.status, p.version)).toList(),
                page.page(), page.size(), query.count());
    }

    public PlanResponse get(Caller caller, long id) {
        return toResponse(visible(caller, id));
    }

    @Transactional
    public PlanResponse create(Caller caller, SavePlanRequest request) {
        long issuer = request.issuingOrgId() == null ? caller.orgId() : request.issuingOrgId();
        if (organizations.pathInScope(caller, issuer).isEmpty()) {
            throw ApiException.validation("issuingOrgId", "发文单位不存在或不在本单位范围内", "no such organisation in your scope");
        }
        requireEditor(caller, issuer);
        Plan plan = new Plan();
        plan.issuingOrgId = issuer;
        plan.status = PlanStatus.DRAFT;
        plan.createdBy = caller.userId();
        apply(plan, request);
        repository.persistAndFlush(plan);
        audit.record(caller, "CREATE", "PLAN", plan.id, pathOf(issuer), "新建工作要点：" + plan.title, snapshot(plan));
        return toResponse(plan);
    }

    @Transactional
    public PlanResponse update(Caller caller, long id, SavePlanRequest request, String ifMatch) {
        Plan plan = visible(caller, id);
        requireEditor(caller, plan.issuingOrgId);
        Etags.expectedVersion(ifMatch, request.version(), plan.version);
        if (plan.status == PlanStatus.ARCHIVED) {
            throw ApiException.conflict("PLAN_ARCHIVED", "已归档的工作要点不能修改", "An archived plan cannot be edited");
        }
        if (request.issuingOrgId() != null && !request.issuingOrgId().equals(plan.issuingOrgId)) {
            throw ApiException.validation("issuingOrgId", "发文单位不能修改", "the issuing organisation cannot change");
        }
        Map<String, Object> before = snapshot(plan);
        apply(plan, request);
        plan.updatedAt = clock.now(); // item changes alone must still bump the version
        repository.flush();
        audit.record(caller, "UPDATE", "PLAN", plan.id, pathOf(plan.issuingOrgId), "修改工作要点：" + plan.title,
                AuditService.changes(before, snapshot(plan)));
        return toResponse(plan);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        Plan plan = visible(caller, id);
        requireEditor(caller, plan.issuingOrgId);
        if (plan.status != PlanStatus.DRAFT) {
            throw illegal(plan.status, "delete", List.of("archive"));
        }
        if (tasks.anyForPlan(id)) {
            throw ApiException.conflict("PLAN_IN_USE", "已有任务关联此工作要点，不能删除", "Tasks refer to this plan; it cannot be deleted");
        }
        audit.record(caller, "DELETE", "PLAN", plan.id, pathOf(plan.issuingOrgId), "删除工作要点：" + plan.title, snapshot(plan));
        repository.delete(plan);
    }

    @Transactional
    public PlanResponse publish(Caller caller, long id) {
        return transition(caller, id, PlanStatus.DRAFT, PlanStatus.PUBLISHED, "publish", "发布");
    }

    @Transactional
    public PlanResponse archive(Caller caller, long id) {
        return transition(caller, id, PlanStatus.PUBLISHED, PlanStatus.ARCHIVED, "archive", "归档");
    }

    private PlanResponse transition(Caller caller, long id, PlanStatus from, PlanStatus to, String action, String verb) {
        Plan plan = visible(caller, id);
        requireEditor(caller, plan.issuingOrgId);
        if (plan.status != from) {
            throw illegal(plan.status, action, plan.status == PlanStatus.DRAFT ? List.of("publish", "delete")
                    : plan.status == PlanStatus.PUBLISHED ? List.of("archive") : List.of());
        }
        plan.status = to;
        repository.flush();
        audit.record(caller, action.toUpperCase(), "PLAN", plan.id, pathOf(plan.issuingOrgId), verb + "工作要点：" + plan.title,
                Map.of("from", from.name(), "to", to.name()));
        return toResponse(plan);
    }

    /** For tasks: the plan (and item) a task refers to must be visible to its issuer; answers the plan id. */
    public long checkLinkable(Caller caller, Long planId, Long planItemId) {
        if (planItemId != null) {
            long itemPlan = planOfItem(caller, planItemId, "planItemId");
            if (planId != null && planId != itemPlan) {
                throw ApiException.validation("planItemId", "该条目不属于此工作要点", "the item does not belong to the plan");
            }
            return itemPlan;
        }
        if (planId == null) {
            throw ApiException.validation("planId", "请指定工作要点", "planId is required");
        }
        repository.findVisible(caller, planId)
                .orElseThrow(() -> ApiException.validation("planId", "工作要点不存在或无权查看", "no such plan"));
        return planId;
    }

    /**
     * For every feature that links work to a plan item (重点工作): the item's plan, when the caller can see
     * that plan — a county links to the city's published plan or to its own forwarded copy, never to
     * another county's. 400 on {@code field} otherwise.
     */
    public long planOfItem(Caller caller, long planItemId, String field) {
        return repository.planOfVisibleItem(caller, planItemId).orElseThrow(() ->
                ApiException.validation(field, "重点工作条目不存在或无权查看", "no such plan item visible to you"));
    }

    /** A plan item with its plan and numbering, when the caller can see the plan (404 otherwise). */
    public PlanItemRef item(Caller caller, long planItemId) {
        repository.planOfVisibleItem(caller, planItemId).orElseThrow(() -> ApiException.notFound("重点工作条目", "Plan item"));
        PlanItem item = repository.getEntityManager().find(PlanItem.class, planItemId);
        java.util.LinkedList<Integer> path = new java.util.LinkedList<>();
        for (PlanItem i = item; i != null; i = i.parent) {
            path.addFirst(i.seq);
        }
        return new PlanItemRef(item.id, item.plan.id, item.plan.title, item.plan.year, List.copyOf(path), item.heading);
    }

    /** The item, when the caller can see its plan; null otherwise (work derived from other work keeps what it may). */
    public Long visibleItem(Caller caller, Long planItemId) {
        return planItemId != null && repository.planOfVisibleItem(caller, planItemId).isPresent() ? planItemId : null;
    }

    @Transactional
    public ForwardingResponse forward(Caller caller, long planId, CreateForwardingRequest request) {
        Plan plan = visible(caller, planId);
        if (!caller.isAdmin() && !caller.isOffice()) {
            throw ApiException.forbidden("只有督导办可以转发文件", "Only supervision offices forward documents");
        }
        if (plan.status != PlanStatus.PUBLISHED) {
            throw illegal(plan.status, "forward", plan.status == PlanStatus.DRAFT ? List.of("publish") : List.of());
        }
        for (Long recipient : request.recipientOrgIds()) {
            String path = organizations.pathOf(recipient).orElse(null);
            if (path == null || !caller.covers(path) || recipient == caller.orgId()) {
                throw ApiException.validation("recipientOrgIds", "接收单位须是本单位的下级单位",
                        "recipients must be organisations below the forwarding one");
            }
        }
        PlanForwarding forwarding = new PlanForwarding();
        forwarding.planId = plan.id;
        forwarding.forwardingOrgId = caller.orgId();
        forwarding.documentNumber = request.documentNumber().trim();
        forwarding.instructions = request.instructions();
        forwarding.dueDate = request.dueDate();
        forwarding.createdBy = caller.userId();
        forwarding.createdAt = clock.now();
        repository.getEntityManager().persist(forwarding);
        repository.flush();
        tasks.createAcknowledgementTasks(caller, plan.id, forwarding.id, plan.title, request.recipientOrgIds(),
                request.dueDate(), request.instructions());
        audit.record(caller, "FORWARD", "PLAN", plan.id, caller.orgPath(),
                "转发工作要点（" + forwarding.documentNumber + "）：" + plan.title,
                Map.of("forwardingId", forwarding.id, "recipients", request.recipientOrgIds()));
        return toForwarding(caller, forwarding);
    }

    /** The forwardings of a plan the caller can see: its own organisation's, and those of its subtree. */
    public List<ForwardingResponse> forwardings(Caller caller, long planId) {
        visible(caller, planId);
        return repository.forwardings(planId).stream()
                .filter(f -> caller.isAdmin() || organizations.pathOf(f.forwardingOrgId).map(caller::covers).orElse(false))
                .map(f -> toForwarding(caller, f)).toList();
    }

    private ForwardingResponse toForwarding(Caller caller, PlanForwarding f) {
        List<AcknowledgementView> acks = tasks.acknowledgements(f.id);
        Set<Long> orgIds = new HashSet<>();
        orgIds.add(f.forwardingOrgId);
        acks.forEach(a -> orgIds.add(a.assigneeOrgId()));
        Map<Long, OrganizationSummary> orgs = organizations.summaries(orgIds);
        LocalDate today = clock.today();
        List<ForwardingRecipient> recipients = new ArrayList<>();
        for (AcknowledgementView a : acks) {
            AcknowledgementState state = a.meetingRecordUploaded() ? AcknowledgementState.RECORD_UPLOADED
                    : a.acknowledgedAt() != null ? AcknowledgementState.ACKNOWLEDGED : AcknowledgementState.NOT_ACKNOWLEDGED;
            boolean late = a.dueDate() != null && a.dueDate().isBefore(today) && a.status() != Status.COMPLETED;
            recipients.add(new ForwardingRecipient(a.assigneeOrgId(), name(orgs.get(a.assigneeOrgId())), a.taskId(), state,
                    a.acknowledgedAt(), late));
        }
        return new ForwardingResponse(f.id, f.planId, f.forwardingOrgId, name(orgs.get(f.forwardingOrgId)),
                f.documentNumber, f.instructions, f.dueDate, f.createdAt, recipients);
    }

    private void apply(Plan plan, SavePlanRequest request) {
        plan.title = request.title().trim();
        plan.year = request.year();
        plan.documentNumber = blankToNull(request.documentNumber());
        plan.issuedOn = request.issuedOn();
        plan.recipients = blankToNull(request.recipients());
        plan.preamble = blankToNull(request.preamble());
        plan.forwardedFrom = request.forwardedFrom() == null ? null : forwardedFromMap(request.forwardedFrom());
        List<PlanItem> removed = new ArrayList<>();
        mergeItems(plan, null, plan.items, request.items() == null ? List.of() : request.items(), "items", removed);
        requireUnused(removed);
    }

    /** An item that tasks refer to stays: removing it would cut the tasks loose (409 names them). */
    private void requireUnused(List<PlanItem> removed) {
        Map<Long, String> headings = new LinkedHashMap<>();
        collect(removed, headings);
        List<TaskService.PlanItemUse> uses = tasks.linkedToPlanItems(headings.keySet(), MAX_NAMED_TASKS);
        if (uses.isEmpty()) {
            return;
        }
        List<FieldError> errors = uses.stream().map(u -> new FieldError("items",
                "条目「" + headings.get(u.planItemId()) + "」被任务 #" + u.taskId() + "「" + u.title() + "」引用")).toList();
        String named = uses.stream().map(u -> "#" + u.taskId() + "「" + u.title() + "」").collect(Collectors.joining("、"));
        String namedEn = uses.stream().map(u -> "#" + u.taskId()).collect(Collectors.joining(", "));
        throw new ApiException(409, "PLAN_ITEM_IN_USE", "要删除的条目仍有任务引用：" + named + "；请先把这些任务改挂到其他条目或取消关联",
                "Tasks still refer to the items being removed: " + namedEn + "; relink or unlink them first", errors, Map.of());
    }

    private static void collect(List<PlanItem> items, Map<Long, String> headings) {
        for (PlanItem item : items) {
            if (item.id != null) {
                headings.put(item.id, item.heading);
            }
            collect(item.subItems, headings);
        }
    }

    /** Items keep their ids when the request names them, so tasks linked to an item stay linked. */
    private void mergeItems(Plan plan, PlanItem parent, List<PlanItem> current, List<SavePlanItem> wanted, String field,
                            List<PlanItem> removed) {
        Map<Long, PlanItem> byId = new LinkedHashMap<>();
        current.forEach(i -> byId.put(i.id, i));
        List<PlanItem> result = new ArrayList<>();
        int seq = 1;
        for (int index = 0; index < wanted.size(); index++) {
            SavePlanItem w = wanted.get(index);
            PlanItem item;
            if (w.id() != null) {
                item = byId.remove(w.id());
                if (item == null) {
                    throw ApiException.validation(field + "[" + index + "].id", "该条目不属于此位置", "unknown item id here");
                }
            } else {
                item = new PlanItem();
            }
            item.plan = plan;
            item.parent = parent;
            item.seq = seq++;
            item.heading = w.heading().trim();
            item.content = blankToNull(w.content());
            mergeItems(plan, item, item.subItems, w.subItems() == null ? List.of() : w.subItems(),
                    field + "[" + index + "].subItems", removed);
            result.add(item);
        }
        removed.addAll(byId.values());
        current.clear();
        current.addAll(result);
    }

    private static Map<String, Object> forwardedFromMap(ForwardedFrom f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documentNumber", f.documentNumber());
        m.put("issuingBody", f.issuingBody());
        m.put("issuedOn", f.issuedOn() == null ? null : f.issuedOn().toString());
        m.put("title", f.title());
        m.put("recipients", f.recipients());
        m.put("instructions", f.instructions());
        return m;
    }

    private static ForwardedFrom forwardedFrom(Map<String, Object> m) {
        if (m == null) {
            return null;
        }
        Object issuedOn = m.get("issuedOn");
        return new ForwardedFrom((String) m.get("documentNumber"), (String) m.get("issuingBody"),
                issuedOn == null ? null : LocalDate.parse(issuedOn.toString()), (String) m.get("title"),
                (String) m.get("recipients"), (String) m.get("instructions"));
    }

    private Plan visible(Caller caller, long id) {
        return repository.findVisible(caller, id).orElseThrow(() -> ApiException.notFound("工作要点", "Plan"));
    }

    void requireEditor(Caller caller, long issuingOrgId) {
        boolean editor = caller.isAdmin() || caller.isOffice() && Objects.equals(caller.orgId(), issuingOrgId);
        if (!editor) {
            throw ApiException.forbidden("只有发文单位的督导办可以编辑工作要点", "Only the issuing office may edit this plan");
        }
    }

    private static ApiException illegal(PlanStatus current, String action, List<String> allowed) {
        return new ApiException(409, "ILLEGAL_TRANSITION",
                "工作要点当前状态为 " + current + "，不能执行 " + action + "；当前可执行：" + (allowed.isEmpty() ? "无" : String.join("、", allowed)),
                "The plan is " + current + "; " + action + " is not possible. Allowed: " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)),
                List.of(), Map.of());
    }

    PlanResponse toResponse(Plan plan) {
        String issuer = name(organizations.summaries(List.of(plan.issuingOrgId)).get(plan.issuingOrgId));
        return new PlanResponse(plan.id, plan.title, plan.year, plan.issuingOrgId, issuer, plan.documentNumber,
                plan.issuedOn, plan.recipients, plan.preamble, plan.status, items(plan.items),
                forwardedFrom(plan.forwardedFrom), plan.version);
    }

    private static List<PlanItemResponse> items(List<PlanItem> items) {
        return items.stream().map(i -> new PlanItemResponse(i.id, i.seq, i.heading, i.content, items(i.subItems))).toList();
    }

    private String pathOf(long orgId) {
        return organizations.pathOf(orgId).orElse(null);
    }

    private static String name(OrganizationSummary org) {
        return org == null ? null : org.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Map<String, Object> snapshot(Plan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title);
        m.put("year", p.year);
        m.put("documentNumber", p.documentNumber);
        m.put("issuedOn", p.issuedOn == null ? null : p.issuedOn.toString());
        m.put("status", p.status.name());
        m.put("items", p.items.size());
        return m;
    }
}
