package io.dudao.common.db;

import io.agroal.api.AgroalDataSource;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Plain JDBC for hot read paths: one prepared statement per query shape, rows mapped straight into
 * the response records, no persistence context. Inside a transaction the connection is the
 * transaction's own (so a read after a flushed write sees it); outside, a single autocommit statement
 * is its own read-only snapshot. Pass lists as Java arrays ({@code long[]}, {@code String[]}): they bind
 * as SQL arrays ({@code = any(?)}), so a list of any length is one statement text and one server-side plan.
 */
@ApplicationScoped
public class Sql {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;

    /** Statements run so far (with Hibernate's statistics, what tests count per request). */
    private final LongAdder statements = new LongAdder();

    public long statementCount() {
        return statements.sum();
    }

    public <T> List<T> list(String sql, List<?> params, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            statements.increment();
            try (ResultSet rows = statement.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rows.next()) {
                    out.add(mapper.map(rows));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + e.getMessage(), e);
        }
    }

    public <T> Optional<T> one(String sql, List<?> params, RowMapper<T> mapper) {
        List<T> rows = list(sql, params, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * A page of rows: {@code select} + {@code from} (what {@code where} refers to) + {@code joins} (what
     * only the select list needs) + {@code where}, in the page's order; counted ({@code select count(*)}
     * + {@code from} + {@code where}) only when the rows found do not tell the total.
     */
    public <T> PageResponse<T> page(SqlText select, String from, String joins, SqlText where, PageQuery page, String alias,
                                    RowMapper<T> mapper) {
        SqlText query = SqlText.of("").append(select).append(from + joins).append(where)
                .append(" order by " + page.orderBy(alias) + " limit ? offset ?", page.size(), page.offset());
        List<T> rows = list(query.sql(), query.params(), mapper);
        long total = page.total(rows.size(), () -> {
            SqlText count = SqlText.of("select count(*)" + from).append(where);
            return count(count.sql(), count.params());
        });
        return new PageResponse<>(rows, page.page(), page.size(), total);
    }

    public long count(String sql, List<?> params) {
        return list(sql, params, row -> row.getLong(1)).get(0);
    }

    private static void bind(PreparedStatement statement, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof Enum<?> e) {
                statement.setString(i + 1, e.name());
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
