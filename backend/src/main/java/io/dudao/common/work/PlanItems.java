package io.dudao.common.work;

import io.dudao.common.db.SqlText;

import java.util.Map;

/** "Work of a plan item": linked to the item itself or to one of its sub-items (three levels deep, as plans go). */
public final class PlanItems {

    private PlanItems() {
    }

    /** HQL condition on {@code planItemField}; binds the item to {@code :param}. */
    public static String under(String planItemField, String param, long planItemId, Map<String, Object> params) {
        params.put(param, planItemId);
        return "(" + planItemField + " = :" + param + " or " + planItemField + " in (select wsi.id from PlanItem wsi where wsi.parent.id = :"
                + param + " or wsi.parent.id in (select wsp.id from PlanItem wsp where wsp.parent.id = :" + param + ")))";
    }

    /** SQL: as {@link #under}, on {@code planItemColumn}. */
    public static SqlText sqlUnder(String planItemColumn, long planItemId) {
        return SqlText.of("(" + planItemColumn + " = ? or " + planItemColumn + " in (select wsi.id from plan_item wsi where wsi.parent_id = ?"
                + " or wsi.parent_id in (select wsp.id from plan_item wsp where wsp.parent_id = ?)))", planItemId, planItemId, planItemId);
    }
}
