package org.patrolgrid.geofence.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.geofence.zone.GridZone;

class StationaryTest {
    private static final List<GridZone> GRIDS = World.grids(2, 2, 100);
    private static final ZoneGeometries GEOMETRIES = World.geometries(GRIDS);
    private static final ShiftRules RULES = ShiftRules.of(null, null, 20.0, null, 0.0);

    @Test
    void standingStillOnPatrolForTheLimitIsStationary() {
        Timeline t = new Timeline(GEOMETRIES.plan(List.of(World.area("a1", GRIDS))), RULES, 4);
        for (int m = 0; m < 19; m++) {
            t.fix(m, 100 + (m % 3) * 8, 100); // jitter of a few metres
        }
        assertTrue(t.started(ConditionKind.STATIONARY).isEmpty());
        t.fix(20, 104, 100);
        ConditionStarted still = t.started(ConditionKind.STATIONARY).get(0);
        assertEquals(Timeline.at(0), still.since());
        assertEquals(Timeline.at(20), still.at());
    }

    @Test
    void movingBeyondTheRadiusEndsStationary() {
        Timeline t = new Timeline(GEOMETRIES.plan(List.of(World.area("a1", GRIDS))), RULES, 4);
        for (int m = 0; m <= 25; m++) {
            t.fix(m, 100, 100);
        }
        t.fix(26, 150, 100);
        ConditionEnded moved = t.ended(ConditionKind.STATIONARY).get(0);
        assertEquals(Resolution.CONDITION_CLEARED, moved.resolution());
        assertEquals(Timeline.at(26), moved.at());
        t.fix(27, 160, 100);
        assertEquals(1, t.started(ConditionKind.STATIONARY).size());
    }

    @Test
    void aFixedPostIsNeverStationary() {
        ShiftPlan post = GEOMETRIES.plan(List.of(World.post("p1", 0, 0, 30)));
        Timeline t = new Timeline(post, RULES, 4);
        for (int m = 0; m < 120; m++) {
            t.fix(m, 0, 0);
        }
        assertTrue(t.started(ConditionKind.STATIONARY).isEmpty());
        assertEquals(1, t.all(Arrived.class).size());
    }
}
