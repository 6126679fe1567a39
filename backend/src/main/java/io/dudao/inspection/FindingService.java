package io.dudao.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.event.Event;
import io.dudao.common.work.WorkKind;
import io.dudao.common.work.WorkEvent;
import io.dudao.attachment.AttachmentDtos.AttachmentResponse;
import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.security.Role;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.inspection.FindingWorkflow.Action;
import io.dudao.inspection.InspectionDtos.CreateFindingRequest;
import io.dudao.inspection.InspectionDtos.FindingResponse;
import io.dudao.inspection.InspectionDtos.RectificationRequest;
import io.dudao.inspection.InspectionDtos.RectificationResponse;
import io.dudao.inspection.InspectionDtos.RaiseFindingRequest;
import io.dudao.inspection.InspectionEnums.FindingSeverity;
import io.dudao.inspection.InspectionEnums.FindingSource;
import io.dudao.inspection.InspectionEnums.FindingStatus;
import io.dudao.inspection.InspectionEnums.InspectionReportStatus;
import io.dudao.inspection.indicator.ScoringModel;
import io.dudao.org.OrganizationService;
import io.dudao.plan.PlanService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.dudao.common.export.ExportFormat;
import io.dudao.common.export.ExportGate;
import io.dudao.common.export.TableWriter;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.Set;

/**
 * Findings (问题) and the rectification loop: the inspecting side records findings on a draft report;
 * once the report is published the owner organisation submits rectifications with evidence, and the
 * inspecting side verifies (销号) or reopens them.
 */
@ApplicationScoped
public class FindingService {

    public static final Map<String, String> SORTABLE = Map.of("dueDate", "dueDate", "createdAt", "createdAt",
            "updatedAt", "updatedAt", "severity", "severityRank", "id", "id");

    @Inject
    Event<WorkEvent> events;

    @Inject
    InspectionFindingRepository repository;

    @Inject
    InspectionReportRepository reports;

    @Inject
    InspectionReportService reportService;

    @Inject
    OrganizationService organizations;

    @Inject
    EvidenceAttachments evidence;

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    private static final TypeReference<List<RectificationResponse>> RECTIFICATIONS = new TypeReference<>() {
    };

    @Inject
    ExportGate exportGate;

    @Inject
    io.dudao.common.time.AppClock clock;

    @Inject
    PlanService plans;

    public PageResponse<FindingResponse> list(Caller caller, InspectionFindingRepository.Filter filter, PageQuery page) {
        LocalDate today = clock.today();
        return repository.readPage(caller, filter, page, today).map(row -> toResponse(caller, row, today));
    }

    /** Streams the whole filtered ledger as CSV or .xlsx, read through a cursor (see TaskService.export). */
    public void export(Caller caller, InspectionFindingRepository.Filter filter, PageQuery order, ExportFormat format,
                       OutputStream out) {
        exportGate.inTransaction(() -> {
            Map<Long, String> names = organizations.namesInScope(caller);
            LocalDate today = clock.today();
            try (TableWriter<FindingExport.Row> writer = TableWriter.open(format, FindingExport.columns(), out, "问题台账");
                 Stream<InspectionFinding> findings = repository.streamMatching(caller, filter, order, today)) {
                int[] count = {0};
                findings.forEach(f -> {
                    writer.write(FindingExport.row(f, names, today));
                    if (++count[0] % 500 == 0) {
                        em.clear();
                    }
                });
            }
        });
    }

    public PageResponse<FindingResponse> listOfReport(Caller caller, long reportId, InspectionFindingRepository.Filter filter,
                                                      PageQuery page) {
        reportService.visible(caller, reportId);
        return list(caller, filter.ofReport(reportId), page);
    }

    public FindingResponse get(Caller caller, long id) {
        return repository.read(caller, id).map(row -> toResponse(caller, row, clock.today()))
                .orElseThrow(() -> ApiException.notFound("问题", "Finding"));
    }

