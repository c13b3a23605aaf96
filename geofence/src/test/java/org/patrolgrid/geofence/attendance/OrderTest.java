package org.patrolgrid.geofence.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.geofence.shift.Schedule;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.geofence.zone.GridZone;

class OrderTest {
    private static final List<GridZone> GRIDS = World.grids(4, 2, 100);
    private static final ShiftPlan AREA = World.geometries(GRIDS).plan(List.of(World.area("a1", GRIDS)));

    private static List<Position> patrol() {
        List<Position> track = new ArrayList<>();
        for (int s = 0; s < 3600; s += 10) {
            double leg = (s * 1.2) % 760;
            double x = 10 + (leg < 380 ? leg : 760 - leg); // back and forth at 1.2 m/s
            double y = s < 1800 ? 50 : 150;
            track.add(Timeline.position(s / 60.0, x, y, 5));
        }
        return track;
    }

    @Test
    void batchOutOfOrderGivesTheSameCoverageAndArrival() {
        Timeline sorted = new Timeline(AREA, ShiftRules.DEFAULTS, 1);
        patrol().forEach(sorted::feed);
        List<Position> shuffled = new ArrayList<>(patrol());
        Collections.shuffle(shuffled, new Random(3));
        Timeline mixed = new Timeline(AREA, ShiftRules.DEFAULTS, 1);
        shuffled.forEach(mixed::feed);
        AttendanceRecord a = sorted.record(60);
        AttendanceRecord b = mixed.record(60);
        assertEquals(a.arrivedAt(), b.arrivedAt());
        assertEquals(a.cellsVisited(), b.cellsVisited());
        assertEquals(a.gridsVisited(), b.gridsVisited());
        assertEquals(a.status(), b.status());
        assertTrue(sorted.all(SuspiciousLocation.class).isEmpty());
        assertTrue(mixed.all(SuspiciousLocation.class).isEmpty(), "older fixes are not checked for speed");
    }

    @Test
    void replayFromStoredPositionsRebuildsTheExactState() {
        List<Position> shuffled = new ArrayList<>(patrol());
        Collections.shuffle(shuffled, new Random(5));
        Timeline live = new Timeline(AREA, ShiftRules.DEFAULTS, 1);
        patrol().forEach(live::feed);
        AttendanceState rebuilt = live.processor.replay(live.state.shift(), AREA, shuffled, Timeline.at(60));
        assertEquals(live.record(60), live.processor.record(rebuilt, Timeline.at(60)));
    }

    @Test
    void replayOfAnOutOfOrderBatchResolvesAFalseOffPostAsLateData() {
        ShiftRules rules = ShiftRules.of(null, 0.0, null, null, 0.0);
        Timeline live = new Timeline(AREA, rules, 1);
        List<Position> stored = new ArrayList<>();
        for (int m = 0; m <= 7; m++) {
            stored.add(Timeline.position(m, m < 5 ? 300 : 600, 50, 5));
        }
        stored.forEach(live::feed); // three fixes outside at 5, 6 and 7
        assertTrue(live.state.isOpen(ConditionKind.OFF_POST));
        // a late batch shows fixes on post at 5.5 and 6.5: no three consecutive fixes outside after all
        stored.add(Timeline.position(5.5, 390, 50, 5));
        stored.add(Timeline.position(6.5, 390, 50, 5));
        AttendanceState rebuilt = live.processor.replay(live.state.shift(), AREA, stored, Timeline.at(7));
        List<AttendanceEvent> fix = live.processor.reconcile(live.state, rebuilt, Timeline.at(7));
        assertEquals(1, fix.size());
        ConditionEnded ended = (ConditionEnded) fix.get(0);
        assertEquals(ConditionKind.OFF_POST, ended.kind());
        assertEquals(Timeline.at(5), ended.since());
        assertEquals(Resolution.LATE_DATA, ended.resolution());
    }

    @Test
    void shiftAcrossMidnightTracksAttendanceIntoTheNextDay() {
        Schedule night = new Schedule(
                "night",
                "dev-1",
                List.of("a1"),
                EnumSet.of(java.time.DayOfWeek.MONDAY),
                LocalTime.of(22, 0),
                LocalTime.of(2, 0),
                LocalDate.parse("2026-06-01"),
                LocalDate.parse("2026-06-01"),
                ShiftRules.of(null, null, null, null, 0.0));
        Shift shift = night.shifts().get(0);
        AttendanceProcessor processor = new AttendanceProcessor(AttendanceConfig.DEFAULTS);
        AttendanceState state = processor.start(shift, AREA);
        for (int m = 0; m < 240; m += 1) {
            Position p = Position.of("dev-1", shift.start().plusSeconds(m * 60L), World.lat(50), World.lon(10 + m), 5);
            processor.onPosition(state, p);
        }
        // 00:30 local on Tuesday is within Monday's shift
        assertEquals(
                AttendanceStatus.ON_DUTY,
                processor.record(state, shift.start().plusSeconds(150 * 60)).status());
        processor.onTick(state, shift.end());
        AttendanceRecord record = processor.record(state, shift.end());
        assertEquals(AttendanceStatus.PRESENT, record.status());
        assertEquals(240.0, record.onDutyMinutes(), 1e-9);
    }
}
