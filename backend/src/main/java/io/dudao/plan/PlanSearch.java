package io.dudao.plan;

import io.dudao.common.security.Caller;
import io.dudao.common.work.SearchSelect;
import io.dudao.common.work.Searchable;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** Plans and their items as search finds them: visible as the plan list shows them (the issuer's subtree once published). */
public final class PlanSearch {

    private PlanSearch() {
    }

    @ApplicationScoped
    public static class Plans implements Searchable {

        @Override
        public String kind() {
            return "PLAN";
        }

        @Override
        public SearchSelect select(Caller caller, Map<String, Object> params) {
            return new SearchSelect("Plan", PlanRepository.visibility(caller, params), "id", "title", SearchSelect.SEARCH_TEXT, "id");
        }

        @Override
        public String link(long id, long planId) {
            return "/plans/" + id;
        }
    }

    /** An item (重点工作) links to its plan's page. */
    @ApplicationScoped
    public static class Items implements Searchable {

        @Override
        public String kind() {
            return "PLAN_ITEM";
        }

        @Override
        public SearchSelect select(Caller caller, Map<String, Object> params) {
            return new SearchSelect("PlanItem", "plan.id in (select sp.id from Plan sp where " + PlanRepository.visibility("sp", caller, params)
                    + ")", "id", "heading", SearchSelect.SEARCH_TEXT, "plan.id");
        }

        @Override
        public String link(long id, long planId) {
            return "/plans/" + planId;
        }
    }
}
