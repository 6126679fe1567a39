package io.dudao.creation;

import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.error.FieldError;
import io.dudao.common.security.Caller;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.creation.CreationDtos.AssessmentResponse;
import io.dudao.creation.CreationDtos.AssessmentSummary;
import io.dudao.creation.CreationDtos.CreateProgrammeRequest;
import io.dudao.creation.CreationDtos.ProgrammeResponse;
import io.dudao.creation.CreationDtos.ProgrammeStatus;
import io.dudao.creation.CreationDtos.SchoolReturnRequest;
import io.dudao.creation.CreationDtos.SchoolReturnResponse;
import io.dudao.creation.CreationDtos.SimulationChange;
import io.dudao.creation.CreationDtos.SimulationRequest;
import io.dudao.creation.CreationDtos.StageDto;
import io.dudao.creation.CreationDtos.UpdateProgrammeRequest;
import io.dudao.creation.CreationDtos.WorstIndicator;
import io.dudao.creation.CreationProgramme.StoredStage;
import io.dudao.creation.engine.Assessment;
import io.dudao.creation.engine.Assessment.IndicatorResult;
import io.dudao.creation.engine.Assessment.SchoolResult;
import io.dudao.creation.engine.Assessor;
import io.dudao.creation.engine.CountyPartsCalculator.CountyFacts;
import io.dudao.creation.engine.CountyReturn;
import io.dudao.creation.engine.CountyValidator;
import io.dudao.creation.engine.CreationEnums.CreationVerdict;
import io.dudao.creation.engine.CreationEnums.ItemStatus;
import io.dudao.creation.engine.BalancedCompulsoryCalculator;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.CreationEnums.CreationMeasure;
import io.dudao.creation.engine.Num;
import io.dudao.creation.engine.RowValidator;
import io.dudao.creation.engine.SchoolRow;
import io.dudao.creation.engine.StandardContent;
import io.dudao.org.OrgType;
import io.dudao.org.OrganizationDtos.OrganizationResponse;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import io.dudao.org.SchoolStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Creation programmes (两个创建): one per county and kind, with the yearly school returns, their
 * assessment (and what-if simulations) against the programme's standard set.
 */
@ApplicationScoped
public class CreationProgrammeService {

    static final Map<String, String> SORTABLE = Map.of("id", "id", "updatedAt", "updatedAt", "targetYear", "targetYear",
            "kind", "kind", "createdAt", "createdAt");
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    @Inject
    CreationProgrammeRepository repository;

    @Inject
    CreationReturnRepository returns;

    @Inject
    CreationStandardService standards;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    @Inject
    io.dudao.plan.PlanService plans;

    @Inject
    CreationCountyFacts countyFacts;

    @Inject
    CreationEvidenceAttachments evidence;

    /** A programme with its county, as the service works on it. */
    record Ctx(CreationProgramme programme, OrganizationSummary county, String countyPath) {
    }

    // ---------- programmes ----------

    public PageResponse<ProgrammeResponse> list(Caller caller, Long countyOrgId, CreationKind kind, ProgrammeStatus status,
                                                PageQuery page) {
        var query = repository.search(caller, countyOrgId, kind, status, page);
        List<CreationProgramme> programmes = query.list();
        return new PageResponse<>(toResponses(caller, programmes), page.page(), page.size(), query.count());
    }

    public ProgrammeResponse get(Caller caller, long id) {
        return toResponses(caller, List.of(visible(caller, id).programme())).get(0);
    }

