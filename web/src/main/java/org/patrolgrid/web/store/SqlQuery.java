package org.patrolgrid.web.store;

import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a statement from fragments with {@code ?} placeholders, numbering them {@code $1, $2, ...} for the
 * PostgreSQL client. Instants are bound as UTC timestamps.
 */
public final class SqlQuery {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> values = new ArrayList<>();
    private boolean hasWhere;

    private SqlQuery() {}

    public static SqlQuery of(String sql, Object... values) {
        return new SqlQuery().append(sql, values);
    }

    /** Appends raw SQL with its placeholder values. */
    public SqlQuery append(String fragment, Object... fragmentValues) {
        return append(SqlCondition.of(fragment, fragmentValues));
    }

    /** Adds a condition, opening the WHERE clause or joining it with AND. Conditions that always hold are left out. */
    public SqlQuery where(SqlCondition condition) {
        if (condition.isTrue()) {
            return this;
        }
        sql.append(hasWhere ? " and (" : " where (");
        hasWhere = true;
        append(condition);
        sql.append(')');
        return this;
    }

    public SqlQuery where(String condition, Object... conditionValues) {
        return where(SqlCondition.of(condition, conditionValues));
    }

    private SqlQuery append(SqlCondition fragment) {
        String text = fragment.sql();
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') {
                values.add(bindable(fragment.values().get(next++)));
                sql.append('$').append(values.size());
            } else {
                sql.append(c);
            }
        }
        return this;
    }

    private static Object bindable(Object value) {
        return value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
    }

    public String sql() {
        return sql.toString();
    }

    public Tuple tuple() {
        return Tuple.from(values);
    }
}
