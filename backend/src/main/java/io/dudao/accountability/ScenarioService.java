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
 * The scenario catalogue (问责情景清单): built-in entries (no owner) editable by ADMIN and CITY_OFFICE;
 * any office may add local scenarios, owned by its organisation and visible to its subtree.
 */
@ApplicationScoped
public class ScenarioService {

    @Inject
    ScenarioRepository repository;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditService audit;

    public List<ScenarioResponse> list(Caller caller, Boolean active, ScenarioFamily family, SubjectType targetType) {
        List<AccountabilityScenario> found = repository.visible(caller, active).stream()
                .filter(s -> family == null || s.family == family)
                .filter(s -> targetType == null || s.targetType == targetType).toList();
        return toResponses(caller, found);
    }

    /** The active scenarios the caller may cite, by code. */
    public Map<String, AccountabilityScenario> citable(Caller caller) {
        Map<String, AccountabilityScenario> out = new LinkedHashMap<>();
        repository.visible(caller, true).forEach(s -> out.putIfAbsent(s.code, s));
        return out;
    }

    @Transactional
    public ScenarioResponse create(Caller caller, SaveScenarioRequest request) {
        if (!caller.isAdmin() && !caller.isOffice()) {
            throw ApiException.forbidden("只有督导办或系统管理员可以维护问责情形", "Only offices and administrators maintain scenarios");
        }
        Long owner = caller.isAdmin() ? null : caller.orgId();
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
            throw ApiException.forbidden("内置问责情形只能由系统管理员或市级督导办修改；本地情形由添加单位维护",
                    "Built-in scenarios are edited by ADMIN or CITY_OFFICE; local ones by the office that added them");
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

    static boolean editable(Caller caller, AccountabilityScenario s) {
        if (caller.isAdmin()) {
            return true;
        }
        if (s.ownerOrgId == null) {
            return caller.has(Role.CITY_OFFICE);
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
        return found.stream().map(s -> new ScenarioResponse(s.id, s.code, s.ownerOrgId,
                s.ownerOrgId == null || !orgs.containsKey(s.ownerOrgId) ? null : orgs.get(s.ownerOrgId).name(), s.family,
                s.family.label(), s.targetType, s.description, s.suggestedMeasures, s.source, s.active, editable(caller, s),
                s.version)).toList();
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
