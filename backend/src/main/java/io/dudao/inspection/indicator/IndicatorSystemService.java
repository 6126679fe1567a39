package io.dudao.inspection.indicator;

import io.dudao.audit.AuditService;
import io.dudao.audit.AuditService.Actor;
import io.dudao.common.error.ApiException;
import io.dudao.common.error.FieldError;
import io.dudao.common.security.Caller;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.inspection.indicator.IndicatorDtos.GradeBandDto;
import io.dudao.inspection.indicator.IndicatorDtos.IndicatorResponse;
import io.dudao.inspection.indicator.IndicatorDtos.IndicatorSystemDocument;
import io.dudao.inspection.indicator.IndicatorDtos.IndicatorSystemResponse;
import io.dudao.inspection.indicator.IndicatorDtos.IndicatorSystemSummary;
import io.dudao.inspection.indicator.IndicatorDtos.SaveIndicator;
import io.dudao.inspection.indicator.IndicatorDtos.SaveIndicatorSystemRequest;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorKind;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorSystemStatus;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorTargetType;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Indicator systems: drafted (or imported, or copied from a published version) by a supervision office,
 * published, and then frozen, so every report keeps the tree it was scored with.
 */
@ApplicationScoped
public class IndicatorSystemService {

    public static final Map<String, String> SORTABLE = Map.of("name", "name", "updatedAt", "updatedAt",
            "version", "systemVersion", "createdAt", "createdAt", "id", "id");

    /** A published system is frozen (changing it means copying it), so its model is read once per replica. */
    private final Map<Long, ScoringModel> publishedModels = new ConcurrentHashMap<>();

    @Inject
    IndicatorSystemRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    @Inject
    io.dudao.common.time.AppClock clock;

    public PageResponse<IndicatorSystemSummary> list(Caller caller, IndicatorSystemRepository.Filter filter, PageQuery page) {
        var query = repository.search(caller, filter, page);
        List<IndicatorSystem> systems = query.list();
        Map<Long, OrganizationSummary> orgs = organizations.summaries(owners(systems));
        return new PageResponse<>(systems.stream().map(s -> new IndicatorSystemSummary(s.id, s.lineageId, s.name, s.kind,
                s.targetType, s.systemVersion, s.status, s.ownerOrgId, name(orgs, s.ownerOrgId), Decimals.normal(s.totalScore), s.leafCount,
                s.revision, s.updatedAt)).toList(), page.page(), page.size(), query.count());
    }

    public IndicatorSystemResponse get(Caller caller, long id) {
        return toResponse(caller, visible(caller, id));
    }

    @Transactional
    public IndicatorSystemResponse create(Caller caller, SaveIndicatorSystemRequest request) {
        requireOffice(caller);
        IndicatorSystem system = newSystem(caller.orgId(), caller.userId());
        apply(system, request.name(), request.description(), request.kind(), request.targetType(), request.sourceNote(),
                request.gradeBands(), request.indicators());
        persistNewLineage(system);
        audit.record(caller, "CREATE", "INDICATOR_SYSTEM", system.id, pathOf(system.ownerOrgId),
                "新建指标体系：" + system.name, snapshot(system));
        return toResponse(caller, system);
    }

    @Transactional
    public IndicatorSystemResponse importDocument(Caller caller, IndicatorSystemDocument document) {
        requireOffice(caller);
        checkFormat(document);
        IndicatorSystem system = newSystem(caller.orgId(), caller.userId());
        apply(system, document.name(), document.description(), document.kind(), document.targetType(), document.sourceNote(),
                document.gradeBands(), document.indicators());
        persistNewLineage(system);
        audit.record(caller, "IMPORT", "INDICATOR_SYSTEM", system.id, pathOf(system.ownerOrgId),
                "导入指标体系：" + system.name, snapshot(system));
        return toResponse(caller, system);
    }

