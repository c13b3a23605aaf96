package org.patrolgrid.web.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SqlQueryTest {
    @Test
    void placeholdersAreNumberedInOrder() {
        SqlQuery query = SqlQuery.of("select x from t")
                .where("a = ?", 1)
                .where("b between ? and ?", 2, 3)
                .append(" order by x limit ?", 4);
        assertEquals("select x from t where (a = $1) and (b between $2 and $3) order by x limit $4", query.sql());
        assertEquals(4, query.tuple().getInteger(3));
    }

    @Test
    void instantsAreBoundAsUtcTimestamps() {
        Instant ts = Instant.parse("2026-11-28T08:00:00Z");
        SqlQuery query = SqlQuery.of("select 1").where("ts >= ?", ts);
        assertEquals(
                OffsetDateTime.of(2026, 11, 28, 8, 0, 0, 0, ZoneOffset.UTC),
                query.tuple().getValue(0));
    }

    @Test
    void placeholderCountMustMatchValues() {
        assertThrows(IllegalArgumentException.class, () -> SqlCondition.of("a = ? and b = ?", 1));
    }

    @Test
    void andSkipsTrueConditions() {
        SqlCondition a = SqlCondition.of("a = ?", 1);
        assertEquals(a, SqlCondition.TRUE.and(a));
        assertEquals(a, a.and(SqlCondition.TRUE));
        assertEquals("(a = ?) and (b = ?)", a.and(SqlCondition.of("b = ?", 2)).sql());
    }
}
