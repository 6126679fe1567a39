package io.dudao.search;

import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.common.work.Searchable;
import io.dudao.common.work.WorkRegistry;
import io.dudao.search.SearchDtos.SearchGroup;
import io.dudao.search.SearchDtos.SearchHit;
import io.dudao.search.SearchDtos.SearchResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Search across everything the registry knows (every kind of work, plans and their items,
 * organisations), within what the caller may see: one statement per request, whatever the sizes.
 */
@ApplicationScoped
public class SearchService {

    public static final int MAX_QUERY_LENGTH = 100;
    public static final int MAX_WORDS = 10;
    public static final int DEFAULT_SIZE = 5;
    public static final int MAX_SIZE = 50;
    static final int SNIPPET_WIDTH = 120;

    @Inject
    WorkRegistry registry;

    @Inject
    SearchRepository repository;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SearchResponse search(Caller caller, String q, List<String> kinds, Integer size) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            throw ApiException.validation("q", "请输入要搜索的内容", "enter something to search for");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw ApiException.validation("q", "搜索内容不能超过 " + MAX_QUERY_LENGTH + " 个字", "at most " + MAX_QUERY_LENGTH + " characters");
        }
        List<String> words = SearchText.words(query);
        if (words.isEmpty()) {
            throw ApiException.validation("q", "请输入要搜索的内容", "enter something to search for");
        }
        if (words.size() > MAX_WORDS) {
            throw ApiException.validation("q", "搜索词不能超过 " + MAX_WORDS + " 个", "at most " + MAX_WORDS + " words");
        }
        int perKind = size == null ? DEFAULT_SIZE : size;
        if (perKind < 1 || perKind > MAX_SIZE) {
            throw ApiException.validation("size", "每类条数须在 1 到 " + MAX_SIZE + " 之间", "must be between 1 and " + MAX_SIZE);
        }
        List<Searchable> chosen = chosen(kinds);
        Map<String, Searchable> byKind = new LinkedHashMap<>();
        chosen.forEach(s -> byKind.put(s.kind(), s));
        Map<String, SearchGroup> groups = new LinkedHashMap<>();
        for (SearchRepository.Row row : repository.search(caller, chosen, words, perKind)) {
            SearchGroup group = groups.computeIfAbsent(row.kind(), k -> new SearchGroup(k, row.total(), new ArrayList<>()));
            group.items().add(new SearchHit(row.id(), row.title(), SearchText.snippet(row.text(), words, SNIPPET_WIDTH),
                    byKind.get(row.kind()).link(row.id(), row.linkId())));
        }
        List<SearchGroup> ordered = byKind.keySet().stream().filter(groups::containsKey).map(groups::get).toList();
        return new SearchResponse(query, ordered);
    }

    /** The kinds asked for (comma-separated, or the parameter repeated), all when none; an unknown one is a 400. */
    private List<Searchable> chosen(List<String> kinds) {
        List<Searchable> all = registry.searchables();
        Set<String> asked = new LinkedHashSet<>();
        if (kinds != null) {
            kinds.stream().filter(k -> k != null).flatMap(k -> List.of(k.split(",")).stream()).map(String::strip)
                    .filter(k -> !k.isEmpty()).forEach(asked::add);
        }
        if (asked.isEmpty()) {
            return all;
        }
        Set<String> known = all.stream().map(Searchable::kind).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!known.containsAll(asked)) {
            String allowed = String.join(", ", known);
            throw ApiException.validation("kinds", "类别无效，可选：" + allowed, "unknown kind; allowed: " + allowed);
        }
        return all.stream().filter(s -> asked.contains(s.kind())).toList();
    }
}
