package org.patrolgrid.tracker.pipeline;

import java.util.List;
import org.patrolgrid.geofence.attendance.AttendanceEvent;
import org.patrolgrid.geofence.attendance.AttendanceProcessor;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.tracker.duty.DeviceDuty;
import org.patrolgrid.tracker.duty.ShiftDuty;

/**
 * Feeds the fix to the attendance processor of each of the device's shifts it concerns (fence, coverage, ...). A fix
 * older than one the shift already saw still counts for arrival and coverage; the shift is also marked stale, so the
 * tail rebuilds it from storage and reconciles the alerts (late data corrects the record).
 */
public final class AttendanceStep implements PositionStep {
    private final AttendanceProcessor processor;

    public AttendanceStep(AttendanceProcessor processor) {
        this.processor = processor;
    }

    @Override
    public String name() {
        return "attendance";
    }

    @Override
    public Verdict apply(DeviceDuty device, Position p, Changes out) {
        for (ShiftDuty shift : device.shifts()) {
            if (shift.concerns(p.fixTime())) {
                if (!shift.inOrder(p.fixTime())) {
                    out.stale(shift);
                }
                List<AttendanceEvent> events = processor.onPosition(shift.state(), p);
                out.events.addAll(events);
                out.dirty(shift);
            }
        }
        return Verdict.CONTINUE;
    }
}
