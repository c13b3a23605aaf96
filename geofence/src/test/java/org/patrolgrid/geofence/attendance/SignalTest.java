package org.patrolgrid.geofence.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.geofence.zone.GridZone;

class SignalTest {
    private static final List<GridZone> GRIDS = World.grids(2, 2, 100);
    private static final ShiftPlan AREA = World.geometries(GRIDS).plan(List.of(World.area("a1", GRIDS)));

    private static Timeline arrived() {
        Timeline t = new Timeline(AREA, ShiftRules.DEFAULTS, 4);
        t.fix(0, 100, 100);
        t.fix(20, 100, 110);
        return t;
    }

    @Test
    void signalLostFiresOnTheClockAfterTheLimit() {
        Timeline t = arrived();
        assertTrue(t.tick(29.9).isEmpty());
        ConditionStarted lost = (ConditionStarted) t.tick(30).get(0);
        assertEquals(ConditionKind.SIGNAL_LOST, lost.kind());
        assertEquals(Timeline.at(20), lost.since());
        assertEquals(Timeline.at(30), lost.at());
        assertTrue(t.tick(31).isEmpty(), "one signal loss at a time");
        assertEquals(AttendanceStatus.ON_DUTY, t.record(31).status(), "no data is not absence");
        assertTrue(t.state.isOpen(ConditionKind.SIGNAL_LOST));
    }

    @Test
    void fixAfterARealGapRegainsSignalAsConditionCleared() {
        Timeline t = arrived();
        t.tick(30);
        t.fix(45, 100, 100);
        ConditionEnded regained = t.ended(ConditionKind.SIGNAL_LOST).get(0);
        assertEquals(Resolution.CONDITION_CLEARED, regained.resolution());
        assertEquals(Timeline.at(45), regained.at());
    }

    @Test
    void lateDataResolvesSignalLost() {
        Timeline t = arrived();
        t.tick(30);
        t.tick(40);
        for (double m = 20.5; m < 40; m += 0.5) {
            t.fix(m, 100, 100); // the buffer of a device that was offline but kept its GPS on
        }
        ConditionEnded resolved = t.ended(ConditionKind.SIGNAL_LOST).get(0);
        assertEquals(Resolution.LATE_DATA, resolved.resolution());
        assertEquals(1, t.ended(ConditionKind.SIGNAL_LOST).size());
    }

    @Test
    void noSignalLossBeforeTheDeviceHasReported() {
        Timeline t = new Timeline(AREA, ShiftRules.DEFAULTS, 4);
        t.tick(60);
        assertTrue(t.started(ConditionKind.SIGNAL_LOST).isEmpty());
        assertEquals(1, t.started(ConditionKind.ABSENT).size());
    }
}
