package io.dudao.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.event.Event;
import io.dudao.common.work.WorkKind;
import io.dudao.common.work.WorkEvent;
import io.dudao.common.export.ExportFormat;
import io.dudao.common.export.ExportGate;
import io.dudao.common.export.TableWriter;
import java.io.OutputStream;
import java.util.stream.Stream;
import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.error.FieldError;
import io.dudao.common.security.Caller;
import io.dudao.common.security.Role;
import io.dudao.common.web.Etags;
import io.dudao.conflict.ConflictOfInterest;
import io.dudao.plan.PlanService;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.inspection.InspectionDtos.FindingCounts;
import io.dudao.inspection.InspectionDtos.InspectionReportResponse;
import io.dudao.inspection.InspectionDtos.InspectionReportSummary;
import io.dudao.inspection.InspectionDtos.SaveInspectionReportRequest;
import io.dudao.inspection.InspectionDtos.ScoreResponse;
import io.dudao.inspection.InspectionEnums.FindingStatus;
import io.dudao.inspection.InspectionEnums.InspectionReportStatus;
import io.dudao.inspection.InspectionEnums.InspectionType;
import io.dudao.inspection.ReportWorkflow.Action;
import io.dudao.inspection.indicator.Decimals;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorTargetType;
import io.dudao.inspection.indicator.IndicatorNode;
import io.dudao.inspection.indicator.IndicatorSystemService;
import io.dudao.inspection.indicator.ScoreEntry;
import io.dudao.inspection.indicator.Scoring;
import io.dudao.inspection.indicator.ScoringModel;
import io.dudao.org.OrgType;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import io.dudao.user.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Inspection reports (督导报告): written by the inspecting organisation (an office, or a 责任督学 for
 * routine visits in their zone), scored against a published indicator system, then submitted,
 * approved (or returned) and published by an office of the inspecting organisation or above.
 */
@ApplicationScoped
public class InspectionReportService {

    public static final Map<String, String> SORTABLE = Map.of("visitStart", "visitStart", "updatedAt", "updatedAt",
            "createdAt", "createdAt", "title", "title", "totalScore", "totalScore", "id", "id");
    static final Set<InspectionType> SUPERVISOR_TYPES = EnumSet.of(InspectionType.ROUTINE_VISIT, InspectionType.SPECIAL);
    static final Set<InspectionType> SCHOOL_TYPES = EnumSet.of(InspectionType.ROUTINE_VISIT,
            InspectionType.SCHOOL_EVALUATION_316, InspectionType.PRINCIPAL_TENURE);
    static final Set<InspectionType> SYSTEM_REQUIRED = EnumSet.of(InspectionType.SCHOOL_EVALUATION_316,
            InspectionType.GOVERNMENT_DUTY);

    @Inject
    Event<WorkEvent> events;

    @Inject
    InspectionReportRepository repository;

    @Inject
    InspectionFindingRepository findings;

    @Inject
    IndicatorSystemService systems;

    @Inject
    OrganizationService organizations;

    @Inject
    UserService users;

    @Inject
    ConflictOfInterest conflicts;

    @Inject
    PlanService plans;

    @Inject
    AuditService audit;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    io.dudao.common.time.AppClock clock;

    @Inject
    ObjectMapper mapper;

    private static final TypeReference<List<ScoreEntry>> SCORES = new TypeReference<>() {
    };

    @Inject
    ExportGate exportGate;

    public PageResponse<InspectionReportSummary> list(Caller caller, InspectionReportRepository.Filter filter, PageQuery page) {
        return repository.readPage(caller, filter, page).map(InspectionReportService::summary);
    }

    private static InspectionReportSummary summary(InspectionReportRepository.Summary r) {
        return new InspectionReportSummary(r.id(), r.type(), r.title(), r.targetOrgId(), r.targetOrgName(), r.inspectingOrgId(),
                r.inspectingOrgName(), r.indicatorSystemId(), r.indicatorSystemName(), r.indicatorSystemVersion(), r.visitStart(),
                r.visitEnd(), r.topic(), Decimals.normal(r.totalScore()), r.grade(), r.status(), r.planItemId(), counts(r.findings()),
                r.version(), r.updatedAt());
    }

