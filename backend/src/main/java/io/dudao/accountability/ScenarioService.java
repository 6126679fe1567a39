package io.dudao.accountability;

import io.dudao.accountability.AccountabilityDtos.SaveScenarioRequest;
import io.dudao.accountability.AccountabilityDtos.ScenarioResponse;
import io.dudao.accountability.AccountabilityEnums.ScenarioFamily;
import io.dudao.accountability.AccountabilityEnums.SubjectType;
import io.dudao.audit.AuditService;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.security.Role;
import io.dudao.common.web.Etags;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import io.dudao.org.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scenario catalogue (问责情景清单): the built-in entries (no owner) belong to the system and are
 * edited by ADMIN (SYSTEM_ADMIN) or the province office; any office adds and edits local scenarios,
 * owned by its organisation and visible to its subtree, and may hide a built-in (or higher-level)
 * scenario for its subtree without touching anyone else's catalogue.
 */
@ApplicationScoped
public class ScenarioService {

    @Inject
    ScenarioRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    @Inject
    io.dudao.common.time.AppClock clock;

    public List<ScenarioResponse> list(Caller caller, Boolean active, ScenarioFamily family, SubjectType targetType) {
        List<AccountabilityScenario> found = repository.visible(caller, active).stream()
                .filter(s -> family == null || s.family == family)
                .filter(s -> targetType == null || s.targetType == targetType).toList();
        return toResponses(caller, found);
    }

    /** The active scenarios the caller may cite, by code (hidden ones left out). */
    public Map<String, AccountabilityScenario> citable(Caller caller) {
        Map<String, AccountabilityScenario> out = new LinkedHashMap<>();
        repository.citable(caller).forEach(s -> out.putIfAbsent(s.code, s));
        return out;
    }

    @Transactional
    public ScenarioResponse create(Caller caller, SaveScenarioRequest request) {
        if (!caller.administersSystem() && !caller.isOffice()) {
            throw ApiException.forbidden("只有督导办或系统管理员可以维护问责情形", "Only offices and administrators maintain scenarios");
        }
        Long owner = caller.administersSystem() ? null : caller.orgId();
        String code = request.code().trim();
        if (repository.codeTaken(owner, code, null)) {
            throw ApiException.conflict("DUPLICATE_CODE", "问责情形编号 " + code + " 已存在", "Scenario code " + code + " exists");
        }
        AccountabilityScenario s = new AccountabilityScenario();
        s.ownerOrgId = owner;
        s.code = code;
        apply(s, request);
        repository.persistAndFlush(s);
        audit.record(caller, "CREATE", "ACCOUNTABILITY_SCENARIO", s.id, auditPath(s), "新增问责情形 " + s.code, snapshot(s));
        return toResponses(caller, List.of(s)).get(0);
    }

    @Transactional
    public ScenarioResponse update(Caller caller, long id, SaveScenarioRequest request, String ifMatch) {
        AccountabilityScenario s = repository.findVisible(caller, id)
                .orElseThrow(() -> ApiException.notFound("问责情形", "Scenario"));
        if (!editable(caller, s)) {
            throw ApiException.forbidden("内置问责情形只能由系统管理员或省级督导办修改（市、县可为本辖区隐藏）；本地情形由添加单位维护",
                    "Built-in scenarios are edited by ADMIN or the province office (others may hide them for their subtree);"
                            + " local ones by the office that added them");
        }
        Etags.expectedVersion(ifMatch, request.version(), s.version);
        String code = request.code().trim();
        if (repository.codeTaken(s.ownerOrgId, code, s.id)) {
            throw ApiException.conflict("DUPLICATE_CODE", "问责情形编号 " + code + " 已存在", "Scenario code " + code + " exists");
        }
        Map<String, Object> before = snapshot(s);
        s.code = code;
        apply(s, request);
        repository.flush();
        audit.record(caller, "UPDATE", "ACCOUNTABILITY_SCENARIO", s.id, auditPath(s), "修改问责情形 " + s.code,
                AuditService.changes(before, snapshot(s)));
        return toResponses(caller, List.of(s)).get(0);
    }

