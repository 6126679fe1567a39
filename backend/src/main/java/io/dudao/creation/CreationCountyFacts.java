package io.dudao.creation;

import io.dudao.creation.engine.CountyPartsCalculator.CountyFacts;
import io.dudao.creation.engine.CountyReturn;
import io.dudao.creation.engine.CountyReturn.Monitoring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The county facts an assessment of a year rests on: the county's saved data and the quality-
 * monitoring results. The monitoring results are the hand-entered ones for now; when the monitoring
 * feature lands, {@link #monitoring} is where its results for the county and year are read (the
 * hand-entered ones staying the fallback), and nothing else changes.
 */
@ApplicationScoped
public class CreationCountyFacts {

    static final String ENTERED = "县教督办录入";

    @Inject
    CreationCountyReturnRepository repository;

    public CountyFacts of(CreationProgramme p, int year) {
        CountyReturn data = repository.find(p.id, year).map(c -> c.data).orElse(CountyReturn.EMPTY);
        return with(p, year, data);
    }

    /** The facts with other county data (a what-if, or data about to be saved). */
    public CountyFacts with(CreationProgramme p, int year, CountyReturn data) {
        return new CountyFacts(data, monitoring(p.countyOrgId, year, data), year);
    }

    Monitoring monitoring(long countyOrgId, int year, CountyReturn entered) {
        return new Monitoring(entered.monitoring(), ENTERED);
    }
}
