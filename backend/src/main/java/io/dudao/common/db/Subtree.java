package io.dudao.common.db;

import java.util.Map;

/** A list filter shared by the registers: "this organisation and everything below it". */
public final class Subtree {

    private Subtree() {
    }

    /**
     * SQL: the array of the ids of the organisations whose path starts with {@code path} (the subtree,
     * its root included), read by a range of the path index. Bounds rather than {@code like ?}, because
     * a prepared statement's generic plan can use an index range for them and not for a pattern; an
     * array, because {@code column = any(...)} combines with the column's own index (and a BitmapOr).
     */
    public static SqlText idsUnder(String path) {
        return SqlText.of("array(select so.id from organization so where so.path ~>=~ ? and so.path ~<~ ?)", path, upperBound(path));
    }

    /**
     * SQL: {@code column} is an organisation of the subtree, as a hashed subplan (one hash probe a row).
     * For a column tested row by row, as in an OR of visibility rules that no index serves: there
     * {@code = any(}{@link #idsUnder}{@code )} compares every row with every id of the subtree (a
     * city's is over a thousand), which on the province made a page of reports cost 250 ms of database CPU.
     */
    public static SqlText contains(String column, String path) {
        return SqlText.of(column + " in (select so.id from organization so where so.path ~>=~ ? and so.path ~<~ ?)", path,
                upperBound(path));
    }

    /** {@link #idsUnder} for the subtree of organisation {@code orgId}. */
    public static SqlText idsUnderOrg(long orgId) {
        return SqlText.of("array(select so.id from organization so where so.path ~>=~ (select path from organization where id = ?)"
                + " and so.path ~<~ (select left(path, -1) || '0' from organization where id = ?))", orgId, orgId);
    }

    /** Paths end with '/': every path below "/1/5/" sorts before "/1/50", the next string of its length. */
    static String upperBound(String path) {
        return path.substring(0, path.length() - 1) + "0";
    }

    /** Restricts a SQL query to rows whose {@code column} organisation lies in the subtree of {@code withinOrgId}. */
    public static void within(SqlText where, String column, Long withinOrgId) {
        if (withinOrgId != null) {
            where.and(SqlText.of(column + " = any(").append(idsUnderOrg(withinOrgId)).append(")"));
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