    @Transactional
    public IndicatorSystemResponse update(Caller caller, long id, SaveIndicatorSystemRequest request, String ifMatch) {
        IndicatorSystem system = visible(caller, id);
        requireEditor(caller, system);
        Etags.expectedVersion(ifMatch, request.revision(), system.revision);
        if (system.status == IndicatorSystemStatus.PUBLISHED) {
            throw ApiException.conflict("INDICATOR_SYSTEM_PUBLISHED",
                    "已发布的指标体系不能修改（已用于评分的报告依赖它），请复制为新版本后修改",
                    "A published indicator system is frozen; copy it to a new version and edit that");
        }
        Map<String, Object> before = snapshot(system);
        apply(system, request.name(), request.description(), request.kind(), request.targetType(), request.sourceNote(),
                request.gradeBands(), request.indicators());
        system.updatedAt = clock.now(); // a tree change alone must still bump the revision
        repository.flush();
        audit.record(caller, "UPDATE", "INDICATOR_SYSTEM", system.id, pathOf(system.ownerOrgId),
                "修改指标体系：" + system.name, AuditService.changes(before, snapshot(system)));
        return toResponse(caller, system);
    }

    @Transactional
    public IndicatorSystemResponse publish(Caller caller, long id) {
        IndicatorSystem system = visible(caller, id);
        requireEditor(caller, system);
        if (system.status != IndicatorSystemStatus.DRAFT) {
            throw new ApiException(409, "ILLEGAL_TRANSITION",
                    "指标体系当前状态为 " + system.status + "，不能执行 publish；当前可执行：copy",
                    "The indicator system is " + system.status + "; publish is not possible. Allowed: copy",
                    List.of(), Map.of());
        }
        system.status = IndicatorSystemStatus.PUBLISHED;
        system.publishedAt = clock.now();
        repository.flush();
        audit.record(caller, "PUBLISH", "INDICATOR_SYSTEM", system.id, pathOf(system.ownerOrgId),
                "发布指标体系：" + system.name + "（第 " + system.systemVersion + " 版）",
                Map.of("from", "DRAFT", "to", "PUBLISHED", "version", system.systemVersion));
        return toResponse(caller, system);
    }

    /** A new DRAFT version of the same lineage, owned by the caller's organisation (ADMIN: the same owner). */
    @Transactional
    public IndicatorSystemResponse copy(Caller caller, long id) {
        IndicatorSystem source = visible(caller, id);
        requireOffice(caller);
        repository.lockLineage(source.lineageId);
        IndicatorSystem copy = newSystem(caller.isAdmin() ? source.ownerOrgId : Long.valueOf(caller.orgId()), caller.userId());
        copy.lineageId = source.lineageId;
        copy.systemVersion = repository.maxVersion(source.lineageId) + 1;
        copy.name = source.name;
        copy.description = source.description;
        copy.sourceNote = source.sourceNote;
        copy.kind = source.kind;
        copy.targetType = source.targetType;
        copy.gradeBands = new ArrayList<>(source.gradeBands);
        copy.indicators = new ArrayList<>(source.indicators);
        copy.totalScore = source.totalScore;
        copy.leafCount = source.leafCount;
        repository.persistAndFlush(copy);
        Map<String, Object> details = snapshot(copy);
        details.put("copiedFrom", source.id);
        audit.record(caller, "COPY", "INDICATOR_SYSTEM", copy.id, pathOf(copy.ownerOrgId),
                "复制指标体系为新版本：" + copy.name + "（第 " + copy.systemVersion + " 版）", details);
        return toResponse(caller, copy);
    }

    public IndicatorSystemDocument export(Caller caller, long id) {
        IndicatorSystem s = visible(caller, id);
        return new IndicatorSystemDocument(IndicatorDtos.DOCUMENT_FORMAT, s.name, s.description, s.kind, s.targetType,
                s.systemVersion, s.sourceNote, bands(s.gradeBands), IndicatorTree.toSave(s.indicators));
    }

    /** For reports: a published system the caller may use, as its scoring model. */
    public Optional<ScoringModel> usableModel(Caller caller, long id) {
        return repository.findVisible(caller, id).filter(s -> s.status == IndicatorSystemStatus.PUBLISHED)
                .map(IndicatorSystem::scoringModel);
    }