    /** Streams the whole filtered register as CSV or .xlsx, read through a cursor (see TaskService.export). */
    public void export(Caller caller, InspectionReportRepository.Filter filter, PageQuery order, ExportFormat format,
                       OutputStream out) {
        exportGate.inTransaction(() -> {
            Map<Long, String> names = organizations.namesInScope(caller);
            try (TableWriter<ReportExport.Row> writer = TableWriter.open(format, ReportExport.columns(), out, "督导报告");
                 Stream<InspectionReport> reports = repository.streamMatching(caller, filter, order)) {
                int[] count = {0};
                reports.forEach(r -> {
                    writer.write(new ReportExport.Row(r, names));
                    if (++count[0] % 500 == 0) {
                        em.clear();
                    }
                });
            }
        });
    }

    public InspectionReportResponse get(Caller caller, long id) {
        return repository.read(caller, id).map(r -> toResponse(caller, r))
                .orElseThrow(() -> ApiException.notFound("督导报告", "Inspection report"));
    }

    @Transactional
    public InspectionReportResponse create(Caller caller, SaveInspectionReportRequest request) {
        requireAuthorRole(caller, request.type());
        InspectionReport report = new InspectionReport();
        report.inspectingOrgId = caller.orgId();
        report.createdBy = caller.userId();
        report.status = InspectionReportStatus.DRAFT;
        apply(caller, report, request, caller.orgPath(), true);
        repository.persistAndFlush(report);
        audit.record(caller, "CREATE", "INSPECTION_REPORT", report.id, caller.orgPath(), "新建督导报告：" + report.title,
                snapshot(report));
        return get(caller, report.id);
    }

    @Transactional
    public InspectionReportResponse update(Caller caller, long id, SaveInspectionReportRequest request, String ifMatch) {
        InspectionReport report = visible(caller, id);
        String inspectingPath = pathOf(report.inspectingOrgId);
        if (!isAuthor(caller, report)) {
            throw ApiException.forbidden("只有报告的撰写人、督导人员或督导单位的督导办可以修改报告",
                    "Only the author, the inspectors or the inspecting office may edit the report");
        }
        Etags.expectedVersion(ifMatch, request.version(), report.version);
        ReportWorkflow.check(Action.EDIT, report.status);
        requireAuthorRole(caller, request.type());
        Map<String, Object> before = snapshot(report);
        apply(caller, report, request, inspectingPath, false);
        report.updatedAt = clock.now(); // score or inspector changes alone must still bump the version
        repository.flush();
        audit.record(caller, "UPDATE", "INSPECTION_REPORT", report.id, inspectingPath, "修改督导报告：" + report.title,
                AuditService.changes(before, snapshot(report)));
        return get(caller, report.id);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        InspectionReport report = visible(caller, id);
        if (!isAuthor(caller, report)) {
            throw ApiException.forbidden("只有报告的撰写人、督导人员或督导单位的督导办可以删除报告",
                    "Only the author, the inspectors or the inspecting office may delete the report");
        }
        ReportWorkflow.check(Action.DELETE, report.status);
        String inspectingPath = pathOf(report.inspectingOrgId);
        long removed = findings.deleteOfReport(report.id);
        audit.record(caller, "DELETE", "INSPECTION_REPORT", report.id, inspectingPath, "删除督导报告草稿：" + report.title,
                Map.of("title", report.title, "findings", removed));
        repository.delete(report);
    }

    @Transactional
    public InspectionReportResponse act(Caller caller, long id, Action action, String reason) {
        InspectionReport report = visible(caller, id);
        String inspectingPath = pathOf(report.inspectingOrgId);
        authorize(caller, report, action, inspectingPath);
        ReportWorkflow.check(action, report.status);
        if (action == Action.SUBMIT) {
            Scoring.Result result = Scoring.summarize(model(report), report.scores);
            if (!result.complete()) {
                throw new ApiException(409, "SCORES_INCOMPLETE",
                        "还有指标未评分，不能提交：" + String.join("、", result.missing()),
                        "Some indicators are not scored yet: " + String.join(", ", result.missing()),
                        List.of(new FieldError("scores", "未评分的指标：" + String.join("、", result.missing()))), Map.of());
            }
        }
        InspectionReportStatus before = report.status;
        report.status = ReportWorkflow.next(action, report.status);
        OffsetDateTime now = clock.now();
        switch (action) {
            case SUBMIT -> report.submittedAt = now;
            case APPROVE -> report.approvedAt = now;
            case RETURN -> {
                report.returnReason = reason;
                report.approvedAt = null;
            }
            case PUBLISH -> report.publishedAt = now;
            default -> {
            }
        }
        repository.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", before.name());
        details.put("to", report.status.name());
        if (reason != null) {
            details.put("reason", reason);
        }
        audit.record(caller, action.name(), "INSPECTION_REPORT", report.id, inspectingPath,
                verb(action) + "督导报告：" + report.title, details);
        if ((action == Action.APPROVE || action == Action.RETURN) && report.createdBy != null) {
            events.fire(WorkEvent.toUser(action == Action.APPROVE ? WorkEvent.Type.APPROVED : WorkEvent.Type.RETURNED,
                    WorkKind.REPORT, report.id, report.title, report.createdBy));
        }
        return get(caller, report.id);
    }

