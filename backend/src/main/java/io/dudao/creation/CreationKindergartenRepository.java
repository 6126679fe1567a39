package io.dudao.creation;

import io.dudao.common.security.Caller;
import io.dudao.common.web.PageQuery;
import io.dudao.creation.CreationDtos.KindergartenStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CreationKindergartenRepository implements PanacheRepository<CreationKindergartenEntry> {

    /** A county's target by a year and what is achieved. */
    public record CountyCount(long countyOrgId, long target, long achieved) {
    }

    public Optional<CreationKindergartenEntry> findVisible(Caller caller, long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return find("id = :id and " + CreationProgrammeRepository.visibility(caller, params), params).firstResultOptional();
    }

    public Optional<CreationKindergartenEntry> findByKindergarten(long kindergartenOrgId) {
        return find("kindergartenOrgId", kindergartenOrgId).firstResultOptional();
    }

    public PanacheQuery<CreationKindergartenEntry> search(Caller caller, Long countyOrgId, Integer targetYear, KindergartenStatus status,
                                                          PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(CreationProgrammeRepository.visibility(caller, params));
        if (countyOrgId != null) {
            where.append(" and countyOrgId = :county");
            params.put("county", countyOrgId);
        }
        if (targetYear != null) {
            where.append(" and targetYear = :year");
            params.put("year", targetYear);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        return find(where.toString(), page.sort(), params).page(page.panachePage());
    }

    /** Per visible county: entries due by the year, and those ACHIEVED, in one query. */
    public List<CountyCount> progress(Caller caller, int year) {
        Map<String, Object> params = new HashMap<>();
        String visible = CreationProgrammeRepository.visibility(caller, params).replace("countyOrgId", "e.countyOrgId");
        TypedQuery<Object[]> q = getEntityManager().createQuery("""
                select e.countyOrgId, count(e), sum(case when e.status = :achieved then 1 else 0 end)
                from CreationKindergartenEntry e where e.targetYear <= :year and\s""" + visible
                + " group by e.countyOrgId order by e.countyOrgId", Object[].class);
        q.setParameter("year", year).setParameter("achieved", KindergartenStatus.ACHIEVED);
        params.forEach(q::setParameter);
        return q.getResultList().stream().map(r -> new CountyCount((Long) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }
}
