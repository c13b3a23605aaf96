package org.patrolgrid.geofence.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.geofence.zone.GridZone;

class PresenceTest {
    private static final List<GridZone> GRIDS = World.grids(2, 2, 100);
    private static final ShiftPlan AREA = World.geometries(GRIDS).plan(List.of(World.area("a1", GRIDS)));

    private static Timeline timeline() {
        return new Timeline(AREA, ShiftRules.DEFAULTS, 4);
    }

    @Test
    void arrivalWithinGraceIsOnTime() {
        Timeline t = timeline();
        t.fix(-5, 500, 500);
        assertTrue(t.all(Arrived.class).isEmpty(), "outside is no arrival");
        t.fix(4, 50, 50);
        Arrived arrived = t.all(Arrived.class).get(0);
        assertEquals(Timeline.at(4), arrived.at());
        assertFalse(arrived.late());
        assertEquals(AttendanceStatus.ON_DUTY, t.record(5).status());
    }

    @Test
    void arrivalBeforeStartCountsFromTheStart() {
        Timeline t = timeline();
        t.fix(-10, 50, 50);
        assertEquals(Timeline.at(0), t.all(Arrived.class).get(0).at());
        assertEquals(AttendanceStatus.SCHEDULED, t.record(-1).status());
    }

    @Test
    void arrivalAfterGraceIsLate() {
        Timeline t = timeline();
        t.fix(12, 50, 50);
        assertTrue(t.all(Arrived.class).get(0).late());
        t.tick(240);
        assertEquals(AttendanceStatus.LATE, t.record(240).status());
    }

    @Test
    void absenceFiresAtStartPlusGraceOnTheClockAlone() {
        Timeline t = timeline();
        assertTrue(t.tick(9.9).isEmpty());
        assertEquals(AttendanceStatus.SCHEDULED, t.record(9.9).status());
        List<AttendanceEvent> events = t.tick(10);
        ConditionStarted absent = (ConditionStarted) events.get(0);
        assertEquals(ConditionKind.ABSENT, absent.kind());
        assertEquals(Timeline.at(10), absent.since());
        assertTrue(t.tick(11).isEmpty(), "one absence per shift");
        assertEquals(AttendanceStatus.ABSENT, t.record(11).status());
    }

    @Test
    void lateArrivalClearsAbsenceAsConditionCleared() {
        Timeline t = timeline();
        t.tick(10);
        t.fix(25, 50, 50);
        ConditionEnded ended = t.ended(ConditionKind.ABSENT).get(0);
        assertEquals(Resolution.CONDITION_CLEARED, ended.resolution());
        assertTrue(t.all(Arrived.class).get(0).late());
    }

    @Test
    void lateDataResolvesAbsenceAlert() {
        Timeline t = timeline();
        t.tick(10);
        t.tick(30);
        // the device was on post all along and uploads its buffer at 30 min
        t.fix(2, 50, 50);
        t.fix(3, 60, 50);
        ConditionEnded ended = t.ended(ConditionKind.ABSENT).get(0);
        assertEquals(Resolution.LATE_DATA, ended.resolution());
        assertFalse(t.all(Arrived.class).get(0).late());
        assertEquals(AttendanceStatus.ON_DUTY, t.record(30).status());
    }

    @Test
    void lateDataAfterTheEndTurnsAbsentIntoPresent() {
        Timeline t = new Timeline(AREA, ShiftRules.of(null, null, null, null, 0.0), 1);
        t.tick(10);
        t.tick(60);
        assertEquals(AttendanceStatus.ABSENT, t.record(61).status());
        t.fix(1, 50, 50);
        t.fix(59, 60, 50);
        t.fix(61, 60, 50); // after the end: ignored
        assertEquals(AttendanceStatus.PRESENT, t.record(61).status());
        assertEquals(Timeline.at(1), t.record(61).arrivedAt());
        assertEquals(Timeline.at(59), t.record(61).leftAt());
        assertEquals(Resolution.LATE_DATA, t.ended(ConditionKind.ABSENT).get(0).resolution());
    }

    @Test
    void earlierLateDataCorrectsALateArrival() {
        Timeline t = timeline();
        t.fix(20, 50, 50);
        t.fix(5, 50, 50);
        List<Arrived> arrivals = t.all(Arrived.class);
        assertEquals(2, arrivals.size());
        assertTrue(arrivals.get(1).corrected());
        assertFalse(arrivals.get(1).late());
        assertEquals(Timeline.at(5), t.record(30).arrivedAt());
    }
}
