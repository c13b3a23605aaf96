package org.patrolgrid.geofence.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.geofence.zone.GridZone;

/** The area is x, y in 0..200 m. */
class FenceTest {
    private static final List<GridZone> GRIDS = World.grids(2, 2, 100);
    private static final ShiftPlan AREA = World.geometries(GRIDS).plan(List.of(World.area("a1", GRIDS)));
    /** Two minutes of tolerance. */
    private static final ShiftRules RULES = ShiftRules.of(null, 2.0, null, null, 0.0);

    private static Timeline arrived() {
        Timeline t = new Timeline(AREA, RULES, 4);
        t.fix(0, 100, 100);
        return t;
    }

    @Test
    void offPostNeedsConsecutiveOutsideFixesAndTheTolerance() {
        Timeline t = arrived();
        t.fix(10, 300, 100);
        t.fix(10.5, 310, 100);
        t.fix(11, 320, 100);
        assertTrue(t.started(ConditionKind.OFF_POST).isEmpty(), "three fixes but only one minute outside");
        t.fix(12, 330, 100);
        ConditionStarted off = t.started(ConditionKind.OFF_POST).get(0);
        assertEquals(Timeline.at(10), off.since());
        assertEquals(Timeline.at(12), off.at());
    }

    @Test
    void returningEndsOffPostAndCountsItsMinutes() {
        Timeline t = arrived();
        for (int m = 10; m <= 15; m++) {
            t.fix(m, 300, 100);
        }
        t.fix(16, 150, 100);
        ConditionEnded back = t.ended(ConditionKind.OFF_POST).get(0);
        assertEquals(Resolution.CONDITION_CLEARED, back.resolution());
        assertEquals(Timeline.at(16), back.at());
        assertEquals(6.0, t.record(20).offPostMinutes(), 1e-9);
        assertEquals(14.0, t.record(20).onDutyMinutes(), 1e-9);
    }

    @Test
    void singleBadFixNeverFlips() {
        Timeline t = arrived();
        for (int m = 1; m < 60; m++) {
            t.fix(m, m == 30 ? 900 : 100, 100, m == 30 ? 3 : 5);
        }
        assertTrue(t.started(ConditionKind.OFF_POST).isEmpty());
    }

    @Test
    void poorAccuracyNeverFlips() {
        Timeline t = new Timeline(AREA, ShiftRules.of(null, 0.0, null, null, 0.0), 4);
        t.fix(0, 100, 100);
        for (int m = 1; m < 30; m++) {
            t.fix(m, 400, 100, 80); // far outside but 80 m accuracy, worse than the 50 m limit
        }
        assertTrue(t.started(ConditionKind.OFF_POST).isEmpty());
        for (int m = 30; m < 60; m++) {
            t.fix(m, 230, 100, 40); // 30 m outside, accuracy circle touches the area
        }
        assertTrue(t.started(ConditionKind.OFF_POST).isEmpty());
    }

    @Test
    void gpsJitterAtTheFenceEdgeDoesNotFlap() {
        Timeline t = new Timeline(AREA, ShiftRules.of(null, 0.0, null, null, 0.0), 4);
        t.fix(0, 100, 100);
        java.util.Random random = new java.util.Random(7);
        for (int s = 0; s < 3 * 3600; s += 5) {
            double x = 200 + random.nextGaussian() * 6; // standing on the east edge, 6 m jitter
            t.fix(1 + s / 60.0, x, 100, 8);
        }
        assertTrue(t.started(ConditionKind.OFF_POST).isEmpty());
        assertTrue(t.ended(ConditionKind.OFF_POST).isEmpty());
    }

    @Test
    void offPostAtShiftEndBecomesEarlyLeave() {
        Timeline t = arrived();
        for (int m = 200; m < 240; m++) {
            t.fix(m, 500, 500);
        }
        assertEquals(1, t.started(ConditionKind.OFF_POST).size());
        assertTrue(t.started(ConditionKind.EARLY_LEAVE).isEmpty(), "decided at the end");
        t.tick(240);
        assertEquals(
                Resolution.SHIFT_ENDED, t.ended(ConditionKind.OFF_POST).get(0).resolution());
        ConditionStarted early = t.started(ConditionKind.EARLY_LEAVE).get(0);
        assertEquals(Timeline.at(200), early.since());
        AttendanceRecord record = t.record(240);
        assertEquals(record, t.all(ShiftEnded.class).get(0).record(), "the end reports the final record");
        assertEquals(AttendanceStatus.EARLY_LEAVE, record.status());
        assertEquals(Timeline.at(200), record.leftAt());
        assertEquals(40.0, record.offPostMinutes(), 1e-9);
    }

    @Test
    void lateDataShowingAReturnResolvesEarlyLeave() {
        Timeline t = arrived();
        for (int m = 200; m < 210; m++) {
            t.fix(m, 500, 500);
        }
        t.tick(240);
        t.fix(215, 100, 100); // buffered fix uploaded after the end
        ConditionEnded resolved = t.ended(ConditionKind.EARLY_LEAVE).get(0);
        assertEquals(Resolution.LATE_DATA, resolved.resolution());
        AttendanceRecord record = t.record(241);
        assertEquals(AttendanceStatus.PRESENT, record.status());
        assertEquals(15.0, record.offPostMinutes(), 1e-9);
    }

    @Test
    void offPostFixCountIsConfigurable() {
        Timeline t = new Timeline(
                AREA, ShiftRules.of(null, 0.0, null, null, 0.0), 4, AttendanceConfig.DEFAULTS.withOffPostFixes(5));
        t.fix(0, 100, 100);
        for (int k = 1; k <= 4; k++) {
            t.fix(k, 400, 100);
        }
        assertTrue(t.started(ConditionKind.OFF_POST).isEmpty());
        t.fix(5, 400, 100);
        assertEquals(1, t.started(ConditionKind.OFF_POST).size());
    }
}
