package io.dudao.common.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SQL with its positional ({@code ?}) parameters, built up in the order they appear. Values are never
 * pasted into the text, and a condition that is left out leaves no trace, so one set of filters gives
 * one statement text (one server-side plan) whatever the values.
 */
public final class SqlText {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public static SqlText of(String text, Object... values) {
        return new SqlText().append(text, values);
    }

    public SqlText append(String text, Object... values) {
        sql.append(text);
        Collections.addAll(params, values);
        return this;
    }

    public SqlText append(SqlText other) {
        sql.append(other.sql);
        params.addAll(other.params);
        return this;
    }

    /** Adds " and (condition)". */
    public SqlText and(String condition, Object... values) {
        return append(" and (" + condition + ")", values);
    }

    /** Adds " and (condition)". */
    public SqlText and(SqlText condition) {
        return append(" and (").append(condition).append(")");
    }

    /** Adds " and column = ?" when the value is given. */
    public SqlText eq(String column, Object value) {
        return value == null ? this : and(column + " = ?", value);
    }

    /**
     * The statement as a Hibernate native query returning entities (for loading what a change
     * modifies, and for exports through a cursor); parameters become ?1, ?2, ...
     */
    @SuppressWarnings("unchecked")
    public <T> TypedQuery<T> entityQuery(EntityManager em, Class<T> entity) {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            numbered.append(c);
            if (c == '?') {
                numbered.append(++n);
            }
        }
        Query query = em.createNativeQuery(numbered.toString(), entity);
        List<Object> values = params();
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return (TypedQuery<T>) query;
    }

    public String sql() {
        return sql.toString();
    }

    /** The parameters, enums as their names. */
    public List<Object> params() {
        return params.stream().map(p -> p instanceof Enum<?> e ? e.name() : p).toList();
    }
}
