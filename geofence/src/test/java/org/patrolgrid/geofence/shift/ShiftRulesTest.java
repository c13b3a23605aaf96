package org.patrolgrid.geofence.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftRulesTest {
    @Test
    void missingValuesTakeTheDocumentedDefaults() {
        ShiftRules rules = ShiftRules.of(null, 2.5, null, null, null);
        assertEquals(ShiftRules.DEFAULT_GRACE_MINUTES, rules.graceMinutes());
        assertEquals(Duration.ofSeconds(150), rules.offPostTolerance());
        assertEquals(ShiftRules.DEFAULT_MIN_COVERAGE, rules.minCoverage());
    }

    @Test
    void decimalMinutesBecomeMilliseconds() {
        assertEquals(Duration.ofMillis(90_500), ShiftRules.minutes(90.5 / 60.0));
    }

    @Test
    void negativeMinutesAndCoverageAboveOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ShiftRules.of(-1.0, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> ShiftRules.of(null, null, null, null, 1.5));
    }

    @Test
    void arrivalDeadlineIsStartPlusGrace() {
        Instant start = Instant.parse("2026-06-01T00:00:00Z");
        Shift shift = new Shift(
                "s", "d", List.of("z"), start, start.plusSeconds(3600), ShiftRules.of(7.5, null, null, null, null));
        assertEquals(start.plusSeconds(450), shift.arrivalDeadline());
    }
}
