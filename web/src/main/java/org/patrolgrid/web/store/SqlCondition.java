package org.patrolgrid.web.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A piece of a WHERE clause with {@code ?} placeholders and their values, numbered only when put into a
 * {@link SqlQuery}. The SQL text must not contain a literal {@code ?}.
 */
public record SqlCondition(String sql, List<Object> values) {
    /** The condition that holds for every row. */
    public static final SqlCondition TRUE = new SqlCondition("true", List.of());

    public SqlCondition {
        values = Collections.unmodifiableList(new ArrayList<>(values)); // values may be SQL nulls
        long placeholders = sql.chars().filter(c -> c == '?').count();
        if (placeholders != values.size()) {
            throw new IllegalArgumentException(placeholders + " placeholders but " + values.size() + " values: " + sql);
        }
    }

    public static SqlCondition of(String sql, Object... values) {
        return new SqlCondition(sql, Arrays.asList(values));
    }

    public boolean isTrue() {
        return this.equals(TRUE);
    }

    /** Both conditions. */
    public SqlCondition and(SqlCondition other) {
        if (isTrue()) {
            return other;
        }
        if (other.isTrue()) {
            return this;
        }
        List<Object> all = new ArrayList<>(values);
        all.addAll(other.values);
        return new SqlCondition("(" + sql + ") and (" + other.sql + ")", all);
    }
}
