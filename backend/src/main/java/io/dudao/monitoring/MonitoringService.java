package io.dudao.monitoring;

import io.dudao.accountability.CaseEscalation;
import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.error.FieldError;
import io.dudao.common.security.Caller;
import io.dudao.common.time.AppClock;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.inspection.FindingService;
import io.dudao.inspection.FindingService.NewFinding;
import io.dudao.inspection.InspectionEnums.FindingSource;
import io.dudao.monitoring.MonitoringDtos.ComparisonResponse;
import io.dudao.monitoring.MonitoringDtos.CycleResponse;
import io.dudao.monitoring.MonitoringDtos.FallSuggestion;
import io.dudao.monitoring.MonitoringDtos.FallSuggestions;
import io.dudao.monitoring.MonitoringDtos.Figures;
import io.dudao.monitoring.MonitoringDtos.ImportResponse;
import io.dudao.monitoring.MonitoringDtos.ProblemRequest;
import io.dudao.monitoring.MonitoringDtos.RaiseProblemsRequest;
import io.dudao.monitoring.MonitoringDtos.RaisedProblems;
import io.dudao.monitoring.MonitoringDtos.ResultList;
import io.dudao.monitoring.MonitoringDtos.ResultResponse;
import io.dudao.monitoring.MonitoringDtos.SampledCounty;
import io.dudao.monitoring.MonitoringDtos.SaveCycleRequest;
import io.dudao.monitoring.MonitoringDtos.TrendResponse;
import io.dudao.monitoring.MonitoringEnums.CycleStatus;
import io.dudao.monitoring.MonitoringEnums.Subject;
import io.dudao.monitoring.MonitoringRepository.Sample;
import io.dudao.org.OrgType;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import io.dudao.plan.PlanService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * 义务教育质量监测: cycles run by a city or province office over sampled counties and schools, their
 * results imported from the template, the feedback problems raised as findings (source MONITORING) into
 * the rectification loop, the trend and county comparison, and the accountability suggestion when a
 * county's share at level III or above falls beyond the cycle's threshold.
 */
@ApplicationScoped
public class MonitoringService {

    static final BigDecimal DEFAULT_FALL_ALERT_POINTS = new BigDecimal("5.00");
    static final String ENTITY = "MONITORING_CYCLE";

    @Inject
    MonitoringRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    PlanService plans;

    @Inject
    FindingService findings;

    @Inject
    CaseEscalation escalation;

    @Inject
    AuditService audit;

    @Inject
    AppClock clock;

    @Inject
    EntityManager em;

    public PageResponse<CycleResponse> list(Caller caller, MonitoringRepository.Filter filter, Integer page, Integer size, String sort) {
        PageQuery paging = PageQuery.of(page, size, sort, MonitoringRepository.SORTABLE, "year,desc");
        return repository.page(caller, filter, paging, clock.today());
    }

    public CycleResponse get(Caller caller, long id) {
        return repository.one(caller, id, clock.today()).orElseThrow(MonitoringService::notFound);
    }

    @Transactional
    public CycleResponse create(Caller caller, SaveCycleRequest request) {
        if (!caller.isAdmin() && !(caller.isOffice() && caller.officeLevel() <= 2)) {
            throw ApiException.forbidden("只有市级或省级督导办可以组织质量监测", "Only city or province offices run quality monitoring");
        }
        long owner = request.ownerOrgId() == null ? caller.orgId() : request.ownerOrgId();
        String ownerPath = ownerPath(caller, owner);
        List<Sample> samples = checkedSamples(request.counties(), ownerPath);
        MonitoringCycle c = new MonitoringCycle();
        c.ownerOrgId = owner;
        c.status = CycleStatus.PREPARING;
        c.createdBy = caller.userId() > 0 ? caller.userId() : null;
        apply(caller, c, request);
        repository.persist(c);
        repository.replaceSamples(c.id, samples);
        audit.record(caller, "CREATE", ENTITY, c.id, ownerPath, "组织质量监测：" + c.title, snapshot(c, samples));
        return get(caller, c.id);
    }

