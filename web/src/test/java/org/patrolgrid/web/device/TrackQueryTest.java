package org.patrolgrid.web.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.patrolgrid.web.api.ApiFault;

class TrackQueryTest {
    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

    @Test
    void defaultsToLast24HoursAndMaxLimit() {
        TrackQuery query = TrackQuery.parse(null, null, null, NOW);
        assertEquals(NOW.minusSeconds(86_400), query.from());
        assertEquals(NOW, query.to());
        assertEquals(TrackQuery.MAX_LIMIT, query.limit());
    }

    @Test
    void fromDefaultsTo24HoursBeforeTo() {
        TrackQuery query = TrackQuery.parse(null, "2026-11-20T00:00:00+08:00", null, NOW);
        assertEquals(Instant.parse("2026-11-19T16:00:00Z"), query.to());
        assertEquals(Instant.parse("2026-11-18T16:00:00Z"), query.from());
    }

    @Test
    void acceptsIsoWithOffsetAndEpochMillis() {
        TrackQuery query = TrackQuery.parse("1764300000000", "2026-11-28T10:00:00+08:00", "10", NOW);
        assertEquals(Instant.ofEpochMilli(1_764_300_000_000L), query.from());
        assertEquals(Instant.parse("2026-11-28T02:00:00Z"), query.to());
        assertEquals(10, query.limit());
    }

    @Test
    void unencodedPlusOfAnOffsetIsForgiven() {
        TrackQuery query = TrackQuery.parse("2026-11-28T09:00:00 08:00", null, null, NOW);
        assertEquals(Instant.parse("2026-11-28T01:00:00Z"), query.from());
    }

    @Test
    void refusesBadInput() {
        assertBad("yesterday", null, null);
        assertBad("2026-11-28T10:00:00", null, null); // no offset: ambiguous
        assertBad(NOW.toString(), NOW.toString(), null);
        assertBad(NOW.toString(), NOW.minusSeconds(1).toString(), null);
        assertBad(null, null, "0");
        assertBad(null, null, "50001");
        assertBad(null, null, "ten");
    }

    private static void assertBad(String from, String to, String limit) {
        ApiFault fault = assertThrows(ApiFault.class, () -> TrackQuery.parse(from, to, limit, NOW));
        assertEquals(400, fault.status());
    }
}
