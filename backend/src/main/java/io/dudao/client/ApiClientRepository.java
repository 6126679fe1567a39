package io.dudao.client;

import io.dudao.common.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ApiClientRepository implements PanacheRepository<ApiClient> {

    /** ADMIN sees every client; a city office those bound inside its subtree. */
    private static String visibility(Caller caller, Map<String, Object> params) {
        if (caller.administersSystem()) {
            return "1 = 1";
        }
        params.put("subtree", caller.orgPath() + "%");
        return "organizationId in (select o.id from Organization o where o.path like :subtree)";
    }

    public List<ApiClient> listManageable(Caller caller) {
        Map<String, Object> params = new HashMap<>();
        return list(visibility(caller, params) + " order by id", params);
    }

    public Optional<ApiClient> findManageable(Caller caller, long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return find("id = :id and " + visibility(caller, params), params).firstResultOptional();
    }

    public Optional<ApiClient> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }
}
