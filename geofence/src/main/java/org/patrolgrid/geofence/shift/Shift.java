package org.patrolgrid.geofence.shift;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A device assigned to one or more zones from {@code start} (inclusive) to {@code end} (exclusive), under
 * {@code rules}.
 */
public record Shift(String id, String device, List<String> zoneIds, Instant start, Instant end, ShiftRules rules) {
    public Shift {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        zoneIds = List.copyOf(zoneIds);
        rules = rules == null ? ShiftRules.DEFAULTS : rules;
        if (zoneIds.isEmpty()) {
            throw new IllegalArgumentException("shift " + id + " needs at least one zone");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("shift " + id + " must end after it starts");
        }
    }

    /** Start plus grace: arriving after this is late, and no arrival by then is absent. */
    public Instant arrivalDeadline() {
        return start.plus(rules.grace());
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** True when {@code t} lies in [start, end). */
    public boolean covers(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
