package io.dudao.creation;

import io.dudao.audit.AuditService;
import io.dudao.common.security.Caller;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.creation.CreationDtos.LedgerEntryResponse;
import io.dudao.creation.CreationDtos.LedgerStatus;
import io.dudao.creation.CreationDtos.LedgerSyncResult;
import io.dudao.creation.CreationProgrammeService.Ctx;
import io.dudao.creation.engine.Assessment;
import io.dudao.creation.engine.Assessment.IndicatorResult;
import io.dudao.creation.engine.Assessment.SchoolResult;
import io.dudao.creation.engine.Assessment.Shortfall;
import io.dudao.creation.engine.BalancedCompulsoryCalculator;
import io.dudao.creation.engine.CreationEnums.CreationStage;
import io.dudao.task.TaskDtos.SaveTaskRequest;
import io.dudao.task.TaskDtos.TaskResponse;
import io.dudao.task.TaskEnums.Category;
import io.dudao.task.TaskEnums.Priority;
import io.dudao.task.TaskService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The problem ledger (问题台账) of a programme year: every current gap becomes an entry (and, on request,
 * a task for the school or the county); running it again refreshes entries instead of adding new ones,
 * and marks RESOLVED the gaps the data no longer shows.
 */
@ApplicationScoped
public class CreationLedgerService {

    static final Map<String, String> SORTABLE = Map.of("id", "id", "status", "status", "schoolCode", "schoolCode",
            "indicatorCode", "indicatorCode", "updatedAt", "updatedAt");

    @Inject
    CreationProgrammeService programmes;

    @Inject
    CreationProgrammeRepository programmeRepository;

    @Inject
    CreationLedgerRepository repository;

    @Inject
    TaskService tasks;

    @Inject
    AuditService audit;

    @Inject
    io.dudao.plan.PlanService plans;

    /** A gap as the assessment shows it. */
    record Gap(String schoolCode, String schoolName, Long schoolOrgId, CreationStage stage, String code, String name,
               BigDecimal value, BigDecimal threshold, BigDecimal gap, String unit, BigDecimal resourceNeeded, String resourceUnit,
               String message) {

        String key() {
            return schoolCode + "|" + stage + "|" + code;
        }
    }

