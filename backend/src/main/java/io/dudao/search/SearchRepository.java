package io.dudao.search;

import io.dudao.common.security.Caller;
import io.dudao.common.work.SearchSelect;
import io.dudao.common.work.Searchable;
import io.dudao.common.work.WorkRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The search query: every searchable kind's visible objects that match, joined with UNION ALL into one
 * statement that also counts the matches per kind and keeps the best few of each (the earliest match
 * first, so a match in the title, which the search text starts with, before one further on; then the
 * newest). The match condition (search_matches in V20__search.sql) is answered by each table's GIN index
 * on the bigrams of its search text, then checked word by word on the candidates.
 */
@ApplicationScoped
public class SearchRepository {

    @Inject
    EntityManager em;

    /** One object found, with its kind's total. */
    public record Row(String kind, long id, String title, String text, long linkId, long total) {
    }

    public List<Row> search(Caller caller, List<Searchable> kinds, List<String> words, int perKind) {
        Map<String, Object> params = new HashMap<>();
        StringJoiner parts = new StringJoiner(" union all ");
        for (Searchable kind : kinds) {
            Map<String, Object> own = new HashMap<>();
            SearchSelect s = kind.select(caller, own);
            WorkRegistry.mergeParameters(params, own, kind.kind());
            parts.add("select '" + kind.kind() + "' as kind, " + s.id() + " as id, " + s.title() + " as title, " + s.searchText()
                    + " as text, " + s.linkId() + " as linkId, locate(:searchFirst, " + s.searchText() + ") as firstMatch from "
                    + s.entity() + " where (" + s.where() + ") and function('search_matches', " + s.searchText()
                    + ", :searchGrams, :searchPatterns) = true");
        }
        TypedQuery<Object[]> q = em.createQuery("""
                select h.kind, h.id, h.title, h.text, h.linkId, h.total from (
                    select u.kind as kind, u.id as id, u.title as title, u.text as text, u.linkId as linkId,
                           count(*) over (partition by u.kind) as total,
                           row_number() over (partition by u.kind order by u.firstMatch, u.id desc) as rank
                    from (%s) u) h
                where h.rank <= :searchPerKind
                order by h.kind, h.rank""".formatted(parts), Object[].class);
        params.put("searchGrams", String.join(" ", SearchText.queryGrams(words)));
        params.put("searchPatterns", String.join(" ", SearchText.likePatterns(words)));
        params.put("searchFirst", words.get(0));
        params.put("searchPerKind", (long) perKind);
        // a source's select may bind parameters only the registry's other questions use (e.g. what counts as done)
        q.getParameters().forEach(p -> q.setParameter(p.getName(), params.get(p.getName())));
        return q.getResultList().stream().map(r -> new Row((String) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue())).toList();
    }
}
