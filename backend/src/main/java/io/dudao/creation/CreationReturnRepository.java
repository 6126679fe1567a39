package io.dudao.creation;

import io.dudao.creation.CreationDtos.AssessmentSummary;
import io.dudao.creation.CreationDtos.PartVerdict;
import io.dudao.creation.CreationDtos.WorstIndicator;
import io.dudao.creation.engine.CreationEnums.CreationVerdict;
import io.dudao.creation.engine.Num;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CreationReturnRepository implements PanacheRepository<CreationReturn> {

    public Optional<CreationReturn> find(long programmeId, int year) {
        return find("programmeId = ?1 and year = ?2", programmeId, year).firstResultOptional();
    }

    public List<CreationReturn> ofProgramme(long programmeId) {
        return list("programmeId = ?1 order by year", programmeId);
    }

    public Optional<Integer> latestYear(long programmeId) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select max(r.year) from CreationReturn r where r.programmeId = :p", Integer.class)
                .setParameter("p", programmeId).getSingleResult());
    }

    /** The latest year's summary of each programme, in one query that never loads the rows. */
    public Map<Long, AssessmentSummary> latestSummaries(Collection<Long> programmeIds) {
        Map<Long, AssessmentSummary> out = new HashMap<>();
        if (programmeIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = getEntityManager().createQuery("""
                        select r.programmeId, r.year, r.verdict, r.assessedSchools, r.passingSchools, r.worstIndicator, r.partVerdicts,
                               r.assessedAt
                        from CreationReturn r
                        where r.programmeId in :ids and r.verdict is not null
                          and r.year = (select max(r2.year) from CreationReturn r2 where r2.programmeId = r.programmeId and r2.verdict is not null)""",
                        Object[].class)
                .setParameter("ids", programmeIds).getResultList();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            List<PartVerdict> parts = (List<PartVerdict>) row[6];
            out.put((Long) row[0], summary((Integer) row[1], (CreationVerdict) row[2], (Integer) row[3], (Integer) row[4],
                    (WorstIndicator) row[5], parts, (OffsetDateTime) row[7]));
        }
        return out;
    }

    static AssessmentSummary summary(CreationReturn r) {
        return r.verdict == null ? null
                : summary(r.year, r.verdict, r.assessedSchools, r.passingSchools, r.worstIndicator, r.partVerdicts, r.assessedAt);
    }

    static AssessmentSummary summary(int year, CreationVerdict verdict, Integer assessed, Integer passing, WorstIndicator worst,
                                     List<PartVerdict> parts, OffsetDateTime at) {
        int a = assessed == null ? 0 : assessed;
        int p = passing == null ? 0 : passing;
        BigDecimal ratio = a == 0 ? BigDecimal.ZERO : Num.round(Num.div(BigDecimal.valueOf(p), BigDecimal.valueOf(a)), 4);
        return new AssessmentSummary(year, verdict, a, p, ratio, worst, parts == null ? List.of() : parts, at);
    }

    /**
     * Replaces a stored summary without touching the return's version: the summary is derived from the data
     * (and the county data and standard), not the data a person edits, so refreshing it never makes their
     * copy stale.
     */
    public void updateSummary(CreationReturn r) {
        getEntityManager().createQuery("""
                        update CreationReturn r set r.verdict = :verdict, r.assessedSchools = :assessed, r.passingSchools = :passing,
                            r.worstIndicator = :worst, r.partVerdicts = :parts, r.assessedAt = :at
                        where r.id = :id""")
                .setParameter("verdict", r.verdict).setParameter("assessed", r.assessedSchools)
                .setParameter("passing", r.passingSchools).setParameter("worst", r.worstIndicator)
                .setParameter("parts", r.partVerdicts).setParameter("at", r.assessedAt).setParameter("id", r.id)
                .executeUpdate();
    }
}
