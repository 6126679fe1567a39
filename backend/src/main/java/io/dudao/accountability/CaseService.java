package io.dudao.accountability;

import jakarta.enterprise.event.Event;
import io.dudao.common.work.WorkKind;
import io.dudao.common.work.WorkEvent;
import io.dudao.accountability.AccountabilityCase.SevereGround;
import io.dudao.accountability.AccountabilityDtos.AppealDecisionRequest;
import io.dudao.accountability.AccountabilityDtos.CaseResponse;
import io.dudao.accountability.AccountabilityDtos.DecisionRequest;
import io.dudao.accountability.AccountabilityDtos.NotifyRequest;
import io.dudao.accountability.AccountabilityDtos.NumberingResponse;
import io.dudao.accountability.AccountabilityDtos.ReasonRequest;
import io.dudao.accountability.AccountabilityDtos.ReviewDecisionRequest;
import io.dudao.accountability.AccountabilityDtos.SaveCaseRequest;
import io.dudao.accountability.AccountabilityDtos.SevereGroundDto;
import io.dudao.accountability.AccountabilityDtos.StatementRequest;
import io.dudao.accountability.AccountabilityDtos.StepRequest;
import io.dudao.accountability.AccountabilityEnums.CaseSource;
import io.dudao.accountability.AccountabilityEnums.CaseStatus;
import io.dudao.accountability.AccountabilityEnums.IndividualMeasure;
import io.dudao.accountability.AccountabilityEnums.ReviewOutcome;
import io.dudao.accountability.AccountabilityEnums.SevereReason;
import io.dudao.accountability.AccountabilityEnums.SubjectType;
import io.dudao.accountability.AccountabilityEnums.UnitMeasure;
import io.dudao.accountability.CaseWorkflow.Action;
import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.org.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The case register: opening a case, the steps of the procedure with their clocks, and 从重.
 * Every step checks the state (409 ILLEGAL_TRANSITION), who takes it (403), and its window
 * (409 DEADLINE_PASSED unless an override reason is given, which the audit log and timeline keep).
 */
@ApplicationScoped
public class CaseService {

    public static final Map<String, String> SORTABLE = Map.of("openedOn", "openedOn", "updatedAt", "updatedAt",
            "decidedOn", "decidedOn", "caseNumber", "caseYear,caseSerial", "id", "id");
    static final String ENTITY = "CASE";

    @Inject
    Event<WorkEvent> events;

    @Inject
    CaseRepository repository;

    @Inject
    CaseViews views;

    @Inject
    ScenarioService scenarios;

    @Inject
    OrganizationService organizations;

    @Inject
    StatementAttachments statementFiles;

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    @Inject
    io.dudao.common.time.AppClock clock;

    @Inject
    io.dudao.plan.PlanService plans;

    @Inject
    io.dudao.inspection.InspectionFindingRepository findings;

    @Inject
    io.dudao.inspection.InspectionReportRepository reports;

    @Inject
    io.dudao.task.TaskRepository tasks;

    LocalDate today() {
        return clock.today();
    }

    public PageResponse<CaseResponse> list(Caller caller, CaseRepository.Filter filter, PageQuery page) {
        var query = repository.search(caller, filter, page, today()).page(page.panachePage());
        return new PageResponse<>(views.page(caller, query.list(), today()), page.page(), page.size(), query.count());
    }

    public CaseResponse get(Caller caller, long id) {
        return views.one(caller, visible(caller, id), today());
    }

    AccountabilityCase visible(Caller caller, long id) {
        return repository.findVisible(caller, id).orElseThrow(() -> ApiException.notFound("问责案件", "Accountability case"));
    }

