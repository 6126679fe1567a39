package io.dudao.creation;

import io.dudao.common.web.PageQuery;
import io.dudao.creation.CreationDtos.LedgerStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class CreationLedgerRepository implements PanacheRepository<CreationLedgerEntry> {

    public List<CreationLedgerEntry> ofYear(long programmeId, int year) {
        return list("programmeId = ?1 and year = ?2 order by id", programmeId, year);
    }

    /** Visibility is the programme's, checked by the caller before this query. */
    public PanacheQuery<CreationLedgerEntry> search(long programmeId, Integer year, LedgerStatus status, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("programmeId = :programme");
        params.put("programme", programmeId);
        if (year != null) {
            where.append(" and year = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        return find(where.toString(), page.sort(), params).page(page.panachePage());
    }
}
