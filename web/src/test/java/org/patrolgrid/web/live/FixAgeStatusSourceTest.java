package org.patrolgrid.web.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.position.Position;

class FixAgeStatusSourceTest {
    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

    @Test
    void fixOlderThanTheLimitIsSignalLostOtherwiseOffShift() {
        FixAgeStatusSource source = new FixAgeStatusSource(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(10));
        Map<String, LiveStatus> statuses = source.statuses(List.of(
                        Position.of("recent", NOW.minusSeconds(60), 30.7, 120.7, 5),
                        Position.of("edge", NOW.minusSeconds(600), 30.7, 120.7, 5),
                        Position.of("old", NOW.minusSeconds(601), 30.7, 120.7, 5)))
                .result();
        assertEquals(LiveStatus.of(DutyStatus.OFF_SHIFT), statuses.get("recent"));
        assertEquals(LiveStatus.of(DutyStatus.OFF_SHIFT), statuses.get("edge"));
        assertEquals(LiveStatus.of(DutyStatus.SIGNAL_LOST), statuses.get("old"));
    }
}