    @Transactional
    public FindingResponse create(Caller caller, long reportId, CreateFindingRequest request) {
        InspectionReport report = reportService.visible(caller, reportId);
        if (!InspectionReportService.isAuthor(caller, report)) {
            throw ApiException.forbidden("只有报告的撰写人、督导人员或督导单位的督导办可以登记问题",
                    "Only the author, the inspectors or the inspecting office may record findings");
        }
        if (report.status != InspectionReportStatus.DRAFT) {
            throw new ApiException(409, "ILLEGAL_TRANSITION",
                    "督导报告当前状态为 " + report.status + "，只有草稿可以登记问题（可先退回）",
                    "The report is " + report.status + "; findings are recorded on drafts only (return it first)",
                    List.of(), Map.of());
        }
        String code = request.indicatorCode() == null || request.indicatorCode().isBlank() ? null : request.indicatorCode().trim();
        if (code != null) {
            ScoringModel model = reportService.model(report);
            if (model == null || !model.nodes().containsKey(code)) {
                throw ApiException.validation("indicatorCode", model == null ? "报告未选择指标体系，不能关联指标"
                        : "报告所用指标体系中没有编号为 " + code + " 的指标", "no such indicator in the report's system");
            }
        }
        String inspectingPath = reportService.pathOf(report.inspectingOrgId);
        long owner = request.ownerOrgId() == null ? report.targetOrgId : request.ownerOrgId();
        ownerBelow(owner, inspectingPath);
        Long planItemId = request.planItemId() == null ? report.planItemId : checkedItem(caller, request.planItemId());
        InspectionFinding finding = newFinding(caller, FindingSource.REPORT, report.id, report.title, report.inspectingOrgId,
                owner, request.severity(), request.description(), request.requirement(), request.dueDate(), code, planItemId);
        finding.reportId = report.id;
        return persist(caller, finding, inspectingPath);
    }

    /** A finding of another source, as a feature hands it over (its own checks of who may raise it are done). */
    public record NewFinding(FindingSource sourceType, Long sourceId, String sourceTitle, long issuingOrgId, long ownerOrgId,
                             FindingSeverity severity, String description, String requirement, LocalDate dueDate,
                             String indicatorCode, Long planItemId) {
    }

    /**
     * Raises a finding from any source but a report (a visit, a complaint, an evaluation round, a
     * monitoring cycle, a campaign, or an office directly): it opens for rectification at once, and the
     * issuing organisation's offices (or the one who raised it) verify it. The caller acts for the
     * issuing organisation (it lies in the caller's subtree); the owner lies below it. Every feature that
     * turns its problems into findings calls this, never a made-up report.
     */
    @Transactional
    public FindingResponse raise(Caller caller, NewFinding f) {
        if (f.sourceType() == null || f.sourceType() == FindingSource.REPORT) {
            throw new IllegalArgumentException("findings of reports are recorded on the report");
        }
        String issuingPath = organizations.pathOf(f.issuingOrgId()).orElse(null);
        boolean reader = caller.roles().isEmpty() || caller.roles().equals(Set.of(Role.VIEWER));
        if (issuingPath == null || reader || !caller.isAdmin() && !caller.covers(issuingPath)) {
            throw ApiException.forbidden("只能以本单位（或下级单位）的名义登记问题", "Findings are raised in the name of your organisation or one below it");
        }
        ownerBelow(f.ownerOrgId(), issuingPath);
        Long planItemId = f.planItemId() == null ? null : checkedItem(caller, f.planItemId());
        InspectionFinding finding = newFinding(caller, f.sourceType(), f.sourceId(), f.sourceTitle(), f.issuingOrgId(),
                f.ownerOrgId(), f.severity(), f.description(), f.requirement(), f.dueDate(), f.indicatorCode(), planItemId);
        return persist(caller, finding, issuingPath);
    }