    @Transactional
    public LedgerSyncResult sync(Caller caller, long id, int year, boolean createTasks) {
        Ctx ctx = programmes.editable(caller, id);
        CreationProgramme p = ctx.programme();
        programmeRepository.lock(p);
        CreationReturn data = programmes.returnOf(ctx, year);
        Assessment assessment = programmes.assess(p, data);
        Map<String, Gap> gaps = gaps(assessment);
        Map<String, CreationLedgerEntry> existing = new LinkedHashMap<>();
        repository.ofYear(p.id, year).forEach(e -> existing.put(e.key(), e));
        OffsetDateTime now = OffsetDateTime.now();
        int opened = 0;
        int updated = 0;
        int reopened = 0;
        int resolved = 0;
        for (Gap gap : gaps.values()) {
            CreationLedgerEntry entry = existing.get(gap.key());
            if (entry == null) {
                entry = new CreationLedgerEntry();
                entry.programmeId = p.id;
                entry.year = year;
                entry.schoolCode = gap.schoolCode();
                entry.stage = gap.stage();
                entry.indicatorCode = gap.code();
                entry.status = LedgerStatus.OPEN;
                apply(entry, gap);
                repository.persist(entry);
                existing.put(entry.key(), entry);
                opened++;
            } else if (entry.status == LedgerStatus.RESOLVED) {
                entry.status = LedgerStatus.OPEN;
                entry.resolvedAt = null;
                apply(entry, gap);
                reopened++;
            } else if (apply(entry, gap)) {
                updated++;
            }
        }
        for (CreationLedgerEntry entry : existing.values()) {
            if (entry.status == LedgerStatus.OPEN && !gaps.containsKey(entry.key())) {
                entry.status = LedgerStatus.RESOLVED;
                entry.resolvedAt = now;
                resolved++;
            }
        }
        repository.flush();
        int created = 0;
        if (createTasks) {
            LocalDate due = CreationProgrammeService.dueDateOf(p, year);
            for (CreationLedgerEntry entry : existing.values()) {
                if (entry.status == LedgerStatus.OPEN && entry.taskId == null) {
                    entry.taskId = task(caller, ctx, entry, due).id();
                    created++;
                }
            }
            repository.flush();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("year", year);
        details.put("verdict", assessment.verdict().name());
        details.put("opened", opened);
        details.put("updated", updated);
        details.put("reopened", reopened);
        details.put("resolved", resolved);
        details.put("tasksCreated", created);
        audit.record(caller, "LEDGER_SYNC", "CREATION_PROGRAMME", p.id, ctx.countyPath(),
                "更新问题台账：" + ctx.county().name() + year + " 年" + CreationProgrammeService.label(p.kind) + "（新增 " + opened
                        + "，销号 " + resolved + "，任务 " + created + "）", details);
        List<LedgerEntryResponse> entries = existing.values().stream()
                .sorted(Comparator.comparing((CreationLedgerEntry e) -> e.status).thenComparing(e -> e.id))
                .map(CreationLedgerService::toResponse).toList();
        return new LedgerSyncResult(p.id, year, assessment.verdict(), opened, updated, reopened, resolved, created, entries);
    }

    public PageResponse<LedgerEntryResponse> list(Caller caller, long id, Integer year, LedgerStatus status, PageQuery page) {
        Ctx ctx = programmes.visible(caller, id);
        var query = repository.search(ctx.programme().id, year, status, page);
        return new PageResponse<>(query.list().stream().map(CreationLedgerService::toResponse).toList(), page.page(), page.size(),
                query.count());
    }

    /** Every unmet school indicator and every failing county indicator, keyed as the ledger is. */
    static Map<String, Gap> gaps(Assessment a) {
        Map<String, Gap> out = new LinkedHashMap<>();
        for (SchoolResult s : a.schools()) {
            for (Shortfall f : s.shortfalls()) {
                Gap g = new Gap(s.schoolCode(), s.schoolName(), s.schoolOrgId(), s.stage(), f.code(), f.name(), f.value(), f.threshold(),
                        f.gap(), f.unit(), f.resourceNeeded(), f.resourceUnit(), f.message());
                out.put(g.key(), g);
            }
        }
        for (IndicatorResult i : a.indicators()) {
            if (i.passed()) {
                continue;
            }
            Shortfall f = i.shortfall();
            String message = f != null ? f.message() : BalancedCompulsoryCalculator.label(i.stage()) + i.name() + "未达标";
            Gap g = new Gap(CreationLedgerEntry.COUNTY, null, null, i.stage(), i.code(), i.name(),
                    f != null ? f.value() : i.value(), i.threshold(), f == null ? null : f.gap(), i.unit(),
                    f == null ? null : f.resourceNeeded(), f == null ? null : f.resourceUnit(), message);
            out.put(g.key(), g);
        }
        return out;
    }

    /** Copies the gap's numbers; true when something changed. */
    private static boolean apply(CreationLedgerEntry e, Gap g) {
        String message = g.message().length() > 2000 ? g.message().substring(0, 2000) : g.message();
        boolean changed = !Objects.equals(e.message, message) || !same(e.value, g.value()) || !same(e.threshold, g.threshold())
                || !same(e.resourceNeeded, g.resourceNeeded()) || !Objects.equals(e.schoolOrgId, g.schoolOrgId())
                || !Objects.equals(e.schoolName, g.schoolName());
        e.schoolName = g.schoolName();
        e.schoolOrgId = g.schoolOrgId();
        e.indicatorName = g.name();
        e.value = g.value();
        e.threshold = g.threshold();
        e.gap = g.gap();
        e.unit = g.unit();
        e.resourceNeeded = g.resourceNeeded();
        e.resourceUnit = g.resourceUnit();
        e.message = message;
        return changed;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private TaskResponse task(Caller caller, Ctx ctx, CreationLedgerEntry e, LocalDate due) {
        boolean school = e.schoolOrgId != null;
        String who = e.schoolName != null ? e.schoolName : ctx.county().name();
        String kind = CreationProgrammeService.label(ctx.programme().kind);
        String title = "【" + kind + "整改】" + who + "：" + (e.schoolName == null ? BalancedCompulsoryCalculator.label(e.stage) : "")
                + e.indicatorName + "未达标";
        String description = e.message + "\n（" + e.year + " 年" + kind + "问题台账第 " + e.id + " 条，创建项目 #" + e.programmeId + "）";
        Long planItemId = plans.visibleItem(caller, ctx.programme().planItemId);
        return tasks.create(caller, new SaveTaskRequest(title.length() > 300 ? title.substring(0, 300) : title, description, null,
                planItemId, null, Category.CREATION, school ? e.schoolOrgId : ctx.county().id(), Priority.HIGH, null, due, null, null));
    }

    static LedgerEntryResponse toResponse(CreationLedgerEntry e) {
        return new LedgerEntryResponse(e.id, e.programmeId, e.year, e.schoolCode.isEmpty() ? null : e.schoolCode, e.schoolName,
                e.schoolOrgId, e.stage, e.indicatorCode, e.indicatorName, e.value, e.threshold, e.gap, e.unit, e.resourceNeeded,
                e.resourceUnit, e.message, e.status, e.taskId, e.firstSeenAt, e.resolvedAt, e.updatedAt);
    }
}