    // --- for findings and documents ---------------------------------------------------------------

    InspectionReport visible(Caller caller, long id) {
        return repository.findVisible(caller, id).orElseThrow(() -> ApiException.notFound("督导报告", "Inspection report"));
    }

    ScoringModel model(InspectionReport report) {
        return report.indicatorSystemId == null ? null : systems.models(List.of(report.indicatorSystemId)).get(report.indicatorSystemId);
    }

    String pathOf(Long orgId) {
        return orgId == null ? null : organizations.pathOf(orgId).orElse(null);
    }

    /** The author, a listed inspector, or an office of the inspecting organisation (or ADMIN). */
    static boolean isAuthor(Caller caller, InspectionReport r) {
        return isAuthor(caller, r.createdBy, r.inspectorUserIds, r.inspectingOrgId);
    }

    private static boolean isAuthor(Caller caller, Long createdBy, List<Long> inspectors, long inspectingOrgId) {
        return caller.isAdmin() || Objects.equals(createdBy, caller.userId()) || inspectors.contains(caller.userId())
                || caller.isOffice() && caller.orgId() == inspectingOrgId;
    }

    /** The author, or an office of the inspecting organisation (or ADMIN). */
    static boolean canSubmit(Caller caller, InspectionReport r) {
        return canSubmit(caller, r.createdBy, r.inspectingOrgId);
    }

    private static boolean canSubmit(Caller caller, Long createdBy, long inspectingOrgId) {
        return caller.isAdmin() || Objects.equals(createdBy, caller.userId()) || caller.isOffice() && caller.orgId() == inspectingOrgId;
    }

    /** An office (CITY_OFFICE, COUNTY_OFFICE, ADMIN) of the inspecting organisation or of an ancestor. */
    static boolean isSupervisingOffice(Caller caller, String inspectingPath) {
        return caller.isAdmin() || caller.isOffice() && caller.covers(inspectingPath);
    }

    /** The roles an inspector holds: a supervisor, an expert or an office. */
    static final Set<Role> INSPECTOR_ROLES = EnumSet.of(Role.SUPERVISOR, Role.EXPERT, Role.PROVINCE_OFFICE, Role.CITY_OFFICE,
            Role.COUNTY_OFFICE);

    /** Whether someone with these roles in this organisation may inspect the target: never their own organisation. */
    static boolean mayInspect(Set<Role> roles, String orgPath, String targetPath) {
        return roles.stream().anyMatch(INSPECTOR_ROLES::contains) && orgPath != null && targetPath != null
                && !orgPath.startsWith(targetPath);
    }

    /**
     * Who verifies (销号) or reopens findings: the supervising offices, and the author and the listed
     * inspectors while they hold an inspector role and do not belong to the inspected organisation.
     */
    static boolean isReviewer(Caller caller, InspectionReport r, String inspectingPath, String targetPath) {
        return isReviewer(caller, r.createdBy, r.inspectorUserIds.contains(caller.userId()), inspectingPath, targetPath);
    }

    static boolean isReviewer(Caller caller, Long reportCreatedBy, boolean callerInspects, String inspectingPath,
                              String targetPath) {
        boolean named = Objects.equals(reportCreatedBy, caller.userId()) || callerInspects;
        return isSupervisingOffice(caller, inspectingPath) || named && mayInspect(caller.roles(), caller.orgPath(), targetPath);
    }

    // --- internals ---------------------------------------------------------------------------------

