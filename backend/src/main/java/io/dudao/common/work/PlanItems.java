package io.dudao.common.work;

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
}