    @Transactional
    public ProgrammeResponse create(Caller caller, CreateProgrammeRequest request) {
        if (!caller.isAdmin() && !caller.isOffice()) {
            throw ApiException.forbidden("只有督导办可以建立创建项目", "Only supervision offices create programmes");
        }
        OrganizationSummary county = organizations.findVisible(caller, request.countyOrgId())
                .filter(o -> o.type() == OrgType.COUNTY)
                .orElseThrow(() -> ApiException.validation("countyOrgId", "县（市、区）不存在或无权查看", "no such visible county"));
        String countyPath = organizations.pathOf(county.id()).orElseThrow();
        if (!canEdit(caller, countyPath)) {
            throw ApiException.forbidden("只有本县或上级督导办可以建立该县的创建项目", "Only the county's office or one above it may do this");
        }
        if (repository.exists(county.id(), request.kind())) {
            throw exists();
        }
        CreationStandard standard = request.standardSetId() == null ? standards.national(request.kind())
                : standards.usable(caller, request.standardSetId(), request.kind(), countyPath, "standardSetId");
        CreationProgramme p = new CreationProgramme();
        p.kind = request.kind();
        p.countyOrgId = county.id();
        p.targetYear = request.targetYear();
        p.stages = stages(request.stages(), request.targetYear());
        p.standardSetId = standard.id;
        p.status = request.status() == null ? ProgrammeStatus.ACTIVE : request.status();
        if (request.planItemId() != null) {
            plans.planOfItem(caller, request.planItemId(), "planItemId");
        }
        p.planItemId = request.planItemId();
        p.createdBy = caller.userId();
        try {
            repository.persistAndFlush(p);
        } catch (PersistenceException e) {
            throw exists(); // a concurrent create of the same county and kind
        }
        audit.record(caller, "CREATE", "CREATION_PROGRAMME", p.id, countyPath,
                "建立创建项目：" + county.name() + " " + label(p.kind), snapshot(p));
        return toResponses(caller, List.of(p)).get(0);
    }

    @Transactional
    public ProgrammeResponse update(Caller caller, long id, UpdateProgrammeRequest request, String ifMatch) {
        Ctx ctx = editable(caller, id);
        CreationProgramme p = ctx.programme();
        Etags.expectedVersion(ifMatch, request.version(), p.version);
        Map<String, Object> before = snapshot(p);
        boolean standardChanged = !Objects.equals(p.standardSetId, request.standardSetId());
        if (standardChanged) {
            standards.usable(caller, request.standardSetId(), p.kind, ctx.countyPath(), "standardSetId");
        }
        p.targetYear = request.targetYear();
        p.stages = stages(request.stages(), request.targetYear());
        p.standardSetId = request.standardSetId();
        p.status = request.status();
        if (request.planItemId() != null && !request.planItemId().equals(p.planItemId)) {
            plans.planOfItem(caller, request.planItemId(), "planItemId");
        }
        p.planItemId = request.planItemId();
        p.updatedAt = OffsetDateTime.now(); // a jsonb-only change must still bump the version
        repository.flush();
        if (standardChanged) {
            reassessAll(p);
        }
        audit.record(caller, "UPDATE", "CREATION_PROGRAMME", p.id, ctx.countyPath(),
                "修改创建项目：" + ctx.county().name() + " " + label(p.kind), AuditService.changes(before, snapshot(p)));
        return toResponses(caller, List.of(p)).get(0);
    }

    /** A new standard set changes every stored summary. */
    private void reassessAll(CreationProgramme p) {
        for (CreationReturn r : returns.ofProgramme(p.id)) {
            refreshSummary(p, r);
        }
    }

    /** Every stored summary of the programmes assessed with these standard sets (after a set was corrected). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reassessUsing(java.util.Collection<Long> standardIds) {
        int n = 0;
        for (CreationProgramme p : repository.usingStandards(standardIds)) {
            for (CreationReturn r : returns.ofProgramme(p.id)) {
                refreshSummary(p, r);
                n++;
            }
        }
        return n;
    }

    /** The year's stored summary after its county data changed (nothing when its schools are not filed). */
    void refreshSummary(CreationProgramme p, int year) {
        returns.find(p.id, year).ifPresent(r -> refreshSummary(p, r));
    }

    private void refreshSummary(CreationProgramme p, CreationReturn r) {
        Assessment a = assess(p, r);
        returns.getEntityManager().detach(r);
        summarise(r, a);
        returns.updateSummary(r);
    }

    // ---------- school returns ----------

