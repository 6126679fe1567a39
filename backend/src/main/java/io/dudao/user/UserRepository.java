package io.dudao.user;

import io.dudao.common.security.Caller;
import io.dudao.common.security.Role;
import io.dudao.common.web.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class UserRepository implements PanacheRepository<AppUser> {

    /** Users whose organisation lies in the caller's subtree (ADMIN, SECURITY_ADMIN: all). */
    private static String visibility(Caller caller, Map<String, Object> params) {
        if (caller.administersAccounts()) {
            return "1 = 1";
        }
        params.put("subtree", caller.orgPath() + "%");
        return "organizationId in (select o.id from Organization o where o.path like :subtree)";
    }

    public Optional<AppUser> findByUsername(String username) {
        return find("lower(username) = ?1", username.toLowerCase()).firstResultOptional();
    }

    public Optional<AppUser> findManageable(Caller caller, long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return find("id = :id and " + visibility(caller, params), params).firstResultOptional();
    }

    public PanacheQuery<AppUser> search(Caller caller, Long organizationId, Role role, String q, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(visibility(caller, params));
        if (organizationId != null) {
            where.append(" and organizationId = :org");
            params.put("org", organizationId);
        }
        if (role != null) {
            where.append(" and concat(',', roles, ',') like :role");
            params.put("role", "%," + role.name() + ",%");
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(username) like :q or lower(displayName) like :q)");
            params.put("q", "%" + q.trim().toLowerCase() + "%");
        }
        return find(where.toString(), page.sort(), params).page(page.panachePage());
    }

    public long countAll() {
        return count();
    }
}
