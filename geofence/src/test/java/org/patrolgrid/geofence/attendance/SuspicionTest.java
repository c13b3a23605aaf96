package org.patrolgrid.geofence.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.geofence.zone.GridZone;

class SuspicionTest {
    private static final List<GridZone> GRIDS = World.grids(2, 2, 100);
    private static final ShiftPlan AREA = World.geometries(GRIDS).plan(List.of(World.area("a1", GRIDS)));

    private static Timeline timeline() {
        return new Timeline(AREA, ShiftRules.DEFAULTS, 4);
    }

    @Test
    void mockFlagIsSuspiciousAndNeverAnArrival() {
        Timeline t = timeline();
        t.mockFix(1, 100, 100);
        SuspiciousLocation s = t.all(SuspiciousLocation.class).get(0);
        assertEquals(SuspicionReason.MOCK, s.reason());
        assertTrue(t.all(Arrived.class).isEmpty());
    }

    @Test
    void impossibleSpeedIsSuspicious() {
        Timeline t = timeline();
        t.fix(1, 100, 100);
        t.fix(1 + 10 / 60.0, 400, 100); // 300 m in 10 s = 30 m/s
        SuspiciousLocation s = t.all(SuspiciousLocation.class).get(0);
        assertEquals(SuspicionReason.IMPOSSIBLE_SPEED, s.reason());
        assertTrue(s.metersPerSecond() > 25);
    }

    @Test
    void bigJumpInAShortTimeIsATeleport() {
        Timeline t = timeline();
        t.fix(1, 100, 100);
        t.fix(1.5, 5100, 100); // 5 km in 30 s
        assertEquals(
                SuspicionReason.TELEPORT, t.all(SuspiciousLocation.class).get(0).reason());
    }

    @Test
    void eBikeSpeedIsNotSuspicious() {
        Timeline t = timeline();
        for (int s = 0; s < 120; s += 5) {
            t.fix(1 + s / 60.0, s * 7.0 - 300, 100); // 7 m/s, about 25 km/h
        }
        assertTrue(t.all(SuspiciousLocation.class).isEmpty());
    }

    @Test
    void aTeleportedFixDoesNotCountOnPost() {
        Timeline t = timeline();
        t.fix(1, 3000, 3000);
        t.fix(1.2, 100, 100); // 4 km in 12 s: the fix inside is the impossible one
        assertTrue(t.all(Arrived.class).isEmpty());
        t.fix(30, 100, 100); // reachable by now
        assertEquals(1, t.all(Arrived.class).size());
    }
}
