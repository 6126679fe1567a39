package io.dudao.org;

import io.dudao.common.security.Caller;
import io.dudao.common.work.SearchSelect;
import io.dudao.common.work.Searchable;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** Organisations (schools by name above all) as search finds them: the caller's subtree and its ancestors. */
@ApplicationScoped
public class OrganizationSearch implements Searchable {

    @Override
    public String kind() {
        return "ORGANIZATION";
    }

    @Override
    public SearchSelect select(Caller caller, Map<String, Object> params) {
        return new SearchSelect("Organization", OrganizationRepository.visibility(caller, params), "id", "name",
                SearchSelect.SEARCH_TEXT, "id");
    }

    @Override
    public String link(long id, long linkId) {
        return "/organizations?selected=" + id;
    }
}
