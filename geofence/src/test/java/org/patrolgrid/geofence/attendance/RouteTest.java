package org.patrolgrid.geofence.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.geofence.zone.RouteZone;

/** An L-shaped route: 0,0 to 400,0 to 400,200, 30 m wide, with a checkpoint at each end. */
class RouteTest {
    private static final RouteZone ROUTE = World.route(
            "r1",
            30,
            List.of(World.checkpoint("cp-a", 0, 0, 20), World.checkpoint("cp-b", 400, 200, 20)),
            0,
            0,
            400,
            0,
            400,
            200);
    private static final ShiftPlan PLAN = World.geometries(List.of()).plan(List.of(ROUTE));
    private static final ShiftRules RULES = ShiftRules.of(null, 1.0, null, null, 0.0);

    @Test
    void adherenceIsTheShareOfTheRouteWalkedInTheCorridor() {
        Timeline t = new Timeline(PLAN, RULES, 1);
        t.walk(0, 5, 5, 0, 300, 3); // 300 m of the 600 m, 3 m off the line
        AttendanceRecord record = t.record(10);
        assertEquals(0.5, record.routeAdherence(), 0.02);
        assertEquals(record.routeAdherence(), record.coverage(), 1e-12);
    }

    @Test
    void checkpointsAreVisitedAndTheRestMissedAtTheEnd() {
        Timeline t = new Timeline(PLAN, RULES, 1);
        t.walk(0, 5, 5, 0, 300, 0);
        assertEquals("cp-a", t.all(CheckpointVisited.class).get(0).checkpointId());
        assertTrue(t.started(ConditionKind.CHECKPOINT_MISSED).isEmpty(), "missed is decided at the end");
        t.tick(60);
        ConditionStarted missed = t.started(ConditionKind.CHECKPOINT_MISSED).get(0);
        assertEquals("cp-b", missed.detail());
        AttendanceRecord record = t.record(60);
        assertEquals(1, record.checkpointsVisited());
        assertEquals(2, record.checkpointsTotal());
        assertEquals(AttendanceStatus.INCOMPLETE, record.status());
    }

    @Test
    void lateDataVisitingTheMissedCheckpointResolvesIt() {
        Timeline t = new Timeline(PLAN, RULES, 1);
        t.fix(0, 0, 0);
        t.tick(60);
        t.fix(50, 400, 195);
        assertEquals(
                Resolution.LATE_DATA,
                t.ended(ConditionKind.CHECKPOINT_MISSED).get(0).resolution());
        assertEquals(2, t.record(61).checkpointsVisited());
    }

    @Test
    void leavingTheCorridorBeyondTheToleranceIsRouteDeviation() {
        Timeline t = new Timeline(PLAN, RULES, 1);
        t.fix(0, 0, 0);
        t.fix(1, 100, 0);
        for (double m = 2; m <= 4; m += 0.5) {
            t.fix(m, 100, 100); // 100 m north of the line
        }
        ConditionStarted off = t.started(ConditionKind.ROUTE_DEVIATION).get(0);
        assertEquals(Timeline.at(2), off.since());
        assertTrue(t.started(ConditionKind.OFF_POST).isEmpty(), "a route-only shift reports route deviation");
        t.fix(5, 150, 0);
        assertEquals(
                Resolution.CONDITION_CLEARED,
                t.ended(ConditionKind.ROUTE_DEVIATION).get(0).resolution());
    }

    @Test
    void aShiftWithoutARouteHasNoAdherence() {
        ShiftPlan post = World.geometries(List.of()).plan(List.of(World.post("p", 0, 0, 30)));
        Timeline t = new Timeline(post, RULES, 1);
        t.fix(0, 0, 0);
        assertNull(t.record(30).routeAdherence());
        assertEquals(0.5, t.record(30).coverage(), 1e-9, "a post's coverage is its share of time on duty");
    }
}
