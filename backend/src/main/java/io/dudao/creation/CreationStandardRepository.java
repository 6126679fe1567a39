package io.dudao.creation;

import io.dudao.common.security.Caller;
import io.dudao.common.web.PageQuery;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CreationStandardRepository implements PanacheRepository<CreationStandard> {

    /**
     * National sets are everyone's; an organisation's sets are seen by its subtree (they apply there) and by
     * its ancestors (who oversee it).
     */
    static String visibility(Caller caller, Map<String, Object> params) {
        if (caller.isAdmin()) {
            return "1 = 1";
        }
        params.put("subtree", caller.orgPath() + "%");
        params.put("callerChain", caller.ancestorOrSelfIds());
        return "(ownerOrgId is null or ownerOrgId in :callerChain"
                + " or ownerOrgId in (select o.id from Organization o where o.path like :subtree))";
    }

    public Optional<CreationStandard> findVisible(Caller caller, long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return find("id = :id and " + visibility(caller, params), params).firstResultOptional();
    }

    public PanacheQuery<CreationStandard> search(Caller caller, CreationKind kind, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(visibility(caller, params));
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        return find(where.toString(), page.sort(), params).page(page.panachePage());
    }

    public Optional<CreationStandard> findBySeedKey(String seedKey) {
        return find("seedKey", seedKey).firstResultOptional();
    }
}