    private void apply(Caller caller, InspectionReport report, SaveInspectionReportRequest request, String inspectingPath,
                       boolean creating) {
        OrganizationSummary target = checkTarget(caller, request, inspectingPath);
        ScoringModel model = checkSystem(caller, report, request, target);
        if (request.visitStart() != null && request.visitEnd() != null && request.visitEnd().isBefore(request.visitStart())) {
            throw ApiException.validation("visitEnd", "督导结束日期不能早于开始日期", "visitEnd is before visitStart");
        }
        if (request.type() == InspectionType.ROUTINE_VISIT) {
            // a visit record says what happened: it cannot be dated after today (planned inspections may be)
            LocalDate today = clock.today();
            if (request.visitStart() != null && request.visitStart().isAfter(today)) {
                throw ApiException.validation("visitStart", "督导日期不能晚于今天", "visitStart is after today");
            }
            if (request.visitEnd() != null && request.visitEnd().isAfter(today)) {
                throw ApiException.validation("visitEnd", "督导日期不能晚于今天", "visitEnd is after today");
            }
        }
        List<Long> inspectors = checkInspectors(caller, report, request.inspectorUserIds(), inspectingPath, creating);
        for (int i = 0; i < inspectors.size(); i++) {
            conflicts.check(inspectors.get(i), target.id(), report.inspectingOrgId, "inspectorUserIds[" + i + "]");
        }
        List<Scoring.ScoreInput> inputs = request.scores() == null ? List.of() : request.scores().stream()
                .map(s -> s == null ? null : new Scoring.ScoreInput(s.indicatorCode(), s.score(), s.passed(), s.remark())).toList();
        Scoring.Result result = Scoring.evaluate(model, inputs);
        if (!result.errors().isEmpty()) {
            FieldError first = result.errors().get(0);
            throw new ApiException(400, "VALIDATION_FAILED", "评分不合法：" + first.field() + " " + first.message(),
                    "Invalid scores: see errors", result.errors(), Map.of());
        }
        report.type = request.type();
        report.title = request.title().trim();
        report.targetOrgId = target.id();
        report.indicatorSystemId = model == null ? null : model.systemId();
        report.indicatorSystemVersion = model == null ? null : model.version();
        report.visitStart = request.visitStart();
        report.visitEnd = request.visitEnd();
        report.topic = blankToNull(request.topic());
        report.summary = blankToNull(request.summary());
        if (request.planItemId() != null && !request.planItemId().equals(report.planItemId)) {
            plans.planOfItem(caller, request.planItemId(), "planItemId");
        }
        report.planItemId = request.planItemId();
        report.inspectorUserIds.clear();
        report.inspectorUserIds.addAll(inspectors);
        report.scores = new ArrayList<>(result.entries());
        report.totalScore = result.total();
        report.grade = result.grade();
    }

    private OrganizationSummary checkTarget(Caller caller, SaveInspectionReportRequest request, String inspectingPath) {
        String targetPath = organizations.pathOf(request.targetOrgId()).orElse(null);
        boolean supervisor = !caller.isAdmin() && !caller.isOffice();
        if (targetPath == null || inspectingPath == null || !targetPath.startsWith(inspectingPath)
                || targetPath.equals(inspectingPath)) {
            throw ApiException.validation("targetOrgId",
                    supervisor ? "责任督学只能督导本责任区内的学校" : "督导对象须是本单位管辖范围内的下级单位",
                    supervisor ? "a supervisor inspects only schools in their own zone"
                            : "the target must be an organisation below the inspecting one");
        }
        OrganizationSummary target = organizations.summaries(List.of(request.targetOrgId())).get(request.targetOrgId());
        if ((SCHOOL_TYPES.contains(request.type()) || supervisor) && target.type() != OrgType.SCHOOL) {
            throw ApiException.validation("targetOrgId", "该类督导的对象须是学校", "this kind of inspection targets a school");
        }
        if (request.type() == InspectionType.GOVERNMENT_DUTY && target.type() != OrgType.COUNTY) {
            throw ApiException.validation("targetOrgId", "履行教育职责评价的对象须是县（市、区）", "a government duty evaluation targets a county");
        }
        return target;
    }