    /**
     * Hides a built-in (or higher-level) scenario for an organisation in the caller's subtree and
     * everything below it: not citable there, still listed (hidden: true). Idempotent.
     */
    @Transactional
    public ScenarioResponse hide(Caller caller, long id, long orgId) {
        AccountabilityScenario s = hidable(caller, id, orgId);
        if (repository.hiding(id, orgId).isEmpty()) {
            ScenarioHiding h = new ScenarioHiding();
            h.scenarioId = id;
            h.orgId = orgId;
            h.hiddenBy = caller.userId() > 0 ? caller.userId() : null;
            h.createdAt = clock.now();
            repository.getEntityManager().persist(h);
            repository.flush();
            audit.record(caller, "HIDE", "ACCOUNTABILITY_SCENARIO", s.id, organizations.pathOf(orgId).orElseThrow(),
                    "在本辖区隐藏问责情形 " + s.code, Map.of("orgId", orgId, "code", s.code));
        }
        return toResponses(caller, List.of(s)).get(0);
    }

    /** Shows a hidden scenario again for that organisation's subtree. Idempotent. */
    @Transactional
    public ScenarioResponse unhide(Caller caller, long id, long orgId) {
        AccountabilityScenario s = hidable(caller, id, orgId);
        repository.hiding(id, orgId).ifPresent(h -> {
            repository.getEntityManager().remove(h);
            repository.flush();
            audit.record(caller, "UNHIDE", "ACCOUNTABILITY_SCENARIO", s.id, organizations.pathOf(orgId).orElseThrow(),
                    "在本辖区恢复问责情形 " + s.code, Map.of("orgId", orgId, "code", s.code));
        });
        return toResponses(caller, List.of(s)).get(0);
    }

    private AccountabilityScenario hidable(Caller caller, long id, long orgId) {
        AccountabilityScenario s = repository.findVisible(caller, id).orElseThrow(() -> ApiException.notFound("问责情形", "Scenario"));
        String orgPath = organizations.pathInScope(caller, orgId).orElseThrow(() -> ApiException.notFound("机构", "Organisation"));
        if (!caller.administersSystem() && !caller.isOffice()) {
            throw ApiException.forbidden("只有督导办可以为本辖区隐藏问责情形", "Only offices hide scenarios for their subtree");
        }
        boolean fromAbove = s.ownerOrgId == null || organizations.pathOf(s.ownerOrgId)
                .filter(ownerPath -> orgPath.startsWith(ownerPath) && !orgPath.equals(ownerPath)).isPresent();
        if (!fromAbove) {
            throw ApiException.validation("id", "只能隐藏内置或上级单位的问责情形；本单位的情形请直接停用",
                    "only built-in or higher-level scenarios are hidden; deactivate your own instead");
        }
        return s;
    }

    static boolean editable(Caller caller, AccountabilityScenario s) {
        if (caller.administersSystem()) {
            return true;
        }
        if (s.ownerOrgId == null) {
            return caller.has(Role.PROVINCE_OFFICE);
        }
        return caller.isOffice() && Objects.equals(caller.orgId(), s.ownerOrgId);
    }

    private static void apply(AccountabilityScenario s, SaveScenarioRequest r) {
        s.family = r.family();
        s.targetType = r.targetType();
        s.description = r.description().trim();
        s.suggestedMeasures = blankToNull(r.suggestedMeasures());
        s.source = blankToNull(r.source());
        s.active = r.active() == null || r.active();
    }

    private String auditPath(AccountabilityScenario s) {
        return s.ownerOrgId == null ? "/" : organizations.pathOf(s.ownerOrgId).orElse("/");
    }

    private List<ScenarioResponse> toResponses(Caller caller, List<AccountabilityScenario> found) {
        Set<Long> owners = found.stream().map(s -> s.ownerOrgId).filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
        Map<Long, OrganizationSummary> orgs = organizations.summaries(owners);
        Set<Long> hidden = repository.hiddenFor(caller, found.stream().map(s -> s.id).toList());
        return found.stream().map(s -> new ScenarioResponse(s.id, s.code, s.ownerOrgId,
                s.ownerOrgId == null || !orgs.containsKey(s.ownerOrgId) ? null : orgs.get(s.ownerOrgId).name(), s.family,
                s.family.label(), s.targetType, s.description, s.suggestedMeasures, s.source, s.active, editable(caller, s),
                hidden.contains(s.id), s.version)).toList();
    }

    private static Map<String, Object> snapshot(AccountabilityScenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", s.code);
        m.put("family", s.family.name());
        m.put("targetType", s.targetType.name());
        m.put("description", s.description);
        m.put("suggestedMeasures", s.suggestedMeasures);
        m.put("source", s.source);
        m.put("active", s.active);
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
