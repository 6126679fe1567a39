package io.dudao.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PlanImportWarningRepository implements PanacheRepository<PlanImportWarning> {

    /** A plan's warnings in import order; the open ones only unless {@code includeDismissed}. */
    public List<PlanImportWarning> ofPlan(long planId, boolean includeDismissed) {
        return includeDismissed
                ? list("planId = ?1 order by seq", planId)
                : list("planId = ?1 and dismissedAt is null order by seq", planId);
    }

    public Optional<PlanImportWarning> find(long planId, long warningId) {
        return find("id = ?1 and planId = ?2", warningId, planId).firstResultOptional();
    }
}