    public SchoolReturnResponse schools(Caller caller, long id, int year) {
        checkYear(year);
        Ctx ctx = visible(caller, id);
        return returns.find(ctx.programme().id, year).map(r -> toResponse(ctx.programme(), r, List.of()))
                .orElseGet(() -> new SchoolReturnResponse(ctx.programme().id, ctx.programme().kind, year, false, List.of(), null,
                        null, null, null, null));
    }

    @Transactional
    public SchoolReturnResponse saveSchools(Caller caller, long id, int year, SchoolReturnRequest request, String ifMatch) {
        checkYear(year);
        Ctx ctx = editable(caller, id);
        RowValidator.Result valid = RowValidator.validate(ctx.programme().kind, request.rows(), request.childPopulation3to5());
        if (!valid.ok()) {
            throw CreationStandardService.invalid(valid.errors());
        }
        return store(caller, ctx, year, valid, ifMatch, request.version(), true, "SAVE_RETURNS", List.of());
    }

    @Transactional
    public SchoolReturnResponse importSchools(Caller caller, long id, int year, String fileName, byte[] content, String ifMatch) {
        checkYear(year);
        Ctx ctx = editable(caller, id);
        CreationKind kind = ctx.programme().kind;
        SchoolSheets.Parsed parsed = SchoolSheets.read(kind, fileName, content);
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        boolean fileLevel = errors.stream().anyMatch(e -> e.field().equals("file"));
        BigDecimal population = parsed.childPopulation3to5();
        if (population == null && kind == CreationKind.INCLUSIVE_PRESCHOOL) {
            population = returns.find(ctx.programme().id, year).map(r -> r.childPopulation3to5)
                    .map(BigDecimal::valueOf).orElse(null);
        }
        RowValidator.Result valid = RowValidator.validate(kind, parsed.rows(), population);
        if (!fileLevel) {
            Set<String> known = new HashSet<>();
            errors.forEach(e -> known.add(e.field()));
            // a cell that is not a number is reported once, not again as "missing"
            parsed.translate(kind, valid.errors()).stream().filter(e -> !known.contains(e.field())).forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing((FieldError e) -> rowIndex(e.field())));
            throw new ApiException(400, "VALIDATION_FAILED", "导入文件有 " + errors.size() + " 处错误，未导入任何数据：" + errors.get(0).field()
                    + " " + errors.get(0).message(), "The file has " + errors.size() + " errors; nothing was imported",
                    errors, Map.of());
        }
        List<String> notes = new ArrayList<>(parsed.notes());
        notes.add(0, "已从文件导入 " + valid.rows().size() + " 行" + (fileName == null ? "" : "（" + fileName + "）"));
        return store(caller, ctx, year, valid, ifMatch, null, false, "IMPORT_RETURNS", notes);
    }

    private static int rowIndex(String field) {
        if (field.startsWith("rows[")) {
            try {
                return Integer.parseInt(field.substring(5, field.indexOf(']')));
            } catch (RuntimeException e) {
                return -1;
            }
        }
        return -1;
    }

    private SchoolReturnResponse store(Caller caller, Ctx ctx, int year, RowValidator.Result valid, String ifMatch, Long bodyVersion,
                                       boolean versionRequired, String action, List<String> notes) {
        CreationProgramme p = ctx.programme();
        repository.lock(p);
        Optional<CreationReturn> existing = returns.find(p.id, year);
        if (existing.isPresent() && (versionRequired || ifMatch != null && !ifMatch.isBlank())) {
            Etags.expectedVersion(ifMatch, bodyVersion, existing.get().version);
        }
        List<SchoolRow> rows = link(ctx, valid.rows());
        CreationStandard standard = standards.byId(p.standardSetId);
        BigDecimal population = valid.childPopulation3to5();
        Assessment assessment = Assessor.assess(p.kind, standard.content, rows, population, countyFacts.of(p, year));
        CreationReturn r = existing.orElseGet(CreationReturn::new);
        List<SchoolRow> previous = existing.map(e -> e.rows).orElse(List.of());
        String verdictBefore = r.verdict == null ? null : r.verdict.name();
        r.programmeId = p.id;
        r.year = year;
        r.rows = new ArrayList<>(rows);
        r.childPopulation3to5 = population == null ? null : population.intValueExact();
        r.updatedBy = caller.userId();
        summarise(r, assessment);
        r.updatedAt = OffsetDateTime.now();
        if (existing.isEmpty()) {
            returns.persist(r);
        }
        returns.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("year", year);
        details.put("schools", rows.size());
        details.put("childPopulation3to5", r.childPopulation3to5);
        details.putAll(diff(previous, rows));
        details.put("verdictBefore", verdictBefore);
        details.put("verdictAfter", r.verdict.name());
        audit.record(caller, action, "CREATION_RETURN", r.id, ctx.countyPath(),
                (action.equals("IMPORT_RETURNS") ? "导入" : "填报") + ctx.county().name() + year + " 年" + label(p.kind) + "学校数据（"
                        + rows.size() + " 所，" + (r.verdict.name().equals("PASS") ? "达标" : "未达标") + "）", details);
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(notes(rows, assessment));
        return toResponse(p, r, allNotes);
    }

    /** Which schools were added, removed or changed, for the audit (codes only, at most 50 each). */
    private static Map<String, Object> diff(List<SchoolRow> before, List<SchoolRow> after) {
        Map<String, SchoolRow> old = new LinkedHashMap<>();
        before.forEach(r -> old.put(r.schoolCode(), r));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (SchoolRow r : after) {
            SchoolRow o = old.remove(r.schoolCode());
            if (o == null) {
                added.add(r.schoolCode());
            } else if (!same(o, r)) {
                changed.add(r.schoolCode());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("added", added.stream().limit(50).toList());
        out.put("removed", old.keySet().stream().limit(50).toList());
        out.put("changed", changed.stream().limit(50).toList());
        return out;
    }

    private static boolean same(SchoolRow a, SchoolRow b) {
        return a.withOrgId(null).toString().equals(b.withOrgId(null).toString());
    }

    private static List<String> notes(List<SchoolRow> rows, Assessment a) {
        List<String> notes = new ArrayList<>();
        for (SchoolResult s : a.schools()) {
            if (s.studentShare() != null) {
                notes.add("九年一贯制学校 " + s.schoolName() + " 按学生占比拆分：" + BalancedCompulsoryCalculator.label(s.stage()) + "部 "
                        + Num.s(s.students()) + " 人（" + Num.s(s.studentShare().multiply(Num.HUNDRED)) + "%）");
            }
        }
        a.excludedSchools().forEach(e -> notes.add("未纳入计算：" + e.schoolName() + "，" + e.reason()));
        long unlinked = rows.stream().filter(r -> r.schoolOrgId() == null).count();
        if (unlinked > 0) {
            notes.add(unlinked + " 所学校的代码未对应本县机构，未关联到机构（不影响计算）");
        }
        return notes;
    }

    /** Links rows to the schools of the county whose code they carry (one bounded query). */
    private List<SchoolRow> link(Ctx ctx, List<SchoolRow> rows) {
        Map<String, Long> byCode = new HashMap<>();
        for (OrganizationResponse o : schoolsOf(ctx)) {
            byCode.put(o.code().toLowerCase(Locale.ROOT), o.id());
        }
        return rows.stream().map(r -> r.withOrgId(byCode.get(r.schoolCode().toLowerCase(Locale.ROOT)))).toList();
    }

    /** The schools (and kindergartens) under the county, as its own office would list them. */
    private List<OrganizationResponse> schoolsOf(Ctx ctx) {
        return organizations.schoolsUnder(ctx.county().id());
    }

    private static void summarise(CreationReturn r, Assessment a) {
        r.verdict = a.verdict();
        r.assessedSchools = a.assessedSchools();
        r.passingSchools = a.passingSchools();
        r.worstIndicator = a.worstIndicator().map(CreationProgrammeService::worst).orElse(null);
        r.partVerdicts = partVerdicts(a);
        r.assessedAt = OffsetDateTime.now();
    }

    /** Each part's verdict, then the vetoes' and the precondition's where the standard has them. */
    static List<CreationDtos.PartVerdict> partVerdicts(Assessment a) {
        if (a.parts().isEmpty()) {
            return null;
        }
        List<CreationDtos.PartVerdict> out = new ArrayList<>();
        a.parts().forEach(p -> out.add(new CreationDtos.PartVerdict(p.code(), p.name(), p.verdict())));
        if (!a.vetoes().isEmpty()) {
            boolean vetoed = a.vetoes().stream().anyMatch(Assessment.VetoResult::recorded);
            out.add(new CreationDtos.PartVerdict("VETOES", "一票否决", vetoed ? CreationVerdict.FAIL : CreationVerdict.PASS));
        }
        if (a.precondition() != null) {
            out.add(new CreationDtos.PartVerdict("PRECONDITION", "基本条件",
                    a.precondition().status() == ItemStatus.MET ? CreationVerdict.PASS : CreationVerdict.FAIL));
        }
        return out;
    }

    static WorstIndicator worst(IndicatorResult i) {
        return new WorstIndicator(i.stage(), i.code(), i.name(), i.measure(), i.measure() == CreationMeasure.CV ? i.cv() : i.value(),
                i.threshold(), i.passed());
    }

    // ---------- template ----------

    public record Download(String fileName, String contentType, byte[] content) {
    }

    public Download template(Caller caller, long id, int year, boolean xlsx) {
        checkYear(year);
        Ctx ctx = visible(caller, id);
        CreationKind kind = ctx.programme().kind;
        Optional<CreationReturn> current = returns.find(ctx.programme().id, year);
        List<SchoolRow> rows;
        Integer population = current.map(r -> r.childPopulation3to5).orElse(null);
        if (current.isPresent()) {
            rows = current.get().rows;
        } else {
            Optional<CreationReturn> earlier = returns.ofProgramme(ctx.programme().id).stream().filter(r -> r.year < year)
                    .max(Comparator.comparingInt(r -> r.year));
            rows = earlier.map(r -> r.rows.stream().map(CreationProgrammeService::identityOnly).toList())
                    .orElseGet(() -> schoolsOf(ctx).stream().filter(o -> fits(kind, o.stage()))
                            .map(o -> identity(kind, o)).toList());
        }
        byte[] bytes = xlsx ? SchoolSheets.xlsx(kind, rows, population) : SchoolSheets.csv(kind, rows, population);
        return new Download(SchoolSheets.fileName(kind, year, xlsx), xlsx ? SchoolSheets.XLSX : SchoolSheets.CSV + "; charset=UTF-8", bytes);
    }

    private static boolean fits(CreationKind kind, SchoolStage stage) {
        if (kind == CreationKind.INCLUSIVE_PRESCHOOL) {
            return stage == SchoolStage.KINDERGARTEN;
        }
        return stage == SchoolStage.PRIMARY || stage == SchoolStage.JUNIOR || stage == SchoolStage.NINE_YEAR;
    }

    private static SchoolRow identity(CreationKind kind, OrganizationResponse o) {
        return new SchoolRow(o.code(), o.name(), kind == CreationKind.BALANCED_COMPULSORY ? o.stage().name() : null, null, null, null,
                null, null, null, null, null, null, null, null, SchoolRow.Provision.NONE, null, null, null, null, null, o.id());
    }

    private static SchoolRow identityOnly(SchoolRow r) {
        return new SchoolRow(r.schoolCode(), r.schoolName(), r.stage(), null, null, null, null, null, null, null, null, null, null,
                r.isTeachingPoint(), SchoolRow.Provision.NONE, null, r.ownership(), null, null, null, r.schoolOrgId());
    }

    // ---------- assessment ----------

    public AssessmentResponse assessment(Caller caller, long id, Integer year) {
        Ctx ctx = visible(caller, id);
        int y = year != null ? year : returns.latestYear(ctx.programme().id).orElseThrow(() -> new ApiException(404, "NOT_FOUND",
                "尚未填报任何年度的学校数据", "No school returns yet"));
        return assessmentOf(ctx, y);
    }

    private AssessmentResponse assessmentOf(Ctx ctx, int year) {
        checkYear(year);
        CreationReturn r = returnOf(ctx, year);
        CreationStandard standard = standards.byId(ctx.programme().standardSetId);
        Assessment a = Assessor.assess(ctx.programme().kind, standard.content, r.rows, population(r), countyFacts.of(ctx.programme(), year));
        return response(ctx.programme(), year, standard, a, false, null);
    }

    /** What-if: the year's saved rows with the changes applied, assessed and returned; nothing is written. */
    public AssessmentResponse simulate(Caller caller, long id, SimulationRequest request) {
        Ctx ctx = visible(caller, id);
        checkYear(request.year());
        CreationProgramme p = ctx.programme();
        CreationReturn saved = returnOf(ctx, request.year());
        List<SchoolRow> rows = new ArrayList<>(saved.rows);
        List<Integer> changeOfRow = new ArrayList<>(java.util.Collections.nCopies(rows.size(), -1));
        List<SimulationChange> changes = request.changes() == null ? List.of() : request.changes();
        Set<Integer> removed = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            SimulationChange change = changes.get(i);
            int at = indexOf(rows, change.schoolCode().trim());
            if (Boolean.TRUE.equals(change.remove())) {
                if (at < 0) {
                    throw ApiException.validation("changes[" + i + "].schoolCode", "该年度数据中没有这所学校，无法移除",
                            "no such school in the year's data");
                }
                removed.add(at);
            } else if (at >= 0) {
                rows.set(at, change.applyTo(rows.get(at)));
                changeOfRow.set(at, i);
            } else {
                rows.add(change.applyTo(null));
                changeOfRow.add(i);
            }
        }
        List<SchoolRow> kept = new ArrayList<>();
        List<Integer> keptChange = new ArrayList<>();
        for (int j = 0; j < rows.size(); j++) {
            if (!removed.contains(j)) {
                kept.add(rows.get(j));
                keptChange.add(changeOfRow.get(j));
            }
        }
        BigDecimal population = request.childPopulation3to5() != null ? request.childPopulation3to5() : population(saved);
        RowValidator.Result valid = RowValidator.validate(p.kind, kept, population);
        List<FieldError> errors = new ArrayList<>(valid.errors().stream().map(e -> {
            int j = rowIndex(e.field());
            if (j >= 0 && j < keptChange.size() && keptChange.get(j) >= 0) {
                return new FieldError("changes[" + keptChange.get(j) + "]" + e.field().substring(e.field().indexOf(']') + 1), e.message());
            }
            return e;
        }).toList());
        CreationStandard standard = standards.byId(p.standardSetId);
        CountyFacts facts = countyFacts.of(p, request.year());
        if (request.county() != null) {
            List<FieldError> unknown = new ArrayList<>();
            CountyValidator.Result county = CountyValidator.validate(standard.content,
                    tryCounty(standard.content, facts.data(), request.county(), unknown), request.year(), false);
            county.errors().forEach(e -> errors.add(new FieldError("county." + e.field(), e.message())));
            errors.addAll(unknown);
            facts = countyFacts.with(p, request.year(), county.data());
        }
        if (!errors.isEmpty()) {
            throw CreationStandardService.invalid(errors);
        }
        Assessment a = Assessor.assess(p.kind, standard.content, valid.rows(), valid.childPopulation3to5(), facts);
        return response(p, request.year(), standard, a, true, CreationReturnRepository.summary(saved));
    }

    /**
     * The saved county data with a what-if's changes: inputs merged (null clears), monitoring and vetoes replaced,
     * judgements overridden. Judgements and vetoes the standard does not name are reported at their place in the
     * request and left out.
     */
    private static CountyReturn tryCounty(StandardContent standard, CountyReturn saved, CreationDtos.SimulationCountyChange change,
                                          List<FieldError> errors) {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>(saved.inputs());
        if (change.inputs() != null) {
            change.inputs().forEach((k, v) -> {
                if (v == null) {
                    inputs.remove(k);
                } else {
                    inputs.put(k, v);
                }
            });
        }
        List<CountyReturn.Judgement> judgements = new ArrayList<>(saved.judgements());
        List<CreationDtos.SimulationJudgement> tried = change.judgements() == null ? List.of() : change.judgements();
        for (int i = 0; i < tried.size(); i++) {
            CreationDtos.SimulationJudgement j = tried.get(i);
            if (standard.item(j.itemCode()).filter(StandardContent.Item::judged).isEmpty()) {
                errors.add(new FieldError("county.judgements[" + i + "].itemCode", "评估标准中没有需要评定的该项"));
                continue;
            }
            judgements.removeIf(x -> j.itemCode().equals(x.itemCode()));
            judgements.add(new CountyReturn.Judgement(j.itemCode(), j.met(), SIMULATED, List.of()));
        }
        List<CountyReturn.VetoRecord> vetoes = saved.vetoes();
        if (change.vetoes() != null) {
            vetoes = new ArrayList<>();
            for (int i = 0; i < change.vetoes().size(); i++) {
                String code = change.vetoes().get(i);
                if (standard.vetoList().stream().noneMatch(v -> v.code().equals(code))) {
                    errors.add(new FieldError("county.vetoes[" + i + "]", "评估标准中没有该一票否决情形"));
                } else {
                    vetoes.add(saved.veto(code).orElse(new CountyReturn.VetoRecord(code, SIMULATED, List.of())));
                }
            }
        }
        return new CountyReturn(inputs, change.monitoring() == null ? saved.monitoring() : change.monitoring(), judgements, vetoes);
    }

    static final String SIMULATED = "模拟测算";

    private static int indexOf(List<SchoolRow> rows, String code) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).schoolCode().equalsIgnoreCase(code)) {
                return i;
            }
        }
        return -1;
    }

    private AssessmentResponse response(CreationProgramme p, int year, CreationStandard standard, Assessment a,
                                        boolean simulated, AssessmentSummary baseline) {
        return new AssessmentResponse(p.id, p.kind, year, standard.id, standard.name, simulated, a.verdict(), a.assessedSchools(),
                a.passingSchools(), a.passingSchoolRatio(), a.worstIndicator().map(CreationProgrammeService::worst).orElse(null),
                a.schools(), a.excludedSchools(), a.indicators(), a.explain(), a.parts(), a.vetoes(), a.precondition(),
                evidence.of(p.id, year), baseline, OffsetDateTime.now());
    }

    // ---------- for the ledger ----------

    /** The programme if the caller may change it (404 when invisible, 403 when only visible). */
    Ctx editable(Caller caller, long id) {
        Ctx ctx = visible(caller, id);
        if (!canEdit(caller, ctx.countyPath())) {
            throw ApiException.forbidden("只有本县或上级督导办可以修改该创建项目", "Only the county's office or one above it may do this");
        }
        return ctx;
    }

    Ctx visible(Caller caller, long id) {
        CreationProgramme p = repository.findVisible(caller, id).orElseThrow(() -> ApiException.notFound("创建项目", "Creation programme"));
        OrganizationSummary county = organizations.summaries(List.of(p.countyOrgId)).get(p.countyOrgId);
        return new Ctx(p, county, organizations.pathOf(p.countyOrgId).orElseThrow());
    }

    CreationReturn returnOf(Ctx ctx, int year) {
        return returns.find(ctx.programme().id, year).orElseThrow(() -> new ApiException(404, "NOT_FOUND",
                year + " 年尚未填报学校数据", "No school returns for " + year));
    }

    Assessment assess(CreationProgramme p, CreationReturn r) {
        return Assessor.assess(p.kind, standards.byId(p.standardSetId).content, r.rows, population(r), countyFacts.of(p, r.year));
    }

    /** The due date of the year's stage: its dueDate, else 31 December. */
    static LocalDate dueDateOf(CreationProgramme p, int year) {
        return p.stages.stream().filter(s -> s.year() == year && s.dueDate() != null).findFirst()
                .map(s -> LocalDate.parse(s.dueDate())).orElse(LocalDate.of(year, 12, 31));
    }

    static String label(CreationKind kind) {
        return kind == CreationKind.BALANCED_COMPULSORY ? "义务教育优质均衡" : "学前教育普及普惠";
    }

    // ---------- helpers ----------

    private static boolean canEdit(Caller caller, String countyPath) {
        return caller.isAdmin() || caller.isOffice() && caller.covers(countyPath);
    }

    private static BigDecimal population(CreationReturn r) {
        return r.childPopulation3to5 == null ? null : BigDecimal.valueOf(r.childPopulation3to5);
    }

    static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ApiException.validation("year", "年度须在 " + MIN_YEAR + " 到 " + MAX_YEAR + " 之间",
                    "year must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
    }

    private static List<StoredStage> stages(List<StageDto> stages, int targetYear) {
        List<StoredStage> out = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        List<StageDto> list = stages == null ? List.of() : stages;
        for (int i = 0; i < list.size(); i++) {
            StageDto s = list.get(i);
            if (!years.add(s.year())) {
                errors.add(new FieldError("stages[" + i + "].year", "年度重复"));
            } else if (s.year() > targetYear) {
                errors.add(new FieldError("stages[" + i + "].year", "不能晚于目标年度 " + targetYear));
            }
            out.add(new StoredStage(s.year(), s.goal().trim(), s.dueDate() == null ? null : s.dueDate().toString()));
        }
        if (!errors.isEmpty()) {
            throw CreationStandardService.invalid(errors);
        }
        out.sort(Comparator.comparingInt(StoredStage::year));
        return out;
    }

    private List<ProgrammeResponse> toResponses(Caller caller, List<CreationProgramme> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        Set<Long> counties = new HashSet<>();
        Set<Long> sets = new HashSet<>();
        programmes.forEach(p -> {
            ids.add(p.id);
            counties.add(p.countyOrgId);
            sets.add(p.standardSetId);
        });
        Map<Long, OrganizationSummary> orgs = organizations.summaries(counties);
        Map<Long, String> setNames = standards.names(sets);
        Map<Long, AssessmentSummary> latest = returns.latestSummaries(ids);
        Set<Long> editable = caller.isAdmin() ? ids : caller.isOffice() ? repository.inSubtree(caller, ids) : Set.of();
        return programmes.stream().map(p -> {
            OrganizationSummary county = orgs.get(p.countyOrgId);
            return new ProgrammeResponse(p.id, p.kind, p.countyOrgId, county == null ? null : county.name(),
                    county == null ? null : county.code(), p.targetYear,
                    p.stages.stream().map(s -> new StageDto(s.year(), s.goal(), s.dueDate() == null ? null : LocalDate.parse(s.dueDate())))
                            .toList(),
                    p.standardSetId, setNames.get(p.standardSetId), p.status, latest.get(p.id), editable.contains(p.id), p.planItemId, p.version,
                    p.createdAt, p.updatedAt);
        }).toList();
    }

    private static SchoolReturnResponse toResponse(CreationProgramme p, CreationReturn r, List<String> notes) {
        return new SchoolReturnResponse(p.id, p.kind, r.year, true, r.rows, r.childPopulation3to5, CreationReturnRepository.summary(r),
                notes.isEmpty() ? null : notes, r.version, r.updatedAt);
    }

    private static Map<String, Object> snapshot(CreationProgramme p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", p.kind.name());
        m.put("countyOrgId", p.countyOrgId);
        m.put("targetYear", p.targetYear);
        m.put("stages", p.stages.stream().map(s -> s.year() + "：" + s.goal() + (s.dueDate() == null ? "" : "（" + s.dueDate() + "）")).toList());
        m.put("standardSetId", p.standardSetId);
        m.put("status", p.status.name());
        m.put("planItemId", p.planItemId);
        return m;
    }

    private static ApiException exists() {
        return new ApiException(409, "PROGRAMME_EXISTS", "该县已有同类创建项目（每县每类一个）",
                "The county already has a programme of this kind", List.of(), Map.of());
    }
}
