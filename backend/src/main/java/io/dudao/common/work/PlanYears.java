package io.dudao.common.work;

import io.dudao.common.db.SqlText;

/**
 * "The year of the plan that work serves": dashboards, statistics and lists filter work by it, falling
 * back to the work's own date (its due date, or its visit or opening year) when it serves no plan. As
 * query conditions in HQL (lists) and SQL (reporting); neither correlates a subquery per row.
 */
public final class PlanYears {

    private PlanYears() {
    }

    /**
     * HQL: work linked through {@code planItemField} to an item of a plan of the year in parameter
     * {@code :param}, or unlinked work whose {@code fallbackYear} (an integer expression) is that year.
     */
    public static String byItem(String planItemField, String fallbackYear, String param) {
        return "(" + planItemField + " in (select wyi.id from PlanItem wyi where wyi.plan.year = :" + param + ") or ("
                + planItemField + " is null and " + fallbackYear + " = :" + param + "))";
    }

    /** HQL: as {@link #byItem} for work that names its plan directly ({@code planField}). */
    public static String byPlan(String planField, String fallbackYear, String param) {
        return "(" + planField + " in (select wyp.id from Plan wyp where wyp.year = :" + param + ") or ("
                + planField + " is null and " + fallbackYear + " = :" + param + "))";
    }

    /** SQL: as {@link #byItem}, the year given as the bind parameter {@code yearParam} (e.g. "?2"). */
    public static String sqlByItem(String planItemColumn, String fallbackYear, String yearParam) {
        return "(" + planItemColumn + " in (select wyi.id from plan_item wyi join plan wyp on wyp.id = wyi.plan_id where wyp.year = "
                + yearParam + ") or (" + planItemColumn + " is null and " + fallbackYear + " = " + yearParam + "))";
    }

    /** SQL: as {@link #byPlan}. */
    public static String sqlByPlan(String planColumn, String fallbackYear, String yearParam) {
        return "(" + planColumn + " in (select wyp.id from plan wyp where wyp.year = " + yearParam + ") or (" + planColumn
                + " is null and " + fallbackYear + " = " + yearParam + "))";
    }

    /** SQL with its parameters: as {@link #byItem}, for the year {@code year}. */
    public static SqlText sqlByItem(String planItemColumn, String fallbackYear, int year) {
        return SqlText.of(sqlByItem(planItemColumn, fallbackYear, "?"), year, year);
    }

    /** SQL with its parameters: as {@link #byPlan}, for the year {@code year}. */
    public static SqlText sqlByPlan(String planColumn, String fallbackYear, int year) {
        return SqlText.of(sqlByPlan(planColumn, fallbackYear, "?"), year, year);
    }
}
