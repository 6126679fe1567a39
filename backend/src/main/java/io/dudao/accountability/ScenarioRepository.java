package io.dudao.accountability;

import io.dudao.common.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ScenarioRepository implements PanacheRepository<AccountabilityScenario> {

    /** The built-in catalogue, plus local scenarios of the caller's ancestors, own organisation and subtree. */
    static String visibility(Caller caller, Map<String, Object> params) {
        if (caller.administersSystem()) {
            return "1 = 1";
        }
        params.put("ancestors", caller.ancestorOrSelfIds());
        params.put("subtree", caller.orgPath() + "%");
        return "(ownerOrgId is null or ownerOrgId in :ancestors"
                + " or ownerOrgId in (select so.id from Organization so where so.path like :subtree))";
    }

    public List<AccountabilityScenario> visible(Caller caller, Boolean active) {
        Map<String, Object> params = new HashMap<>();
        String where = visibility(caller, params);
        if (active != null) {
            where += " and active = :active";
            params.put("active", active);
        }
        return list(where + " order by code, id", params);
    }

    /** The active scenarios the caller may cite: visible, and not hidden for its organisation or one above it. */
    public List<AccountabilityScenario> citable(Caller caller) {
        Map<String, Object> params = new HashMap<>();
        String where = visibility(caller, params) + " and active = true";
        if (!caller.administersSystem()) {
            where += " and id not in (select h.scenarioId from ScenarioHiding h where h.orgId in :hiddenFor)";
            params.put("hiddenFor", caller.ancestorOrSelfIds());
        }
        return list(where + " order by code, id", params);
    }

    /** Of the given scenarios, those hidden for the caller's organisation or one above it. */
    public java.util.Set<Long> hiddenFor(Caller caller, java.util.Collection<Long> scenarioIds) {
        if (scenarioIds.isEmpty() || caller.administersSystem()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(getEntityManager().createQuery("""
                        select distinct h.scenarioId from ScenarioHiding h where h.scenarioId in :ids and h.orgId in :orgs""", Long.class)
                .setParameter("ids", List.copyOf(scenarioIds)).setParameter("orgs", caller.ancestorOrSelfIds()).getResultList());
    }

    public Optional<ScenarioHiding> hiding(long scenarioId, long orgId) {
        return getEntityManager().createQuery("from ScenarioHiding h where h.scenarioId = :s and h.orgId = :o", ScenarioHiding.class)
                .setParameter("s", scenarioId).setParameter("o", orgId).getResultStream().findFirst();
    }

    public Optional<AccountabilityScenario> findVisible(Caller caller, long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return find("id = :id and " + visibility(caller, params), params).firstResultOptional();
    }

    public boolean codeTaken(Long ownerOrgId, String code, Long exceptId) {
        Map<String, Object> params = new HashMap<>();
        params.put("code", code);
        params.put("except", exceptId == null ? -1L : exceptId);
        String owner = "ownerOrgId is null";
        if (ownerOrgId != null) {
            owner = "ownerOrgId = :owner";
            params.put("owner", ownerOrgId);
        }
        return count("code = :code and " + owner + " and id <> :except", params) > 0;
    }
}
