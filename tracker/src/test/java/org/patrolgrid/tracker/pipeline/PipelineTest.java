package org.patrolgrid.tracker.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.alerts.AlertKind;
import org.patrolgrid.alerts.rules.AlertBook;
import org.patrolgrid.alerts.rules.AlertRules;
import org.patrolgrid.alerts.rules.DeviceRules;
import org.patrolgrid.geofence.attendance.AttendanceConfig;
import org.patrolgrid.geofence.attendance.AttendanceProcessor;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.tracker.duty.DeviceDuty;
import org.patrolgrid.tracker.duty.ShiftDuty;
import org.patrolgrid.tracker.metrics.DutyMetrics;
import org.patrolgrid.tracker.support.OneGridShift;

/** The pipeline's steps alone: pure, synchronous, fed with a scripted timeline (no server, no database). */
class PipelineTest {
    private static final Instant T0 = OneGridShift.T0;
    private static final double LAT = OneGridShift.LAT;
    private static final double LON = OneGridShift.LON;

    private final AttendanceProcessor processor = new AttendanceProcessor(AttendanceConfig.DEFAULTS);
    private final AlertBook book = new AlertBook();
    private final Pipeline pipeline = new Pipeline(
            List.of(
                    new FilterStep(),
                    new AttendanceStep(processor),
                    new AlertStep(book, new AlertRules(), new DeviceRules())),
            DutyMetrics.noop());
    private DeviceDuty device;
    private ShiftDuty shift;

    @BeforeEach
    void shiftOnOneGrid() {
        shift = OneGridShift.start(processor);
        device = new DeviceDuty("d-1");
        device.shifts().add(shift);
    }

    private static Position at(long minutes, double lat, Map<String, Object> attributes) {
        Instant t = T0.plus(Duration.ofMinutes(minutes));
        return new Position(
                "d-1", t, lat, LON, 5, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, t, attributes);
    }

    private static Position inside(long minutes) {
        return at(minutes, LAT, Map.of());
    }

    private static Position outside(long minutes) {
        return at(minutes, LAT + 0.005, Map.of());
    }

    private List<AlertKind> opened(Changes out) {
        return out.alerts().stream().map(Alert::kind).toList();
    }

    @Test
    void aBatchIsRunInFixTimeOrderWhateverOrderItCameIn() {
        List<Position> batch = new ArrayList<>();
        for (int m = 0; m < 10; m++) {
            batch.add(inside(m));
        }
        for (int m = 10; m < 20; m++) {
            batch.add(outside(m));
        }
        java.util.Collections.reverse(batch);
        Changes out = new Changes();
        pipeline.run(device, batch, out);

        assertEquals(List.of(AlertKind.OFF_POST), opened(out));
        assertEquals(20, out.passedPositions().size());
        assertEquals(T0, out.passedPositions().get(0).fixTime());
        assertTrue(out.stale().isEmpty());
        assertTrue(out.dirty().contains(shift));
    }

    @Test
    void aRepeatedFixIsDropped() {
        Changes out = new Changes();
        pipeline.run(device, List.of(inside(1), inside(1), inside(2)), out);

        assertEquals(2, out.passedPositions().size());
    }

    @Test
    void aFixOlderThanOneAlreadySeenMarksTheShiftForARebuild() {
        pipeline.run(device, List.of(inside(10), inside(11)), new Changes());
        Changes late = new Changes();
        pipeline.run(device, List.of(inside(5)), late);

        assertEquals(List.of(shift), List.copyOf(late.stale()));
    }

    @Test
    void anSosOpensAnAlertOnTheCurrentShiftAtOnce() {
        Changes out = new Changes();
        pipeline.run(device, List.of(at(30, LAT, Map.of("type", "sos", "sos", true))), out);

        // The fix is also the (late) arrival; the sos comes with it.
        assertEquals(List.of(AlertKind.LATE, AlertKind.SOS), opened(out));
        Alert sos = out.alerts().get(1);
        assertEquals("7", sos.shift());
        assertEquals(T0.plus(Duration.ofMinutes(30)), sos.openedAt());
    }
}
