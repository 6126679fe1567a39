package io.dudao.accountability;

import io.dudao.accountability.AccountabilityDtos.CaseResponse;
import io.dudao.accountability.AccountabilityDtos.SaveCaseRequest;
import io.dudao.accountability.AccountabilityEnums.CaseSource;
import io.dudao.accountability.AccountabilityEnums.CaseStatus;
import io.dudao.accountability.AccountabilityEnums.ScenarioFamily;
import io.dudao.accountability.AccountabilityEnums.SubjectType;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.inspection.FindingRules;
import io.dudao.inspection.InspectionFinding;
import io.dudao.inspection.InspectionFindingRepository;
import io.dudao.inspection.InspectionReport;
import io.dudao.inspection.InspectionReportRepository;
import io.dudao.org.OrgType;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import io.dudao.task.Task;
import io.dudao.task.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Escalation (升级问责): a prefilled case from an escalated finding (reopened twice or 30 days overdue)
 * or a seriously overdue task (30 days past due). The supervision "ends" for the 60-day investigation
 * clock when the rectification or task period ran out: the later of the visit's end and the due date.
 */
@ApplicationScoped
public class CaseEscalation {

    static final int TASK_OVERDUE_DAYS = FindingRules.ESCALATION_OVERDUE_DAYS;

    @Inject
    CaseService cases;

    @Inject
    CaseRepository repository;

    @Inject
    ScenarioService scenarios;

    @Inject
    InspectionFindingRepository findings;

    @Inject
    InspectionReportRepository reports;

    @Inject
    TaskRepository tasks;

    @Inject
    OrganizationService organizations;

    @Inject
    io.dudao.common.time.AppClock clock;

    @Inject
    io.dudao.plan.PlanService plans;

    @Transactional
    public CaseResponse fromFinding(Caller caller, long findingId) {
        InspectionFinding f = findings.findVisible(caller, findingId)
                .orElseThrow(() -> ApiException.notFound("问题", "Finding"));
        InspectionReport report = f.reportId == null ? null : reports.findById(f.reportId);
        LocalDate today = clock.today();
        if (!FindingRules.escalation(f.status, f.reopenCount, f.dueDate, today)) {
            throw ApiException.conflict("NOT_ESCALATED", "该问题未达到升级问责条件（退回整改两次或逾期30日）",
                    "The finding is not escalated (reopened twice or 30 days overdue)");
        }
        requireOpenable(caller, f.issuingOrgId);
        cases.claimSource(CaseSource.FINDING, f.id);
        OrganizationSummary owner = organizations.summaries(List.of(f.ownerOrgId)).get(f.ownerOrgId);
        SubjectType type = subjectType(owner.type());
        OrganizationSummary issuing = organizations.summaries(List.of(f.issuingOrgId)).get(f.issuingOrgId);
        LocalDate visitEnd = report == null ? null : report.visitEnd;
        String source = report != null ? "《" + report.title + "》" : f.sourceTitle != null ? "“" + f.sourceTitle + "”" : "";
        long overdue = Math.max(0, ChronoUnit.DAYS.between(f.dueDate, today));
        String facts = issuing.name() + source
                + (visitEnd == null ? "" : "（督导结束于" + visitEnd + "）") + "发现问题：" + f.description
                + "。整改要求：" + f.requirement + "，整改期限" + f.dueDate + "。截至" + today + "，" + owner.name()
                + (f.reopenCount > 0 ? "整改被退回" + f.reopenCount + "次" : "") + (f.reopenCount > 0 && overdue > 0 ? "，" : "")
                + (overdue > 0 ? "已逾期" + overdue + "日" : "") + "，问题仍未销号。";
        LocalDate ended = visitEnd == null || visitEnd.isBefore(f.dueDate) ? f.dueDate : visitEnd;
        SaveCaseRequest request = new SaveCaseRequest(caller.orgId(), type, owner.id(), null,
                suggested(caller, ScenarioSeeder.NOT_RECTIFIED.get(type), ScenarioFamily.SAFETY_OR_OBSTRUCTION, type), CaseSource.FINDING, f.id,
                ended.isAfter(today) ? today : ended, facts, null, List.of(), plans.visibleItem(caller, f.planItemId), null);
        return cases.create(caller, request, "由问题台账升级：问题 #" + f.id);
    }

