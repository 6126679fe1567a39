package io.dudao.creation;

import io.dudao.common.security.Caller;
import io.dudao.common.web.PageQuery;
import io.dudao.creation.CreationDtos.ProgrammeStatus;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CreationProgrammeRepository implements PanacheRepository<CreationProgramme> {

    /** Visible to the county's subtree and to its ancestors (the city sees all its counties'). */
    static String visibility(Caller caller, Map<String, Object> params) {
        if (caller.isAdmin()) {
            return "1 = 1";
        }
        params.put("subtree", caller.orgPath() + "%");
        params.put("callerChain", caller.ancestorOrSelfIds());
        return "(countyOrgId in (select o.id from Organization o where o.path like :subtree) or countyOrgId in :callerChain)";
    }

    public Optional<CreationProgramme> findVisible(Caller caller, long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return find("id = :id and " + visibility(caller, params), params).firstResultOptional();
    }

    public PanacheQuery<CreationProgramme> search(Caller caller, Long countyOrgId, CreationKind kind, ProgrammeStatus status,
                                                  PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(visibility(caller, params));
        if (countyOrgId != null) {
            where.append(" and countyOrgId = :county");
            params.put("county", countyOrgId);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        return find(where.toString(), page.sort(), params).page(page.panachePage());
    }

    public boolean exists(long countyOrgId, CreationKind kind) {
        return count("countyOrgId = ?1 and kind = ?2", countyOrgId, kind) > 0;
    }

    /** Of the given programmes, those whose county lies in the caller's subtree (what an office may edit). */
    public Set<Long> inSubtree(Caller caller, Collection<Long> ids) {
        return new HashSet<>(getEntityManager().createQuery("""
                        select p.id from CreationProgramme p where p.id in :ids
                        and p.countyOrgId in (select o.id from Organization o where o.path like :subtree)""", Long.class)
                .setParameter("ids", ids).setParameter("subtree", caller.orgPath() + "%").getResultList());
    }

    /** Serialises the writers of one programme's data and ledger. */
    public void lock(CreationProgramme programme) {
        getEntityManager().lock(programme, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The programmes assessed with any of these standard sets. */
    public List<CreationProgramme> usingStandards(Collection<Long> standardIds) {
        return standardIds.isEmpty() ? List.of() : list("standardSetId in ?1 order by id", List.copyOf(standardIds));
    }
}