    /** The API's way in: an office raises a finding directly (source OTHER) in its own organisation's name. */
    @Transactional
    public FindingResponse raiseDirectly(Caller caller, RaiseFindingRequest request) {
        if (!caller.isAdmin() && !caller.isOffice()) {
            throw ApiException.forbidden("只有督导办可以直接登记问题", "Only supervision offices raise findings directly");
        }
        return raise(caller, new NewFinding(FindingSource.OTHER, null, request.sourceTitle().trim(), caller.orgId(),
                request.ownerOrgId(), request.severity(), request.description(), request.requirement(), request.dueDate(),
                null, request.planItemId()));
    }

    private InspectionFinding newFinding(Caller caller, FindingSource source, Long sourceId, String sourceTitle, long issuingOrgId,
                                         long ownerOrgId, FindingSeverity severity, String description, String requirement,
                                         LocalDate dueDate, String indicatorCode, Long planItemId) {
        InspectionFinding finding = new InspectionFinding();
        finding.sourceType = source;
        finding.sourceId = sourceId;
        finding.sourceTitle = sourceTitle == null || sourceTitle.isBlank() ? null : abbreviate(sourceTitle.trim(), 300);
        finding.issuingOrgId = issuingOrgId;
        finding.indicatorCode = indicatorCode;
        finding.severity = severity;
        finding.description = description.trim();
        finding.requirement = requirement.trim();
        finding.ownerOrgId = ownerOrgId;
        finding.dueDate = dueDate;
        finding.planItemId = planItemId;
        finding.status = FindingStatus.OPEN;
        finding.createdBy = caller.userId() > 0 ? caller.userId() : null;
        return finding;
    }

    private FindingResponse persist(Caller caller, InspectionFinding finding, String issuingPath) {
        repository.persistAndFlush(finding);
        audit.record(caller, "CREATE", "INSPECTION_FINDING", finding.id, issuingPath,
                "登记问题（" + (finding.sourceTitle == null ? finding.sourceType.label() : finding.sourceTitle) + "）："
                        + abbreviate(finding.description), snapshot(finding));
        return get(caller, finding.id);
    }

    private Long checkedItem(Caller caller, long planItemId) {
        plans.planOfItem(caller, planItemId, "planItemId");
        return planItemId;
    }

    private void ownerBelow(long ownerOrgId, String issuingPath) {
        String ownerPath = organizations.pathOf(ownerOrgId).orElse(null);
        if (ownerPath == null || !ownerPath.startsWith(issuingPath) || ownerPath.equals(issuingPath)) {
            throw ApiException.validation("ownerOrgId", "整改责任单位须是督导单位管辖范围内的下级单位",
                    "the owner must be an organisation below the inspecting one");
        }
    }

    @Transactional
    public FindingResponse rectify(Caller caller, long id, RectificationRequest request) {
        InspectionFinding finding = visible(caller, id);
        InspectionReport report = finding.reportId == null ? null : reports.findById(finding.reportId);
        if (!actsForOwner(caller, finding.ownerOrgId)) {
            throw ApiException.forbidden("只有整改责任单位可以报送整改情况", "Only the owner organisation submits rectifications");
        }
        if (!open(report)) {
            throw new ApiException(409, "ILLEGAL_TRANSITION", "督导报告尚未发布，问题还不能整改",
                    "The report is not published yet; the finding cannot be rectified", List.of(), Map.of());
        }
        FindingWorkflow.check(Action.RECTIFY, finding.status);
        InspectionRectification rectification = new InspectionRectification();
        rectification.findingId = finding.id;
        rectification.measures = request.measures().trim();
        rectification.result = request.result() == null || request.result().isBlank() ? null : request.result().trim();
        rectification.submittedBy = caller.userId();
        rectification.submitterName = caller.username();
        rectification.submittedAt = clock.now();
        em.persist(rectification);
        em.flush();
        List<AttachmentResponse> files = evidence.link(caller, request.attachmentIds(), rectification.id);
        FindingStatus before = finding.status;
        finding.status = FindingWorkflow.next(Action.RECTIFY);
        repository.flush();
        audit.record(caller, "RECTIFY", "INSPECTION_FINDING", finding.id, reportService.pathOf(finding.issuingOrgId),
                "报送整改：" + abbreviate(finding.description),
                Map.of("from", before.name(), "to", finding.status.name(), "rectificationId", rectification.id,
                        "attachments", files.size()));
        events.fire(WorkEvent.toOrg(WorkEvent.Type.REPLIED, WorkKind.FINDING, finding.id, abbreviate(finding.description),
                finding.issuingOrgId));
        return get(caller, finding.id);
    }

