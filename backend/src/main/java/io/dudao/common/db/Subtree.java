package io.dudao.common.db;

import java.util.Map;

/** A list filter shared by the registers: "this organisation and everything below it". */
public final class Subtree {

    private Subtree() {
    }

    /** Restricts a SQL query to rows whose {@code column} organisation lies in the subtree of {@code withinOrgId}. */
    public static void within(SqlText where, String column, Long withinOrgId) {
        if (withinOrgId != null) {
            where.and(column + " in (select wo.id from organization wo join organization wr on wo.path like wr.path || '%'"
                    + " where wr.id = ?)", withinOrgId);
        }
    }

    /** Restricts a query to rows whose {@code field} organisation lies in the subtree of {@code withinOrgId}. */
    public static void within(StringBuilder where, Map<String, Object> params, String field, Long withinOrgId) {
        if (withinOrgId != null) {
            where.append(" and exists (select 1 from Organization wo, Organization wr where wr.id = :withinOrgId")
                    .append(" and wo.id = ").append(field).append(" and wo.path like concat(wr.path, '%'))");
            params.put("withinOrgId", withinOrgId);
        }
    }
}
