package org.patrolgrid.tracker.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.attendance.AttendanceConfig;
import org.patrolgrid.geofence.attendance.AttendanceProcessor;
import org.patrolgrid.geofence.attendance.AttendanceRecord;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.tracker.support.OneGridShift;

/** When an owner writes a shift's attendance record: milestones at once, running minutes at most every refresh. */
class ShiftDutyTest {
    private static final Instant T0 = OneGridShift.T0;
    private static final Duration REFRESH = Duration.ofSeconds(5);

    private final AttendanceProcessor processor = new AttendanceProcessor(AttendanceConfig.DEFAULTS);
    private ShiftDuty duty;

    @BeforeEach
    void shiftOnOneGrid() {
        duty = OneGridShift.start(processor);
    }

    private void fix(long seconds, double lat, double lon) {
        Instant t = T0.plusSeconds(seconds);
        processor.onPosition(
                duty.state(),
                new Position(
                        "d-1", t, lat, lon, 5, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, t, Map.of()));
    }

    private AttendanceRecord recordAt(long seconds) {
        return processor.record(duty.state(), T0.plusSeconds(seconds));
    }

    @Test
    void aRecordNeverWrittenIsDue() {
        assertTrue(duty.writeDue(recordAt(0), T0, REFRESH));
    }

    @Test
    void runningMinutesAloneWaitForTheRefresh() {
        fix(0, 30.7527, 120.7590);
        AttendanceRecord first = recordAt(1);
        duty.written(first, T0.plusSeconds(1));
        assertFalse(duty.isDirty());

        AttendanceRecord later = recordAt(4);
        assertTrue(later.onDutyMinutes() > first.onDutyMinutes(), "the minutes ran on");
        assertFalse(duty.writeDue(later, T0.plusSeconds(4), REFRESH));
        assertTrue(duty.writeDue(later, T0.plusSeconds(6), REFRESH));
    }

    @Test
    void aNewCellOrAnotherStatusIsDueAtOnce() {
        fix(0, 30.7524, 120.7587);
        duty.written(recordAt(1), T0.plusSeconds(1));

        for (int i = 1; i <= 6; i++) { // a walk across the grid, 1 m/s: other H3 cells
            fix(15L * i, 30.7524 + 0.0001 * i, 120.7587 + 0.0001 * i);
        }
        AttendanceRecord walked = recordAt(91);
        assertTrue(walked.cellsVisited() > 1, "cells visited: " + walked.cellsVisited());
        assertTrue(duty.writeDue(walked, T0.plusSeconds(2), REFRESH));

        duty.written(walked, T0.plusSeconds(2));
        AttendanceRecord ended = recordAt(Duration.ofHours(5).toSeconds());
        assertTrue(ended.status() != walked.status(), "the shift ended: " + ended.status());
        assertTrue(duty.writeDue(ended, T0.plusSeconds(3), REFRESH));
    }

    @Test
    void aRetiredShiftKeepsAnUnwrittenRecordForOneFlush() {
        DutyDesk desk = new DutyDesk();
        desk.add(duty);
        duty.markDirty();
        desk.retire(duty);
        assertEquals(List.of(duty), desk.takeRetired());
        assertEquals(List.of(), desk.takeRetired());
        assertTrue(desk.shifts().isEmpty());

        desk.add(duty);
        duty.written(recordAt(1), T0.plusSeconds(1));
        desk.retire(duty);
        assertEquals(List.of(), desk.takeRetired(), "nothing left to write");
    }
}
