package org.patrolgrid.simulators.staff;

import java.time.Instant;
import java.util.List;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.geofence.zone.Zone;

/**
 * Everything a {@link ShiftScript} needs about one shift: the zone and how it is worked, its tours (the skipped tour
 * is only used by {@link Behaviour#SKIPS_ROUTE}), how many marks make it complete (unit grids of an area, checkpoints
 * of a route), the window and rules, the person's speed in m/s, and how the device samples fixes.
 */
public record ShiftSetting(
        PatrolKind kind,
        Zone zone,
        List<Waypoint> tour,
        List<Waypoint> skippedTour,
        int marksTotal,
        Instant start,
        Instant end,
        ShiftRules rules,
        double speed,
        FixSampler sampler) {
    public ShiftSetting {
        tour = List.copyOf(tour);
        skippedTour = List.copyOf(skippedTour);
    }

    public long startMillis() {
        return start.toEpochMilli();
    }

    public long endMillis() {
        return end.toEpochMilli();
    }
}