    private ScoringModel checkSystem(Caller caller, InspectionReport report, SaveInspectionReportRequest request,
                                     OrganizationSummary target) {
        Long systemId = request.indicatorSystemId();
        if (systemId == null) {
            if (SYSTEM_REQUIRED.contains(request.type())) {
                throw ApiException.validation("indicatorSystemId", "该类督导须选择指标体系", "this kind of inspection needs an indicator system");
            }
            return null;
        }
        ScoringModel model = Objects.equals(systemId, report.indicatorSystemId)
                ? systems.models(List.of(systemId)).get(systemId)
                : systems.usableModel(caller, systemId).orElseThrow(() -> ApiException.validation("indicatorSystemId",
                "指标体系不存在、未发布或无权使用", "no such published indicator system visible to you"));
        IndicatorTargetType wanted = target.type() == OrgType.COUNTY ? IndicatorTargetType.COUNTY
                : target.type() == OrgType.SCHOOL ? IndicatorTargetType.SCHOOL : null;
        if (model.targetType() != wanted) {
            throw ApiException.validation("indicatorSystemId",
                    "该指标体系用于评价" + (model.targetType() == IndicatorTargetType.SCHOOL ? "学校" : "县级政府") + "，与督导对象不符",
                    "the indicator system evaluates a " + model.targetType() + ", not this target");
        }
        return model;
    }

