package io.dudao.creation;

import io.dudao.common.security.Caller;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CreationSchoolTargetRepository implements PanacheRepository<CreationSchoolTarget> {

    /** One visible 优质均衡 programme's target and progress for a year (nulls where nothing is set or filed). */
    public record Progress(long programmeId, long countyOrgId, Integer targetSchools, Long version, Integer assessedSchools,
                           Integer passingSchools) {
    }

    public Optional<CreationSchoolTarget> find(long programmeId, int year) {
        return find("programmeId = ?1 and year = ?2", programmeId, year).firstResultOptional();
    }

    /** Every visible 优质均衡 programme with its target and its year's assessment, in one query. */
    public List<Progress> progress(Caller caller, int year) {
        Map<String, Object> params = new HashMap<>();
        String visible = CreationProgrammeRepository.visibility(caller, params);
        TypedQuery<Object[]> q = getEntityManager().createQuery("""
                select p.id, p.countyOrgId, t.targetSchools, t.version, r.assessedSchools, r.passingSchools
                from CreationProgramme p
                left join CreationSchoolTarget t on t.programmeId = p.id and t.year = :year
                left join CreationReturn r on r.programmeId = p.id and r.year = :year
                where p.kind = :kind and\s""" + visible.replace("countyOrgId", "p.countyOrgId") + " order by p.id", Object[].class);
        q.setParameter("year", year).setParameter("kind", CreationKind.BALANCED_COMPULSORY);
        params.forEach(q::setParameter);
        return q.getResultList().stream().map(r -> new Progress((Long) r[0], (Long) r[1], (Integer) r[2], (Long) r[3], (Integer) r[4],
                (Integer) r[5])).toList();
    }
}