    @Transactional
    public FindingResponse verify(Caller caller, long id) {
        return review(caller, id, Action.VERIFY, null);
    }

    @Transactional
    public FindingResponse reopen(Caller caller, long id, String reason) {
        return review(caller, id, Action.REOPEN, reason);
    }

    /** For the attachment feature: whether the caller may see a rectification (and so its evidence). */
    public boolean canSeeRectification(Caller caller, long rectificationId) {
        InspectionRectification r = em.find(InspectionRectification.class, rectificationId);
        return r != null && repository.findVisible(caller, r.findingId).isPresent();
    }

    private FindingResponse review(Caller caller, long id, Action action, String reason) {
        InspectionFinding finding = visible(caller, id);
        InspectionReport report = finding.reportId == null ? null : reports.findById(finding.reportId);
        String issuingPath = reportService.pathOf(finding.issuingOrgId);
        if (!reviewer(caller, finding, report, issuingPath, reportService.pathOf(inspectedOrg(finding, report)))) {
            throw ApiException.forbidden("只有督导单位（或其上级）的督导办、报告的督导人员可以销号或退回整改",
                    "Only the inspecting office (or above) or the report's inspectors verify or reopen findings");
        }
        FindingWorkflow.check(action, finding.status);
        FindingStatus before = finding.status;
        finding.status = FindingWorkflow.next(action);
        OffsetDateTime now = clock.now();
        if (action == Action.VERIFY) {
            finding.verifiedAt = now;
            finding.verifiedBy = caller.userId();
        } else {
            finding.reopenCount++;
            finding.lastReopenReason = reason;
        }
        events.fire(WorkEvent.toOrg(action == Action.VERIFY ? WorkEvent.Type.APPROVED : WorkEvent.Type.RETURNED, WorkKind.FINDING,
                finding.id, finding.description, finding.ownerOrgId));
        repository.latestRectification(finding.id).ifPresent(r -> {
            r.outcome = finding.status;
            r.reviewNote = reason;
            r.reviewedBy = caller.userId();
            r.reviewerName = caller.username();
            r.reviewedAt = now;
        });
        repository.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", before.name());
        details.put("to", finding.status.name());
        if (reason != null) {
            details.put("reason", reason);
            details.put("reopenCount", finding.reopenCount);
        }
        audit.record(caller, action.name(), "INSPECTION_FINDING", finding.id, issuingPath,
                (action == Action.VERIFY ? "问题销号：" : "退回重新整改：") + abbreviate(finding.description), details);
        return get(caller, finding.id);
    }

    private InspectionFinding visible(Caller caller, long id) {
        return repository.findVisible(caller, id).orElseThrow(() -> ApiException.notFound("问题", "Finding"));
    }

    private static boolean actsForOwner(Caller caller, long ownerOrgId) {
        return caller.orgId() == ownerOrgId && !caller.roles().isEmpty()
                && !caller.roles().equals(Set.of(Role.VIEWER));
    }