    /**
     * Inspectors are active users of the inspecting organisation or below who hold SUPERVISOR, EXPERT
     * or an office role and do not belong to the inspected organisation. An unknown id and one outside
     * the caller's reach get the same answer, so the field error tells nothing about other counties.
     */
    private List<Long> checkInspectors(Caller caller, InspectionReport report, List<Long> requested, String inspectingPath,
                                       boolean creating) {
        if (requested == null || requested.isEmpty()) {
            return creating ? List.of(caller.userId()) : List.copyOf(report.inspectorUserIds);
        }
        Set<Long> unique = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            Long userId = requested.get(i);
            if (!unique.add(userId)) {
                continue;
            }
            String field = "inspectorUserIds[" + i + "]";
            var user = users.findById(userId).filter(u -> u.active).orElse(null);
            String path = user == null ? "" : organizations.pathOf(user.organizationId).orElse("");
            if (user == null || !path.startsWith(inspectingPath)) {
                throw ApiException.validation(field, "督导人员不存在、已停用或不属于督导单位及其下级单位",
                        "no such active user in the inspecting organisation or below");
            }
            if (users.actingRoles(userId).stream().noneMatch(INSPECTOR_ROLES::contains)) {
                throw ApiException.validation(field, "督导人员须是责任督学、评估专家或督导办人员",
                        "inspectors hold SUPERVISOR, EXPERT or an office role");
            }
        }
        return List.copyOf(unique);
    }

    private static void requireAuthorRole(Caller caller, InspectionType type) {
        if (caller.isAdmin() || caller.isOffice()) {
            return;
        }
        if (caller.has(Role.SUPERVISOR)) {
            if (SUPERVISOR_TYPES.contains(type)) {
                return;
            }
            throw ApiException.forbidden("责任督学只能填写经常性督导和专项督导报告",
                    "Supervisors write routine visit and special inspection reports only");
        }
        throw ApiException.forbidden("只有督导办和责任督学可以填写督导报告", "Only supervision offices and supervisors write reports");
    }

    private static void authorize(Caller caller, InspectionReport report, Action action, String inspectingPath) {
        boolean allowed = switch (action) {
            case EDIT, DELETE -> isAuthor(caller, report);
            case SUBMIT -> canSubmit(caller, report);
            case APPROVE, RETURN, PUBLISH -> isSupervisingOffice(caller, inspectingPath);
        };
        if (!allowed) {
            throw action == Action.SUBMIT
                    ? ApiException.forbidden("只有报告的撰写人或督导单位的督导办可以提交报告",
                    "Only the author or the inspecting office may submit the report")
                    : ApiException.forbidden("只有督导单位或其上级的督导办可以审核、退回和发布报告",
                    "Only an office of the inspecting organisation or above may approve, return or publish");
        }
    }

    private static List<String> allowedActions(Caller caller, InspectionReportStatus status, Long createdBy,
                                               List<Long> inspectors, long inspectingOrgId, String inspectingPath) {
        List<String> out = new ArrayList<>();
        for (Action action : ReportWorkflow.possibleFrom(status)) {
            boolean byRole = switch (action) {
                case EDIT, DELETE -> isAuthor(caller, createdBy, inspectors, inspectingOrgId);
                case SUBMIT -> canSubmit(caller, createdBy, inspectingOrgId);
                case APPROVE, RETURN, PUBLISH -> isSupervisingOffice(caller, inspectingPath);
            };
            if (byRole) {
                out.add(action.path());
            }
        }
        return out;
    }

    private InspectionReportResponse toResponse(Caller caller, InspectionReportRepository.Detail d) {
        InspectionReportRepository.Summary r = d.summary();
        ScoringModel model = r.indicatorSystemId() == null ? null : systems.models(List.of(r.indicatorSystemId()))
                .get(r.indicatorSystemId());
        Scoring.Result result = Scoring.summarize(model, scores(d.scoresJson()));
        Map<String, IndicatorNode> leaves = model == null ? Map.of() : model.leaves();
        List<ScoreResponse> scores = result.entries().stream().map(e -> {
            IndicatorNode node = leaves.get(e.indicatorCode());
            return new ScoreResponse(e.indicatorCode(), node == null ? null : node.name(),
                    node == null ? null : Decimals.normal(node.maxScore()), Decimals.normal(e.score()), e.passed(), e.remark());
        }).toList();
        return new InspectionReportResponse(r.id(), r.type(), r.title(), r.targetOrgId(), r.targetOrgName(), r.inspectingOrgId(),
                r.inspectingOrgName(), d.inspectorUserIds(), r.indicatorSystemId(), model == null ? null : model.name(),
                r.indicatorSystemVersion(), r.visitStart(), r.visitEnd(), r.topic(), d.summaryText(), scores,
                Decimals.normal(r.totalScore()), model == null ? null : Decimals.normal(model.totalScore()), r.grade(),
                result.missing(), r.status(), d.returnReason(), r.planItemId(), counts(r.findings()),
                allowedActions(caller, r.status(), d.createdBy(), d.inspectorUserIds(), r.inspectingOrgId(), d.inspectingPath()),
                r.version(), d.submittedAt(), d.approvedAt(), d.publishedAt(), d.createdAt(), r.updatedAt());
    }

    private List<ScoreEntry> scores(String json) {
        try {
            return json == null ? List.of() : mapper.readValue(json, SCORES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable scores", e);
        }
    }

    static FindingCounts counts(Map<FindingStatus, Long> byStatus) {
        Map<FindingStatus, Long> m = byStatus == null ? Map.of() : byStatus;
        long open = m.getOrDefault(FindingStatus.OPEN, 0L);
        long submitted = m.getOrDefault(FindingStatus.SUBMITTED, 0L);
        long verified = m.getOrDefault(FindingStatus.VERIFIED, 0L);
        long reopened = m.getOrDefault(FindingStatus.REOPENED, 0L);
        return new FindingCounts(open, submitted, verified, reopened, open + submitted + verified + reopened);
    }

    private static String verb(Action action) {
        return switch (action) {
            case SUBMIT -> "提交";
            case APPROVE -> "审核通过";
            case RETURN -> "退回";
            case PUBLISH -> "发布";
            case EDIT -> "修改";
            case DELETE -> "删除";
        };
    }

    static String name(Map<Long, OrganizationSummary> orgs, Long id) {
        OrganizationSummary org = id == null ? null : orgs.get(id);
        return org == null ? null : org.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Map<String, Object> snapshot(InspectionReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", r.type.name());
        m.put("title", r.title);
        m.put("targetOrgId", r.targetOrgId);
        m.put("indicatorSystemId", r.indicatorSystemId);
        m.put("indicatorSystemVersion", r.indicatorSystemVersion);
        m.put("visitStart", r.visitStart == null ? null : r.visitStart.toString());
        m.put("visitEnd", r.visitEnd == null ? null : r.visitEnd.toString());
        m.put("topic", r.topic);
        m.put("inspectorUserIds", List.copyOf(r.inspectorUserIds));
        m.put("scores", r.scores.stream().map(s -> s.indicatorCode() + "="
                + (s.score() != null ? s.score().toPlainString() : "") + (s.passed() != null ? (s.passed() ? "✓" : "✗") : "")).toList());
        m.put("totalScore", r.totalScore == null ? null : r.totalScore.toPlainString());
        m.put("grade", r.grade);
        m.put("status", r.status.name());
        m.put("planItemId", r.planItemId);
        return m;
    }
}
