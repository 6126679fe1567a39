package io.dudao.accountability;

import io.dudao.accountability.AccountabilityEnums.CaseSource;
import io.dudao.common.links.AccountabilityLinks;
import io.dudao.common.db.SqlText;
import io.dudao.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Findings and tasks show the case opened from them, when the caller may see that case. */
@ApplicationScoped
public class CaseLinks implements AccountabilityLinks {

    @Inject
    CaseRepository repository;

    @Override
    public SqlText newestVisibleCase(Caller caller, String source, String sourceIdColumn) {
        return SqlText.of("(select max(k.id) from accountability_case k where k.source = ? and k.source_id = " + sourceIdColumn
                + " and ", CaseSource.valueOf(source)).append(CaseRepository.sqlVisibility(caller, "k")).append(")");
    }

    @Override
    public Map<Long, Long> visibleCases(Caller caller, String source, Collection<Long> sourceIds) {
        Map<Long, Long> out = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return out;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("source", CaseSource.valueOf(source));
        params.put("ids", List.copyOf(sourceIds));
        repository.list("source = :source and sourceId in :ids and " + CaseRepository.visibility(caller, params)
                + " order by id", params).forEach(c -> out.put(c.sourceId, c.id));
        return out;
    }
}
