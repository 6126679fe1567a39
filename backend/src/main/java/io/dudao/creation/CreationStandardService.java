package io.dudao.creation;

import io.dudao.audit.AuditService;
import io.dudao.audit.AuditService.Actor;
import io.dudao.common.error.ApiException;
import io.dudao.common.error.FieldError;
import io.dudao.common.security.Caller;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.creation.CreationDtos.CreateStandardRequest;
import io.dudao.creation.CreationDtos.StandardDocument;
import io.dudao.creation.CreationDtos.StandardResponse;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.StandardContent;
import io.dudao.creation.engine.StandardRules;
import io.dudao.org.OrgType;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Standard sets: the national ones (seeded) and the stricter copies a province or city makes. A set
 * never changes once stored, so every assessment can be reproduced with the thresholds it used.
 */
@ApplicationScoped
public class CreationStandardService {

    static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "year", "year", "createdAt", "createdAt");
    public static final String SEED_BALANCED = "creation-balanced-compulsory-2017@1";
    public static final String SEED_PRESCHOOL = "creation-inclusive-preschool-2020@1";

    @Inject
    CreationStandardRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    public PageResponse<StandardResponse> list(Caller caller, CreationKind kind, PageQuery page) {
        var query = repository.search(caller, kind, page);
        List<CreationStandard> sets = query.list();
        Map<Long, OrganizationSummary> owners = organizations.summaries(owners(sets));
        return new PageResponse<>(sets.stream().map(s -> toResponse(s, owners)).toList(), page.page(), page.size(), query.count());
    }

    public StandardResponse get(Caller caller, long id) {
        CreationStandard s = repository.findVisible(caller, id).orElseThrow(() -> ApiException.notFound("评估标准", "Standard set"));
        return toResponse(s, organizations.summaries(owners(List.of(s))));
    }

    @Transactional
    public StandardResponse create(Caller caller, CreateStandardRequest request) {
        OrganizationSummary org = organizations.findVisible(caller, caller.orgId()).orElseThrow();
        boolean provinceOrCity = org.type() == OrgType.PROVINCE || org.type() == OrgType.CITY;
        if (!caller.isAdmin() && !(caller.isOffice() && provinceOrCity)) {
            throw ApiException.forbidden("只有省、市督导办可以制定更严格的地方标准", "Only province or city offices set local standards");
        }
        CreationStandard base = repository.findVisible(caller, request.basedOnId()).orElseThrow(() ->
                ApiException.validation("basedOnId", "所依据的标准不存在或无权查看", "no such visible standard set"));
        StandardRules.Result derived = StandardRules.tighten(base.content, new StandardRules.Overrides(
                request.indicators() == null ? null : request.indicators().stream()
                        .map(i -> new StandardRules.IndicatorOverride(i.code(), i.thresholds())).toList(),
                request.schoolRule(), request.cvThresholds(), request.exclusions(), request.countyRule(), request.conditions(),
                request.addedItems(), request.addedVetoes()));
        if (!derived.errors().isEmpty()) {
            throw invalid(derived.errors());
        }
        CreationStandard s = new CreationStandard();
        s.kind = base.kind;
        s.name = request.name().trim();
        s.year = request.year();
        s.sourceNote = request.sourceNote().trim();
        s.basedOnId = base.id;
        s.ownerOrgId = caller.orgId();
        s.content = derived.content();
        s.createdBy = caller.userId();
        repository.persistAndFlush(s);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("basedOnId", base.id);
        details.put("kind", s.kind.name());
        details.put("name", s.name);
        details.put("content", s.content);
        audit.record(caller, "CREATE", "CREATION_STANDARD", s.id, caller.orgPath(), "制定创建评估标准：" + s.name, details);
        return toResponse(s, organizations.summaries(owners(List.of(s))));
    }

    /**
     * For the seeder: stores a national set unless one with that key exists, or replaces its content when the
     * file holds a later revision (a correction of the method's text), and completes the local 优质均衡 sets
     * made before the method's other parts were data. Returns the ids of the stored sets whose rules changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Long> seed(String seedKey, StandardDocument document) {
        List<String> problems = StandardRules.completenessProblems(document.kind(), document.content());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("seed " + seedKey + " is incomplete: " + problems);
        }
        int revision = document.revision() == null ? 1 : document.revision();
        Set<Long> changed = new HashSet<>();
        Optional<CreationStandard> stored = repository.findBySeedKey(seedKey);
        CreationStandard s = stored.orElseGet(CreationStandard::new);
        if (stored.isEmpty()) {
            s.kind = document.kind();
            s.seedKey = seedKey;
        } else if (s.seedRevision != null && s.seedRevision >= revision) {
            changed.addAll(completeLocalSets(s));
            return changed;
        } else {
            changed.add(s.id);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("seedKey", seedKey);
        details.put("kind", s.kind.name());
        details.put("revisionBefore", s.seedRevision);
        details.put("revision", revision);
        s.name = document.name();
        s.year = document.year();
        s.sourceNote = document.sourceNote();
        s.content = document.content();
        s.seedRevision = revision;
        repository.persistAndFlush(s);
        audit.record(Actor.SYSTEM, stored.isEmpty() ? "SEED" : "SEED_REVISION", "CREATION_STANDARD", s.id, null,
                (stored.isEmpty() ? "内置创建评估标准：" : "更新内置创建评估标准（第 " + revision + " 版）：") + s.name, details);
        changed.addAll(completeLocalSets(s));
        return changed;
    }

    /** Local sets missing a rule of the method get it from the national set (never loosened). */
    private Set<Long> completeLocalSets(CreationStandard national) {
        Set<Long> changed = new HashSet<>();
        boolean balanced = national.kind == CreationKind.BALANCED_COMPULSORY;
        for (CreationStandard local : repository.list("kind = ?1 and seedKey is null order by id", national.kind)) {
            StandardContent completed = balanced ? StandardRules.completedFrom(local.content, national.content)
                    : StandardRules.completedPreschoolFrom(local.content, national.content);
            if (completed != local.content) {
                local.content = completed;
                changed.add(local.id);
                audit.record(Actor.SYSTEM, "COMPLETE", "CREATION_STANDARD", local.id, null,
                        "补全地方创建评估标准：" + local.name + (balanced ? "（每所学校达标、政府保障程度、教育质量、社会认可度、一票否决与基本条件，依国家标准）"
                                : "（政府保障情况、幼儿园保教质量保障情况与社会认可度，依国家标准）"),
                        Map.of("basedOnId", local.basedOnId == null ? "" : local.basedOnId, "nationalId", national.id));
            }
        }
        repository.flush();
        return changed;
    }

    /** The national set of a kind. */
    public CreationStandard national(CreationKind kind) {
        String key = kind == CreationKind.BALANCED_COMPULSORY ? SEED_BALANCED : SEED_PRESCHOOL;
        return repository.findBySeedKey(key).orElseThrow(() -> new IllegalStateException("not seeded: " + key));
    }

    /**
     * A set a programme of this kind in this county may use: visible to the caller, of the same kind, and
     * national or owned by the county or one of its ancestors.
     */
    public CreationStandard usable(Caller caller, long id, CreationKind kind, String countyPath, String field) {
        CreationStandard s = repository.findVisible(caller, id).orElseThrow(() ->
                ApiException.validation(field, "评估标准不存在或无权查看", "no such visible standard set"));
        if (s.kind != kind) {
            throw ApiException.validation(field, "评估标准的类别与创建项目不一致", "the standard set is of another kind");
        }
        if (s.ownerOrgId != null && (countyPath == null || !countyPath.contains("/" + s.ownerOrgId + "/"))) {
            throw ApiException.validation(field, "只能使用国家标准或本县及上级制定的标准",
                    "only national sets or those of the county or its ancestors apply");
        }
        return s;
    }

    public CreationStandard byId(long id) {
        return repository.findById(id);
    }

    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        Set<Long> wanted = new HashSet<>(ids);
        wanted.remove(null);
        if (!wanted.isEmpty()) {
            repository.list("id in ?1", List.copyOf(wanted)).forEach(s -> out.put(s.id, s.name));
        }
        return out;
    }

    public Optional<CreationStandard> findBySeedKey(String key) {
        return repository.findBySeedKey(key);
    }

    private static StandardResponse toResponse(CreationStandard s, Map<Long, OrganizationSummary> owners) {
        StandardContent c = s.content;
        OrganizationSummary owner = s.ownerOrgId == null ? null : owners.get(s.ownerOrgId);
        return new StandardResponse(s.id, s.kind, s.name, s.year, s.sourceNote, s.basedOnId, s.ownerOrgId,
                owner == null ? null : owner.name(), s.seedKey != null, c.indicators(), c.schoolRule(), c.cvRule(), c.exclusions(),
                c.countyRule(), c.countyParts(), c.vetoes(), c.precondition(), s.createdAt);
    }

    private static Set<Long> owners(List<CreationStandard> sets) {
        Set<Long> ids = new HashSet<>();
        sets.stream().map(s -> s.ownerOrgId).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    static ApiException invalid(List<FieldError> errors) {
        FieldError first = errors.get(0);
        return new ApiException(400, "VALIDATION_FAILED", "有 " + errors.size() + " 处不合法：" + first.field() + " " + first.message(),
                errors.size() + " invalid fields; see errors", errors, Map.of());
    }
}