    private FindingResponse toResponse(Caller caller, InspectionFindingRepository.Row f, LocalDate today) {
        return new FindingResponse(f.id(), f.sourceType(), f.sourceId(), f.sourceTitle(), f.reportId(), f.reportTitle(),
                f.reportType(), f.issuingOrgId(), f.issuingOrgName(), f.indicatorCode(), f.severity(), f.description(),
                f.requirement(), f.ownerOrgId(), f.ownerOrgName(), f.dueDate(), f.status(),
                FindingRules.light(f.status(), f.dueDate(), today), f.reopenCount(),
                FindingRules.escalation(f.status(), f.reopenCount(), f.dueDate(), today), f.lastReopenReason(),
                rectifications(f.rectificationsJson()), allowedActions(caller, f), f.accountabilityCaseId(), f.planItemId(),
                f.verifiedAt(), f.version(), f.createdAt(), f.updatedAt());
    }

    private List<RectificationResponse> rectifications(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return mapper.readValue(json, RECTIFICATIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable rectifications", e);
        }
    }

    /** Rectification is open once the report is published; findings of other sources are open from the start. */
    private static boolean open(InspectionReport report) {
        return report == null || report.status == InspectionReportStatus.PUBLISHED;
    }

    /** The organisation checked: the report's target, or for findings of other sources the one that rectifies. */
    private static long inspectedOrg(InspectionFinding f, InspectionReport report) {
        return report == null ? f.ownerOrgId : report.targetOrgId;
    }

    private static boolean reviewer(Caller caller, InspectionFinding f, InspectionReport report, String issuingPath,
                                    String inspectedPath) {
        return reviewer(caller, report != null, report == null ? null : report.createdBy,
                report != null && report.inspectorUserIds.contains(caller.userId()), f.createdBy, issuingPath, inspectedPath);
    }

    /**
     * Who verifies or reopens: for a report, its reviewers; otherwise the issuing organisation's offices (or
     * above) and whoever raised it, while they hold an inspector role and do not belong to the checked organisation.
     */
    private static boolean reviewer(Caller caller, boolean ofReport, Long reportCreatedBy, boolean callerInspects,
                                    Long findingCreatedBy, String issuingPath, String inspectedPath) {
        return ofReport ? InspectionReportService.isReviewer(caller, reportCreatedBy, callerInspects, issuingPath, inspectedPath)
                : InspectionReportService.isSupervisingOffice(caller, issuingPath)
                || Objects.equals(findingCreatedBy, caller.userId())
                && InspectionReportService.mayInspect(caller.roles(), caller.orgPath(), inspectedPath);
    }

    private static List<String> allowedActions(Caller caller, InspectionFindingRepository.Row f) {
        List<String> out = new ArrayList<>();
        boolean open = f.reportId() == null || f.reportStatus() == InspectionReportStatus.PUBLISHED;
        if (open && FindingWorkflow.allowed(Action.RECTIFY, f.status()) && actsForOwner(caller, f.ownerOrgId())) {
            out.add(Action.RECTIFY.path());
        }
        if (FindingWorkflow.allowed(Action.VERIFY, f.status()) && reviewer(caller, f.reportId() != null, f.reportCreatedBy(),
                f.callerInspects(), f.createdBy(), f.issuingPath(), f.inspectedPath())) {
            out.add(Action.VERIFY.path());
            out.add(Action.REOPEN.path());
        }
        return out;
    }

    private static String abbreviate(String s) {
        return abbreviate(s, 60);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static Map<String, Object> snapshot(InspectionFinding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sourceType", f.sourceType.name());
        m.put("sourceId", f.sourceId);
        m.put("issuingOrgId", f.issuingOrgId);
        m.put("planItemId", f.planItemId);
        m.put("indicatorCode", f.indicatorCode);
        m.put("severity", f.severity.name());
        m.put("description", f.description);
        m.put("requirement", f.requirement);
        m.put("ownerOrgId", f.ownerOrgId);
        m.put("dueDate", f.dueDate.toString());
        m.put("status", f.status.name());
        return m;
    }
}