    @Transactional
    public CycleResponse update(Caller caller, long id, SaveCycleRequest request, String ifMatch) {
        MonitoringCycle c = managed(caller, id);
        Etags.expectedVersion(ifMatch, request.version(), c.version);
        if (request.ownerOrgId() != null && request.ownerOrgId() != c.ownerOrgId.longValue()) {
            throw ApiException.validation("ownerOrgId", "不能更改组织单位", "the owner cannot change");
        }
        String ownerPath = organizations.pathOf(c.ownerOrgId).orElseThrow();
        List<Sample> samples = checkedSamples(request.counties(), ownerPath);
        Map<String, Object> before = snapshot(c, repository.samples(c.id));
        apply(caller, c, request);
        long orphaned = repository.resultsOutside(c.id, samples, c.subjects, c.grades);
        if (orphaned > 0) {
            throw ApiException.conflict("RESULTS_OUTSIDE_SAMPLE", "已导入的 " + orphaned + " 行结果不在修改后的样本、学科或年级内；请先重新导入结果",
                    orphaned + " imported result rows fall outside the new sample, subjects or grades; import the results again first");
        }
        repository.replaceSamples(c.id, samples);
        em.lock(c, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(caller, "UPDATE", ENTITY, c.id, ownerPath, "修改质量监测：" + c.title,
                AuditService.changes(before, snapshot(c, samples)));
        return get(caller, c.id);
    }

    /** 完成: the cycle's work is over (results in); it leaves the open work of the office. */
    @Transactional
    public CycleResponse close(Caller caller, long id) {
        MonitoringCycle c = managed(caller, id);
        if (c.status != CycleStatus.RESULTS_IN) {
            throw new ApiException(409, "ILLEGAL_TRANSITION", "质量监测当前状态为" + c.status.label() + "，只有结果已反馈的监测可以完成",
                    "The cycle is " + c.status + "; only a cycle with its results in can be closed", List.of(), Map.of());
        }
        c.status = CycleStatus.CLOSED;
        em.flush();
        audit.record(caller, "CLOSE", ENTITY, c.id, organizations.pathOf(c.ownerOrgId).orElse(null), "完成质量监测：" + c.title,
                Map.of("from", CycleStatus.RESULTS_IN.name(), "to", CycleStatus.CLOSED.name()));
        return get(caller, c.id);
    }

    // --- results ---

    public record Download(byte[] content, String contentType, String fileName) {
    }

    public Download template(Caller caller, long id, boolean xlsx) {
        MonitoringCycle c = visible(caller, id);
        MonitoringSheets.Sample sample = sheetSample(c);
        String name = c.year + "年质量监测结果导入模板" + (xlsx ? ".xlsx" : ".csv");
        return xlsx ? new Download(MonitoringSheets.xlsx(sample), io.dudao.common.document.Sheets.XLSX, name)
                : new Download(MonitoringSheets.csv(sample), io.dudao.common.document.Sheets.CSV, name);
    }

    /** Replaces the cycle's results with the file's as a whole, or on any error lists every one and changes nothing. */
    @Transactional
    public ImportResponse importResults(Caller caller, long id, String fileName, byte[] content) {
        MonitoringCycle c = managed(caller, id);
        if (c.status == CycleStatus.CLOSED) {
            throw new ApiException(409, "ILLEGAL_TRANSITION", "质量监测已完成，不能再导入结果", "The cycle is closed; results cannot be imported",
                    List.of(), Map.of());
        }
        MonitoringSheets.Parsed parsed = MonitoringSheets.read(fileName, content, sheetSample(c));
        if (!parsed.errors().isEmpty()) {
            List<FieldError> errors = parsed.errors();
            throw new ApiException(400, "VALIDATION_FAILED", "导入文件有 " + errors.size() + " 处错误，未导入任何数据：" + errors.get(0).field()
                    + " " + errors.get(0).message(), "The file has " + errors.size() + " errors; nothing was imported", errors, Map.of());
        }
        int rows = repository.replaceResults(c.id, parsed.rows());
        CycleStatus before = c.status;
        c.status = CycleStatus.RESULTS_IN;
        em.flush();
        int counties = (int) parsed.rows().stream().map(MonitoringRepository.ResultRow::countyId).distinct().count();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rows", rows);
        details.put("counties", counties);
        details.put("fileName", fileName);
        details.put("from", before.name());
        details.put("to", c.status.name());
        audit.record(caller, "IMPORT_RESULTS", ENTITY, c.id, organizations.pathOf(c.ownerOrgId).orElse(null),
                "导入质量监测结果（" + rows + " 行）：" + c.title, details);
        return new ImportResponse(c.id, rows, counties, c.status);
    }

    public ResultList results(Caller caller, long id, Long countyId, Subject subject, Integer grade, boolean schools) {
        MonitoringCycle c = visible(caller, id);
        if (countyId != null) {
            visibleCounty(caller, countyId);
        }
        return new ResultList(c.id, repository.results(caller, c.id, countyId, subject, grade, schools, false,
                MonitoringRepository.RESULT_ORDER));
    }

    public ComparisonResponse comparison(Caller caller, long id, Subject subject, Integer grade) {
        MonitoringCycle c = visible(caller, id);
        requireFigureKey(subject, grade);
        List<ResultResponse> counties = repository.results(caller, c.id, null, subject, grade, false, true,
                "r.level3_share desc, co.code");
        Figures province = counties.stream().map(ResultResponse::province).filter(p -> p.level3Share() != null).findFirst()
                .orElse(new Figures(null, null, null, null));
        return new ComparisonResponse(c.id, subject, grade, province, counties);
    }

    public TrendResponse trend(Caller caller, Long countyId, Subject subject, Integer grade) {
        if (countyId == null) {
            throw ApiException.validation("countyId", "请选择县区", "countyId is required");
        }
        requireFigureKey(subject, grade);
        OrganizationSummary county = visibleCounty(caller, countyId);
        return new TrendResponse(county.id(), county.name(), subject, grade, repository.trend(caller, countyId, subject, grade));
    }

    // --- problems and accountability ---

    /** The feedback report's problems per county, raised as findings of the cycle in the owner office's name, all or none. */
    @Transactional
    public RaisedProblems raiseProblems(Caller caller, long id, RaiseProblemsRequest request) {
        MonitoringCycle c = managed(caller, id);
        Set<Long> sampled = new HashSet<>(MonitoringRepository.ids(repository.samples(c.id), false));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.problems().size(); i++) {
            ProblemRequest p = request.problems().get(i);
            if (!sampled.contains(p.countyId())) {
                errors.add(new FieldError("problems[" + i + "].countyId", "不是本次监测的样本县区"));
            }
            if (p.subject() != null && !c.subjects.contains(p.subject())) {
                errors.add(new FieldError("problems[" + i + "].subject", "本次监测不含该学科：" + p.subject().label()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", errors.size() + " 处错误，未登记任何问题：" + errors.get(0).field() + " "
                    + errors.get(0).message(), errors.size() + " errors; no problem was raised", errors, Map.of());
        }
        List<Long> ids = new ArrayList<>();
        for (ProblemRequest p : request.problems()) {
            String description = (p.subject() == null ? "" : "【" + p.subject().label() + "】") + p.description().trim();
            ids.add(findings.raise(caller, new NewFinding(FindingSource.MONITORING, c.id, c.title + "结果反馈", c.ownerOrgId,
                    p.countyId(), p.severity(), description, p.requirement(), p.dueDate() == null ? c.endsOn : p.dueDate(),
                    null, c.planItemId)).id());
        }
        return new RaisedProblems(ids);
    }

    /** The counties whose share at level III or above fell beyond the threshold, each with a prefilled case draft. */
    public FallSuggestions fallSuggestions(Caller caller, long id) {
        MonitoringCycle c = managed(caller, id);
        LocalDate today = clock.today();
        LocalDate ended = c.feedbackDate == null || c.feedbackDate.isAfter(today) ? today : c.feedbackDate;
        List<FallSuggestion> out = new ArrayList<>();
        for (MonitoringRepository.Fall f : repository.falls(caller, c, c.fallAlertPoints)) {
            BigDecimal fall = f.previousShare().subtract(f.share());
            String facts = f.countyName() + "在" + c.title + "中" + f.grade() + "年级" + f.subject().label() + "达到Ⅲ级及以上的比例为"
                    + f.share().toPlainString() + "%，较" + f.previousYear() + "年监测（" + f.previousShare().toPlainString() + "%）下降"
                    + fall.toPlainString() + "个百分点，超过设定的" + c.fallAlertPoints.toPlainString() + "个百分点。";
            out.add(new FallSuggestion(f.countyId(), f.countyName(), f.subject(), f.grade(), f.previousCycleId(), f.previousYear(),
                    f.previousShare(), f.share(), fall, c.fallAlertPoints,
                    escalation.fallingQualityDraft(caller, f.countyId(), facts, ended, c.planItemId)));
        }
        return new FallSuggestions(c.id, out);
    }

    // --- helpers ---

    private MonitoringCycle visible(Caller caller, long id) {
        return repository.findVisible(caller, id).orElseThrow(MonitoringService::notFound);
    }

    /** A visible cycle the caller runs: an office at or above its owner (403 otherwise). */
    private MonitoringCycle managed(Caller caller, long id) {
        MonitoringCycle c = visible(caller, id);
        String ownerPath = organizations.pathOf(c.ownerOrgId).orElseThrow();
        if (!caller.isAdmin() && !(caller.isOffice() && caller.covers(ownerPath))) {
            throw ApiException.forbidden("只有组织监测的督导办（或其上级）可以修改监测、导入结果、登记问题",
                    "Only the office running the cycle (or one above it) changes it, imports results or raises problems");
        }
        return c;
    }

    private OrganizationSummary visibleCounty(Caller caller, long countyId) {
        return organizations.findVisible(caller, countyId).orElseThrow(() -> ApiException.notFound("县区", "County"));
    }

    private static void requireFigureKey(Subject subject, Integer grade) {
        List<FieldError> errors = new ArrayList<>();
        if (subject == null) {
            errors.add(new FieldError("subject", "请选择学科"));
        }
        if (grade == null) {
            errors.add(new FieldError("grade", "请选择年级"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", "请选择学科和年级", "subject and grade are required", errors, Map.of());
        }
    }

    private String ownerPath(Caller caller, long owner) {
        String path = organizations.pathInScope(caller, owner).orElseThrow(() ->
                ApiException.validation("ownerOrgId", "组织单位不存在或不在本单位管辖范围内", "no such organisation in your subtree"));
        OrgType type = organizations.summaries(List.of(owner)).get(owner).type();
        if (type != OrgType.CITY && type != OrgType.PROVINCE) {
            throw ApiException.validation("ownerOrgId", "质量监测由市级或省级单位组织", "a city or the province runs quality monitoring");
        }
        return path;
    }

    /** Every sampled county below the owner, each once; every sampled school below its county. */
    private List<Sample> checkedSamples(List<SampledCounty> counties, String ownerPath) {
        Set<Long> ids = new HashSet<>();
        counties.forEach(c -> {
            ids.add(c.countyId());
            if (c.schoolIds() != null) {
                ids.addAll(c.schoolIds());
            }
        });
        Map<Long, OrganizationSummary> orgs = organizations.summaries(ids);
        Map<Long, String> paths = organizations.paths(ids);
        List<FieldError> errors = new ArrayList<>();
        List<Sample> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < counties.size(); i++) {
            SampledCounty sc = counties.get(i);
            OrganizationSummary county = orgs.get(sc.countyId());
            String countyPath = paths.get(sc.countyId());
            if (county == null || county.type() != OrgType.COUNTY || !countyPath.startsWith(ownerPath)) {
                errors.add(new FieldError("counties[" + i + "].countyId", "不是组织单位所辖的县区"));
                continue;
            }
            if (!seen.add(sc.countyId())) {
                errors.add(new FieldError("counties[" + i + "].countyId", county.name() + "重复"));
                continue;
            }
            out.add(new Sample(sc.countyId(), null));
            List<Long> schools = sc.schoolIds() == null ? List.of() : sc.schoolIds();
            for (int j = 0; j < schools.size(); j++) {
                Long schoolId = schools.get(j);
                OrganizationSummary school = orgs.get(schoolId);
                if (school == null || school.type() != OrgType.SCHOOL || !paths.get(schoolId).startsWith(countyPath)) {
                    errors.add(new FieldError("counties[" + i + "].schoolIds[" + j + "]", "不是" + county.name() + "的学校"));
                } else if (!seen.add(schoolId)) {
                    errors.add(new FieldError("counties[" + i + "].schoolIds[" + j + "]", school.name() + "重复"));
                } else {
                    out.add(new Sample(sc.countyId(), schoolId));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", "样本有 " + errors.size() + " 处错误：" + errors.get(0).field() + " "
                    + errors.get(0).message(), "The sample has " + errors.size() + " errors", errors, Map.of());
        }
        return out;
    }

    private void apply(Caller caller, MonitoringCycle c, SaveCycleRequest r) {
        if (r.testDate() != null && r.endsOn().isBefore(r.testDate())) {
            throw ApiException.validation("endsOn", "截止日期不能早于测试日期", "endsOn cannot be before the test date");
        }
        if (r.feedbackDate() != null && r.testDate() != null && r.feedbackDate().isBefore(r.testDate())) {
            throw ApiException.validation("feedbackDate", "结果反馈日期不能早于测试日期", "the feedback cannot come before the test");
        }
        c.planItemId = r.planItemId() == null ? null : checkedItem(caller, r.planItemId());
        c.year = r.year();
        c.title = r.title().trim();
        c.subjects = new ArrayList<>(new java.util.LinkedHashSet<>(r.subjects()));
        c.grades = new ArrayList<>(new TreeSet<>(r.grades()));
        c.testDate = r.testDate();
        c.feedbackDate = r.feedbackDate();
        c.endsOn = r.endsOn();
        c.fallAlertPoints = r.fallAlertPoints() == null ? DEFAULT_FALL_ALERT_POINTS : r.fallAlertPoints();
    }

    private Long checkedItem(Caller caller, long planItemId) {
        plans.planOfItem(caller, planItemId, "planItemId");
        return planItemId;
    }

    private MonitoringSheets.Sample sheetSample(MonitoringCycle c) {
        List<Sample> samples = repository.samples(c.id);
        Map<Long, OrganizationSummary> orgs = organizations.summaries(samples.stream()
                .map(s -> s.schoolId() == null ? s.countyId() : s.schoolId()).toList());
        Map<Long, Map<String, Long>> schools = new HashMap<>();
        samples.stream().filter(s -> s.schoolId() != null).forEach(s -> {
            OrganizationSummary school = orgs.get(s.schoolId());
            Map<String, Long> byName = schools.computeIfAbsent(s.countyId(), k -> new HashMap<>());
            byName.put(school.name(), school.id());
            byName.put(school.code(), school.id());
        });
        List<MonitoringSheets.SampledCounty> counties = samples.stream().filter(s -> s.schoolId() == null).map(s -> {
            OrganizationSummary county = orgs.get(s.countyId());
            return new MonitoringSheets.SampledCounty(county.id(), county.code(), county.name(), schools.getOrDefault(county.id(), Map.of()));
        }).toList();
        return new MonitoringSheets.Sample(counties, c.subjects, c.grades);
    }

    private static Map<String, Object> snapshot(MonitoringCycle c, List<Sample> samples) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ownerOrgId", c.ownerOrgId);
        m.put("year", c.year);
        m.put("title", c.title);
        m.put("subjects", c.subjects.stream().map(Enum::name).toList());
        m.put("grades", List.copyOf(c.grades));
        m.put("testDate", String.valueOf(c.testDate));
        m.put("feedbackDate", String.valueOf(c.feedbackDate));
        m.put("endsOn", String.valueOf(c.endsOn));
        m.put("fallAlertPoints", c.fallAlertPoints.toPlainString());
        m.put("planItemId", c.planItemId);
        m.put("status", c.status.name());
        m.put("counties", MonitoringRepository.ids(samples, false));
        m.put("schools", MonitoringRepository.ids(samples, true));
        return m;
    }

    private static ApiException notFound() {
        return ApiException.notFound("质量监测", "Monitoring cycle");
    }
}
