package io.dudao.org;

import io.dudao.common.security.Caller;
import io.dudao.common.web.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepository<Organization> {

    /** Visible: the caller's subtree plus the chain of its ancestors; administrators see everything. */
    static String visibility(Caller caller, Map<String, Object> params) {
        if (caller.isAdministrator()) {
            return "1 = 1";
        }
        params.put("subtree", caller.orgPath() + "%");
        params.put("ancestors", caller.ancestorOrSelfIds());
        return "(path like :subtree or id in :ancestors)";
    }

    public Optional<Organization> findVisible(Caller caller, long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return find("id = :id and " + visibility(caller, params), params).firstResultOptional();
    }

    public PanacheQuery<Organization> search(Caller caller, OrgType type, Long parentId, String q, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(visibility(caller, params));
        if (type != null) {
            where.append(" and type = :type");
            params.put("type", type);
        }
        if (parentId != null) {
            where.append(" and parentId = :parentId");
            params.put("parentId", parentId);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(name) like :q or lower(code) like :q or lower(coalesce(officeName, '')) like :q)");
            params.put("q", "%" + q.trim().toLowerCase() + "%");
        }
        return find(where.toString(), page.sort(), params).page(page.panachePage());
    }

    /** The subtree below (and including) the given path, ordered for tree building. */
    public List<Organization> subtree(String path) {
        return list("path like ?1 order by path", path + "%");
    }

    public boolean codeTaken(String code, Long exceptId) {
        return exceptId == null ? count("lower(code) = ?1", code.toLowerCase()) > 0
                : count("lower(code) = ?1 and id <> ?2", code.toLowerCase(), exceptId) > 0;
    }

    /** Rewrites the paths of a moved subtree in one statement. */
    public int movePaths(String oldPrefix, String newPrefix) {
        return getEntityManager().createNativeQuery(
                        "update organization set path = ?2 || substring(path from ?3) where path like ?1")
                .setParameter(1, oldPrefix + "%")
                .setParameter(2, newPrefix)
                .setParameter(3, oldPrefix.length() + 1)
                .executeUpdate();
    }
}