    /** For reports: the models of the given systems, in one query (no visibility check: the report decides). */
    public Map<Long, ScoringModel> models(Collection<Long> ids) {
        Map<Long, ScoringModel> out = new LinkedHashMap<>();
        Set<Long> wanted = new HashSet<>();
        for (Long id : ids) {
            ScoringModel known = id == null ? null : publishedModels.get(id);
            if (known != null) {
                out.put(id, known);
            } else if (id != null) {
                wanted.add(id);
            }
        }
        if (!wanted.isEmpty()) {
            repository.list("id in ?1", List.copyOf(wanted)).forEach(s -> {
                ScoringModel model = s.scoringModel();
                out.put(s.id, model);
                if (s.status == IndicatorSystemStatus.PUBLISHED) {
                    publishedModels.put(s.id, model);
                }
            });
        }
        return out;
    }

    /** For the seeder: stores a built-in published system unless one with that key exists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean seed(String seedKey, IndicatorSystemDocument document) {
        if (repository.findBySeedKey(seedKey).isPresent()) {
            return false;
        }
        IndicatorSystem system = newSystem(null, null);
        apply(system, document.name(), document.description(), document.kind(), document.targetType(), document.sourceNote(),
                document.gradeBands(), document.indicators());
        system.seedKey = seedKey;
        system.status = IndicatorSystemStatus.PUBLISHED;
        system.publishedAt = clock.now();
        persistNewLineage(system);
        audit.record(Actor.SYSTEM, "SEED", "INDICATOR_SYSTEM", system.id, null, "内置指标体系：" + system.name,
                snapshot(system));
        return true;
    }

    private IndicatorSystem newSystem(Long ownerOrgId, Long userId) {
        IndicatorSystem system = new IndicatorSystem();
        system.ownerOrgId = ownerOrgId;
        system.createdBy = userId;
        system.status = IndicatorSystemStatus.DRAFT;
        system.systemVersion = 1;
        return system;
    }

    private void persistNewLineage(IndicatorSystem system) {
        repository.persistAndFlush(system);
        system.lineageId = system.id;
        repository.flush();
    }

    private void apply(IndicatorSystem system, String name, String description, IndicatorKind kind,
                       IndicatorTargetType targetType, String sourceNote, List<GradeBandDto> gradeBands,
                       List<SaveIndicator> indicators) {
        IndicatorTree.Result tree = IndicatorTree.build(kind, indicators);
        GradeBands.Result bands = GradeBands.validate(kind, gradeBands, tree.total());
        List<FieldError> errors = new ArrayList<>(tree.errors());
        errors.addAll(bands.errors());
        if (name == null || name.isBlank()) {
            errors.add(0, new FieldError("name", "名称不能为空"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", "指标体系有不合法的内容：" + errors.get(0).field() + " " + errors.get(0).message(),
                    "The indicator system is invalid: see errors", errors, Map.of());
        }
        system.name = name.trim();
        system.description = blankToNull(description);
        system.sourceNote = blankToNull(sourceNote);
        system.kind = kind;
        system.targetType = targetType;
        system.gradeBands = new ArrayList<>(bands.bands());
        system.indicators = new ArrayList<>(tree.nodes());
        system.totalScore = tree.total();
        system.leafCount = tree.leafCount();
    }

    private static void checkFormat(IndicatorSystemDocument document) {
        if (document.format() != null && !document.format().isBlank() && !IndicatorDtos.DOCUMENT_FORMAT.equals(document.format().trim())) {
            throw ApiException.validation("format", "不支持的格式标记，应为 " + IndicatorDtos.DOCUMENT_FORMAT,
                    "unsupported format; expected " + IndicatorDtos.DOCUMENT_FORMAT);
        }
    }

    private IndicatorSystem visible(Caller caller, long id) {
        return repository.findVisible(caller, id).orElseThrow(() -> ApiException.notFound("指标体系", "Indicator system"));
    }

    private static boolean isEditor(Caller caller, IndicatorSystem system) {
        return caller.isAdmin() || caller.isOffice() && system.ownerOrgId != null && Objects.equals(caller.orgId(), system.ownerOrgId);
    }

    private static void requireEditor(Caller caller, IndicatorSystem system) {
        if (!isEditor(caller, system)) {
            throw ApiException.forbidden("只有制定该指标体系的督导办可以修改或发布它", "Only the owning office may edit or publish this system");
        }
    }

    private static void requireOffice(Caller caller) {
        if (!caller.isAdmin() && !caller.isOffice()) {
            throw ApiException.forbidden("只有督导办可以制定指标体系", "Only supervision offices maintain indicator systems");
        }
    }

    private List<String> allowedActions(Caller caller, IndicatorSystem s) {
        List<String> out = new ArrayList<>();
        if (s.status == IndicatorSystemStatus.DRAFT && isEditor(caller, s)) {
            out.add("edit");
            out.add("publish");
        }
        if (caller.isAdmin() || caller.isOffice()) {
            out.add("copy");
        }
        return out;
    }

    IndicatorSystemResponse toResponse(Caller caller, IndicatorSystem s) {
        String owner = s.ownerOrgId == null ? null : name(organizations.summaries(List.of(s.ownerOrgId)), s.ownerOrgId);
        return new IndicatorSystemResponse(s.id, s.lineageId, s.name, s.description, s.kind, s.targetType, s.systemVersion,
                s.status, s.ownerOrgId, owner, bands(s.gradeBands), Decimals.normal(s.totalScore), s.leafCount, s.sourceNote,
                nodes(s.indicators), allowedActions(caller, s), s.revision, s.publishedAt, s.createdAt, s.updatedAt);
    }

    private static List<IndicatorResponse> nodes(List<IndicatorNode> nodes) {
        if (nodes == null) {
            return List.of();
        }
        return nodes.stream().map(n -> new IndicatorResponse(n.code(), n.name(), n.description(), Decimals.normal(n.maxScore()), n.operator(),
                Decimals.normal(n.threshold()), n.unit(), n.precision(), n.evidenceRequired() == null ? List.of() : n.evidenceRequired(),
                nodes(n.children()))).toList();
    }

    private static List<GradeBandDto> bands(List<GradeBand> bands) {
        return bands == null ? List.of() : bands.stream().map(b -> new GradeBandDto(b.grade(), Decimals.normal(b.minScore()))).toList();
    }

    private static Set<Long> owners(List<IndicatorSystem> systems) {
        Set<Long> out = new HashSet<>();
        systems.forEach(s -> {
            if (s.ownerOrgId != null) {
                out.add(s.ownerOrgId);
            }
        });
        return out;
    }

    private String pathOf(Long orgId) {
        return orgId == null ? null : organizations.pathOf(orgId).orElse(null);
    }

    private static String name(Map<Long, OrganizationSummary> orgs, Long id) {
        OrganizationSummary org = id == null ? null : orgs.get(id);
        return org == null ? null : org.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Map<String, Object> snapshot(IndicatorSystem s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name);
        m.put("kind", s.kind == null ? null : s.kind.name());
        m.put("targetType", s.targetType == null ? null : s.targetType.name());
        m.put("version", s.systemVersion);
        m.put("status", s.status.name());
        m.put("totalScore", s.totalScore == null ? null : s.totalScore.toPlainString());
        m.put("leafCount", s.leafCount);
        m.put("gradeBands", s.gradeBands == null ? List.of() : s.gradeBands.stream()
                .map(b -> b.grade() + "≥" + b.minScore().toPlainString()).toList());
        List<String> tree = new ArrayList<>();
        IndicatorTree.walk(s.indicators, n -> tree.add(n.code() + " " + n.name()
                + (n.maxScore() == null ? "" : " " + n.maxScore().toPlainString())));
        m.put("indicators", tree);
        return m;
    }
}