    @Transactional
    public CaseResponse create(Caller caller, SaveCaseRequest request) {
        return create(caller, request, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    CaseResponse create(Caller caller, SaveCaseRequest request, String origin) {
        long handling = request.handlingOrgId() == null ? caller.orgId() : request.handlingOrgId();
        if (!caller.isAdmin() && !(caller.isOffice() && caller.orgId() == handling)) {
            throw ApiException.forbidden("只有督导办可以以本单位名义立案问责", "Only an office opens cases, in its own organisation's name");
        }
        String handlingPath = organizations.pathOf(handling).orElseThrow(() ->
                ApiException.validation("handlingOrgId", "办理单位不存在", "no such organisation"));
        checkSource(caller, request);
        claimSource(request.source(), request.sourceId());
        AccountabilityCase c = new AccountabilityCase();
        c.handlingOrgId = handling;
        c.source = request.source();
        c.sourceId = request.sourceId();
        c.openedOn = today();
        applyEditable(caller, c, request, handlingPath);
        c.status = CaseStatus.OPEN;
        c.caseYear = c.openedOn.getYear();
        c.casePrefix = organizations.assignDocumentPrefix(handling);
        c.caseSerial = repository.nextSerial(c.casePrefix, c.caseYear);
        c.caseNumber = number(c.casePrefix, c.caseYear, c.caseSerial);
        c.createdBy = caller.userId();
        repository.persistAndFlush(c);
        refreshSevere(c);
        addStep(c, "OPEN", caller, origin, null, true);
        repository.flush();
        audit.record(caller, "CREATE", ENTITY, c.id, handlingPath, "问责立案 " + c.caseNumber, snapshot(c));
        return views.one(caller, c, today());
    }

    @Transactional
    public CaseResponse update(Caller caller, long id, SaveCaseRequest request, String ifMatch) {
        AccountabilityCase c = visible(caller, id);
        if (!CaseAccess.isHandler(caller, c)) {
            throw ApiException.forbidden("只有办理单位的督导办可以修改案件", "Only the handling office edits a case");
        }
        if (!editable(c)) {
            throw new ApiException(409, "ILLEGAL_TRANSITION", "案件当前状态为 " + c.status + "（" + c.status.label()
                    + "），作出决定后不能再修改案件信息", "The case is " + c.status + "; it cannot be edited after the decision",
                    List.of(), Map.of());
        }
        Etags.expectedVersion(ifMatch, request.version(), c.version);
        if (request.handlingOrgId() != null && request.handlingOrgId() != c.handlingOrgId.longValue()) {
            throw ApiException.validation("handlingOrgId", "办理单位不能更改", "the handling organisation cannot change");
        }
        String handlingPath = handlingPath(c);
        Map<String, Object> before = snapshot(c);
        if (c.source != request.source() || !java.util.Objects.equals(c.sourceId, request.sourceId())) {
            checkSource(caller, request);
            claimSource(request.source(), request.sourceId());
        }
        c.source = request.source();
        c.sourceId = request.sourceId();
        applyEditable(caller, c, request, handlingPath);
        refreshSevere(c);
        addStep(c, "UPDATE", caller, null, null, true);
        repository.flush();
        audit.record(caller, "UPDATE", ENTITY, c.id, handlingPath, "修改问责案件 " + c.caseNumber,
                AuditService.changes(before, snapshot(c)));
        return views.one(caller, c, today());
    }

    /**
     * At most one open case per source object: serialises openings for the same source (a
     * transaction-scoped advisory lock, so two concurrent escalations queue) and answers 409
     * CASE_EXISTS with the open case's id as the problem's {@code caseId}. The partial unique index
     * accountability_case_open_source_uk backs it in the database.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void claimSource(CaseSource source, Long sourceId) {
        if (sourceId == null) {
            return;
        }
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "case-source:" + source + ":" + sourceId).getSingleResult();
        repository.find("source = ?1 and sourceId = ?2 and status not in ?3 order by id", source, sourceId,
                        List.of(CaseStatus.CLOSED, CaseStatus.DISMISSED, CaseStatus.REVOKED))
                .firstResultOptional().ifPresent(open -> {
                    throw new ApiException(409, "CASE_EXISTS", "已有在办问责案件 " + open.caseNumber + "（编号 " + open.id + "）",
                            "A case is already open for it: " + open.caseNumber + " (id " + open.id + ")", List.of(), Map.of(),
                            Map.of("caseId", open.id));
                });
    }

    /** The source must name an object of its kind that the caller can see; findings and tasks must name one. */
    private void checkSource(Caller caller, SaveCaseRequest r) {
        Long id = r.sourceId();
        boolean exists = switch (r.source()) {
            case FINDING -> id != null && findings.findVisible(caller, id).isPresent();
            case TASK -> id != null && tasks.findVisible(caller, id).isPresent();
            case INSPECTION -> id == null || reports.findVisible(caller, id).isPresent();
            case COMPLAINT, OTHER -> id == null;
        };
        if (!exists) {
            throw ApiException.validation("sourceId", switch (r.source()) {
                case FINDING -> "请指定本单位可查看的问题编号";
                case TASK -> "请指定本单位可查看的任务编号";
                case INSPECTION -> "督导报告不存在或无权查看";
                case COMPLAINT, OTHER -> "该来源类型不关联具体对象，请不要填写来源编号";
            }, "sourceId must name a " + r.source() + " you can see" + (r.source() == CaseSource.COMPLAINT
                    || r.source() == CaseSource.OTHER ? " (none for this source)" : ""));
        }
    }

    static boolean editable(AccountabilityCase c) {
        return switch (c.status) {
            case OPEN, INVESTIGATING, NOTIFIED, STATEMENT_RECEIVED -> true;
            default -> false;
        };
    }

    // ---- the steps

    @Transactional
    public CaseResponse investigate(Caller caller, long id, StepRequest r) {
        return step(caller, id, Action.INVESTIGATE, r.note(), r.overrideReason(), c -> c.investigatedOn = today(), Map.of());
    }

    @Transactional
    public CaseResponse notify(Caller caller, long id, NotifyRequest r) {
        if (r.statementDueOn() != null && r.statementDueOn().isBefore(today())) {
            throw ApiException.validation("statementDueOn", "陈述申辩期限不能早于今天", "statementDueOn is in the past");
        }
        return step(caller, id, Action.NOTIFY, r.note(), null, c -> {
            c.notifiedOn = today();
            c.statementDueOn = r.statementDueOn();
        }, r.statementDueOn() == null ? Map.of() : Map.of("statementDueOn", r.statementDueOn().toString()));
    }

    @Transactional
    public CaseResponse statement(Caller caller, long id, StatementRequest r) {
        return step(caller, id, Action.STATEMENT, null, r.overrideReason(), c -> {
            c.statementText = r.text().trim();
            c.statementOn = today();
            statementFiles.link(caller, r.attachmentIds() == null ? List.of() : r.attachmentIds(), c.id);
        }, Map.of("attachments", r.attachmentIds() == null ? 0 : r.attachmentIds().size()));
    }

    @Transactional
    public CaseResponse decide(Caller caller, long id, DecisionRequest r) {
        List<UnitMeasure> unit = r.unitMeasures() == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(r.unitMeasures()));
        List<IndividualMeasure> individual = r.individualMeasures() == null ? List.of()
                : List.copyOf(new java.util.LinkedHashSet<>(r.individualMeasures()));
        boolean correction = visible(caller, id).status == CaseStatus.CORRECTION_PENDING;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("unitMeasures", unit.stream().map(Enum::name).toList());
        details.put("individualMeasures", individual.stream().map(Enum::name).toList());
        details.put("publication", r.publication().name());
        details.put("correction", correction);
        return step(caller, id, Action.DECIDE, correction ? "申诉成立，纠正原决定" : null, r.overrideReason(), c -> {
            checkMeasures(c, unit, individual);
            c.unitMeasures = new ArrayList<>(unit);
            c.individualMeasures = new ArrayList<>(individual);
            c.decisionText = r.decisionText().trim();
            c.basis = r.basis().trim();
            c.effectiveOn = r.effectiveOn();
            c.publication = r.publication();
            if (correction) {
                c.correctedOn = today();
                c.executedOn = null;
            } else {
                c.decidedOn = today();
            }
            refreshSevere(c);
            details.put("severe", c.severe);
        }, details);
    }

    @Transactional
    public CaseResponse execute(Caller caller, long id, StepRequest r) {
        return step(caller, id, Action.EXECUTE, r.note(), r.overrideReason(), c -> c.executedOn = today(), Map.of());
    }

    @Transactional
    public CaseResponse close(Caller caller, long id, StepRequest r) {
        return step(caller, id, Action.CLOSE, r.note(), r.overrideReason(), c -> c.closedOn = today(), Map.of());
    }

    @Transactional
    public CaseResponse dismiss(Caller caller, long id, ReasonRequest r) {
        return step(caller, id, Action.DISMISS, r.reason(), null, c -> {
            c.dismissReason = r.reason().trim();
            c.closedOn = today();
        }, Map.of("reason", r.reason()));
    }

    @Transactional
    public CaseResponse requestReview(Caller caller, long id, ReasonRequest r) {
        return step(caller, id, Action.REVIEW_REQUEST, r.reason(), r.overrideReason(), c -> {
            c.reviewRequestedOn = today();
            c.reviewReason = r.reason().trim();
        }, Map.of());
    }

    @Transactional
    public CaseResponse decideReview(Caller caller, long id, ReviewDecisionRequest r) {
        boolean replaces = r.outcome() == ReviewOutcome.CHANGED;
        List<UnitMeasure> unit = r.unitMeasures() == null ? List.of() : List.copyOf(r.unitMeasures());
        List<IndividualMeasure> individual = r.individualMeasures() == null ? List.of() : List.copyOf(r.individualMeasures());
        return step(caller, id, Action.REVIEW_DECISION, r.note(), r.overrideReason(), c -> {
            c.reviewOutcome = r.outcome();
            c.reviewAnsweredOn = today();
            if (replaces) {
                checkMeasures(c, unit, individual);
                c.unitMeasures = new ArrayList<>(unit);
                c.individualMeasures = new ArrayList<>(individual);
            }
        }, Map.of("outcome", r.outcome().name()));
    }

    @Transactional
    public CaseResponse appeal(Caller caller, long id, ReasonRequest r) {
        return step(caller, id, Action.APPEAL, r.reason(), r.overrideReason(), c -> {
            c.appealFiledOn = today();
            c.appealReason = r.reason().trim();
        }, Map.of());
    }

    @Transactional
    public CaseResponse decideAppeal(Caller caller, long id, AppealDecisionRequest r) {
        return step(caller, id, Action.APPEAL_DECISION, r.note(), r.overrideReason(), c -> {
            c.appealOutcome = r.outcome();
            c.appealAnsweredOn = today();
        }, Map.of("outcome", r.outcome().name()));
    }

    private CaseResponse step(Caller caller, long id, Action action, String note, String overrideReason,
                              Consumer<AccountabilityCase> apply, Map<String, Object> extra) {
        AccountabilityCase c = visible(caller, id);
        String handlingPath = handlingPath(c);
        if (!CaseAccess.may(caller, c, handlingPath, action)) {
            throw ApiException.forbidden(switch (action.actor()) {
                case HANDLER -> "只有办理单位的督导办可以执行此步骤";
                case SUBJECT -> "只有被问责单位可以执行此步骤";
                case APPELLATE -> "申诉由办理单位的上一级督导办答复";
            }, "Only the " + action.actor().name().toLowerCase() + " takes this step");
        }
        CaseWorkflow.check(action, c);
        boolean late = CaseClocks.checkInTime(c, action, today(), overrideReason);
        CaseStatus before = c.status;
        apply.accept(c);
        c.status = CaseWorkflow.next(action, c);
        String override = late ? overrideReason.trim() : null;
        addStep(c, action.name(), caller, note, override, action.internal());
        repository.flush();
        Map<String, Object> details = new LinkedHashMap<>(extra);
        details.put("from", before.name());
        details.put("to", c.status.name());
        if (override != null) {
            details.put("overrideReason", override);
        }
        audit.record(caller, action.name(), ENTITY, c.id, handlingPath,
                c.caseNumber + "：" + c.status.label() + (override == null ? "" : "（逾期办理：" + override + "）"), details);
        if (action == Action.DECIDE && c.subjectOrgId != null) {
            events.fire(WorkEvent.toOrg(WorkEvent.Type.DECIDED, WorkKind.CASE, c.id, c.caseNumber, c.subjectOrgId));
        }
        if (action == Action.STATEMENT && c.handlingOrgId != null) {
            events.fire(WorkEvent.toOrg(WorkEvent.Type.REPLIED, WorkKind.CASE, c.id, c.caseNumber, c.handlingOrgId));
        }
        return views.one(caller, c, today());
    }

    // ---- numbering

    public NumberingResponse numbering(Caller caller, long orgId) {
        requireNumberingAccess(caller, orgId);
        int year = today().getYear();
        String prefix = organizations.documentPrefix(orgId);
        return new NumberingResponse(orgId, prefix, number(prefix, year, repository.peekSerial(prefix, year)));
    }

    /** The organisation's 文号 abbreviation (its documentPrefix); unique across organisations (409 PREFIX_TAKEN). */
    @Transactional
    public NumberingResponse saveNumbering(Caller caller, long orgId, String prefix) {
        requireNumberingAccess(caller, orgId);
        if (!caller.administersSystem() && caller.orgId() != orgId) {
            throw ApiException.forbidden("只能设置本单位的案件编号前缀", "Only the office itself sets its prefix");
        }
        organizations.setDocumentPrefix(caller, orgId, prefix, "prefix");
        return numbering(caller, orgId);
    }

    private void requireNumberingAccess(Caller caller, long orgId) {
        if (organizations.pathInScope(caller, orgId).isEmpty()) {
            throw ApiException.notFound("机构", "Organisation");
        }
        if (!caller.administersSystem() && !caller.isOffice()) {
            throw ApiException.forbidden("只有督导办可以查看或设置案件编号", "Only offices manage case numbering");
        }
    }

    static String number(String prefix, int year, int serial) {
        return prefix + "〔" + year + "〕" + serial + "号";
    }

    // ---- rules shared by create, update and decide

    private void applyEditable(Caller caller, AccountabilityCase c, SaveCaseRequest r, String handlingPath) {
        c.subjectType = r.subjectType();
        if (r.subjectOrgId() == null && r.subjectPerson() == null) {
            throw ApiException.validation("subjectOrgId", "请指定被问责单位或责任人", "a subject organisation or person is required");
        }
        if (r.subjectType() == SubjectType.PERSON && r.subjectPerson() == null) {
            throw ApiException.validation("subjectPerson", "问责对象为个人时须填写姓名", "a PERSON subject needs the person");
        }
        if (r.subjectOrgId() != null) {
            String subjectPath = organizations.pathOf(r.subjectOrgId()).orElse(null);
            boolean below = subjectPath != null && subjectPath.startsWith(handlingPath) && !subjectPath.equals(handlingPath);
            boolean ownPerson = subjectPath != null && subjectPath.equals(handlingPath) && r.subjectType() == SubjectType.PERSON;
            if (!below && !ownPerson) {
                throw ApiException.validation("subjectOrgId", "被问责单位须是办理单位管辖范围内的下级单位",
                        "the subject must be an organisation below the handling one");
            }
        }
        c.subjectOrgId = r.subjectOrgId();
        c.subjectPersonName = r.subjectPerson() == null ? null : r.subjectPerson().name().trim();
        c.subjectPersonPosition = r.subjectPerson() == null || r.subjectPerson().position() == null
                ? null : r.subjectPerson().position().trim();
        List<String> codes = r.scenarioCodes() == null ? List.of() : r.scenarioCodes().stream().map(String::trim).distinct().toList();
        Map<String, AccountabilityScenario> citable = scenarios.citable(caller);
        for (int i = 0; i < codes.size(); i++) {
            if (!citable.containsKey(codes.get(i))) {
                throw ApiException.validation("scenarioCodes[" + i + "]", "没有编号为 " + codes.get(i) + " 的有效问责情形",
                        "no active scenario " + codes.get(i));
            }
        }
        c.scenarioCodes = new ArrayList<>(codes);
        c.sourceEndedOn = r.sourceEndedOn();
        if (c.sourceEndedOn != null && c.sourceEndedOn.isAfter(today())) {
            throw ApiException.validation("sourceEndedOn", "督导结束日期不能晚于今天", "sourceEndedOn is in the future");
        }
        if (r.planItemId() != null && !r.planItemId().equals(c.planItemId)) {
            plans.planOfItem(caller, r.planItemId(), "planItemId");
        }
        c.planItemId = r.planItemId();
        c.facts = r.facts().trim();
        c.internalNotes = r.internalNotes() == null || r.internalNotes().isBlank() ? null : r.internalNotes().trim();
        List<SevereGround> manual = new ArrayList<>();
        List<SevereGroundDto> given = r.manualSevereReasons() == null ? List.of() : r.manualSevereReasons();
        for (int i = 0; i < given.size(); i++) {
            SevereGroundDto g = given.get(i);
            if (g.code().automatic()) {
                throw ApiException.validation("manualSevereReasons[" + i + "].code", g.code() + " 由系统根据问责记录自动认定，不能手工添加",
                        g.code() + " is found by the server");
            }
            if (manual.stream().noneMatch(m -> m.code() == g.code())) {
                manual.add(new SevereGround(g.code(), false, g.note() == null || g.note().isBlank() ? null : g.note().trim()));
            }
        }
        List<SevereGround> grounds = new ArrayList<>(c.severeReasons.stream().filter(SevereGround::automatic).toList());
        grounds.addAll(manual);
        c.severeReasons = grounds;
        c.severe = !grounds.isEmpty();
    }

    /** The automatic 从重 grounds, found again from the records; hand-added grounds stay. */
    void refreshSevere(AccountabilityCase c) {
        List<SevereGround> grounds = new ArrayList<>(c.severeReasons.stream().filter(g -> !g.automatic()).toList());
        List<String> repeated = repository.decidedForSubjectSince(c, today().minusDays(365));
        if (!repeated.isEmpty()) {
            grounds.add(0, new SevereGround(SevereReason.REPEATED_WITHIN_YEAR, true,
                    "同一问责对象一年内已被问责：" + String.join("、", repeated)));
        }
        List<String> earlier = repository.earlierCasesFollowedByReopen(c);
        if (!earlier.isEmpty()) {
            grounds.add(0, new SevereGround(SevereReason.NOT_CORRECTED_AFTER_ACCOUNTABILITY, true,
                    "问题在" + String.join("、", earlier) + "问责后仍被退回重新整改"));
        }
        c.severeReasons = grounds;
        c.severe = !grounds.isEmpty();
    }

    private static void checkMeasures(AccountabilityCase c, List<UnitMeasure> unit, List<IndividualMeasure> individual) {
        if (unit.isEmpty() && individual.isEmpty()) {
            throw ApiException.validation("unitMeasures", "请至少选择一种问责方式", "choose at least one measure");
        }
        if (!unit.isEmpty() && (c.subjectOrgId == null || c.subjectType == SubjectType.PERSON)) {
            throw ApiException.validation("unitMeasures", "问责对象为个人，不能适用单位问责方式", "unit measures need an organisation subject");
        }
        if (!individual.isEmpty() && c.subjectPersonName == null) {
            throw ApiException.validation("individualMeasures", "未指定责任人，不能适用个人问责方式", "individual measures need a person");
        }
    }

    private void addStep(AccountabilityCase c, String step, Caller caller, String note, String override, boolean internal) {
        CaseStep s = new CaseStep();
        s.caseId = c.id;
        s.step = step;
        s.at = clock.now();
        s.byUserId = caller.userId() > 0 ? caller.userId() : null;
        s.byName = caller.username();
        s.byOrgId = caller.orgId();
        s.note = note == null || note.isBlank() ? null : note.trim();
        s.overrideReason = override;
        s.internal = internal;
        em.persist(s);
    }

    String handlingPath(AccountabilityCase c) {
        return organizations.pathOf(c.handlingOrgId).orElseThrow();
    }

    private static Map<String, Object> snapshot(AccountabilityCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseNumber", c.caseNumber);
        m.put("subjectType", c.subjectType.name());
        m.put("subjectOrgId", c.subjectOrgId);
        m.put("subjectPerson", c.subjectPersonName);
        m.put("scenarioCodes", List.copyOf(c.scenarioCodes));
        m.put("source", c.source.name());
        m.put("sourceId", c.sourceId);
        m.put("sourceEndedOn", c.sourceEndedOn == null ? null : c.sourceEndedOn.toString());
        m.put("facts", c.facts);
        m.put("severe", c.severe);
        m.put("planItemId", c.planItemId);
        return m;
    }
}