    @Transactional
    public CaseResponse fromTask(Caller caller, long taskId) {
        Task t = tasks.findVisible(caller, taskId).orElseThrow(() -> ApiException.notFound("任务", "Task"));
        LocalDate today = clock.today();
        if (t.status.closed() || t.dueDate == null || t.dueDate.isAfter(today.minusDays(TASK_OVERDUE_DAYS))) {
            throw ApiException.conflict("NOT_ESCALATED", "该任务未严重逾期（逾期30日以上且未完成），不能升级问责",
                    "The task is not seriously overdue (30 days past due and not completed)");
        }
        requireOpenable(caller, t.issuerOrgId);
        cases.claimSource(CaseSource.TASK, t.id);
        Map<Long, OrganizationSummary> orgs = organizations.summaries(List.of(t.assigneeOrgId, t.issuerOrgId));
        OrganizationSummary assignee = orgs.get(t.assigneeOrgId);
        SubjectType type = subjectType(assignee.type());
        long overdue = ChronoUnit.DAYS.between(t.dueDate, today);
        String facts = orgs.get(t.issuerOrgId).name() + "下达的任务《" + t.title + "》要求于" + t.dueDate + "前完成，"
                + assignee.name() + "截至" + today + "已逾期" + overdue + "日，完成进度" + t.progressPercent + "%。";
        SaveCaseRequest request = new SaveCaseRequest(caller.orgId(), type, assignee.id(), null,
                suggested(caller, ScenarioSeeder.TASK_BEHIND.get(type), ScenarioFamily.KEY_TASKS_BEHIND, type), CaseSource.TASK, t.id, t.dueDate, facts, null,
                List.of(), plans.visibleItem(caller, t.planItemId), null);
        return cases.create(caller, request, "由逾期任务升级：任务 #" + t.id);
    }

    /**
     * The draft of a case for falling quality (教育质量下降) against an organisation, e.g. a county whose
     * quality-monitoring results fell: the scenario of that family suggested, the facts as given. Nothing
     * is saved; the office reviews the draft and opens it with {@link CaseService#create}.
     */
    public SaveCaseRequest fallingQualityDraft(Caller caller, long subjectOrgId, String facts, LocalDate sourceEndedOn,
                                               Long planItemId) {
        OrganizationSummary subject = organizations.summaries(List.of(subjectOrgId)).get(subjectOrgId);
        SubjectType type = subjectType(subject.type());
        return new SaveCaseRequest(caller.orgId(), type, subject.id(), null,
                suggested(caller, ScenarioSeeder.QUALITY_FELL.get(type), ScenarioFamily.FALLING_QUALITY, type), CaseSource.OTHER,
                null, sourceEndedOn, facts, null, List.of(), plans.visibleItem(caller, planItemId), null);
    }

    /** The caller's office opens it, and must be the supervising organisation or above it. */
    private void requireOpenable(Caller caller, long supervisingOrgId) {
        String path = organizations.pathOf(supervisingOrgId).orElseThrow();
        if (!caller.isAdmin() && !(caller.isOffice() && caller.covers(path))) {
            throw ApiException.forbidden("只有督导单位（或其上级）的督导办可以发起问责",
                    "Only the supervising office (or one above it) opens a case");
        }
    }

    /** The built-in scenario that fits, if still active; else the first active one of its family for the subject. */
    private List<String> suggested(Caller caller, String preferred, ScenarioFamily family, SubjectType type) {
        var citable = scenarios.citable(caller);
        if (preferred != null && citable.containsKey(preferred)) {
            return List.of(preferred);
        }
        return citable.values().stream().filter(s -> s.family == family && s.targetType == type).map(s -> s.code)
                .findFirst().map(List::of).orElse(List.of());
    }

    static SubjectType subjectType(OrgType type) {
        return switch (type) {
            case SCHOOL -> SubjectType.SCHOOL;
            case ZONE, DEPARTMENT -> SubjectType.DEPARTMENT;
            case PROVINCE, CITY, COUNTY -> SubjectType.GOVERNMENT;
        };
    }
}
