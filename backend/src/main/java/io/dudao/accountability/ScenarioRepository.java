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
        if (caller.isAdmin()) {
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
