package org.patrolgrid.tracker.pipeline;

import java.util.List;
import org.patrolgrid.alerts.rules.AlertBook;
import org.patrolgrid.alerts.rules.AlertCommand;
import org.patrolgrid.alerts.rules.AlertRules;
import org.patrolgrid.alerts.rules.DeviceRules;
import org.patrolgrid.geofence.attendance.AttendanceEvent;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.tracker.duty.DeviceDuty;
import org.patrolgrid.tracker.duty.ShiftDuty;

/**
 * Turns the attendance events of the position into alert changes (rules over the owner's alert book), then applies
 * the device rules (low battery, sos) to the position itself.
 */
public final class AlertStep implements PositionStep {
    private final AlertBook book;
    private final AlertRules rules;
    private final DeviceRules deviceRules;

    public AlertStep(AlertBook book, AlertRules rules, DeviceRules deviceRules) {
        this.book = book;
        this.rules = rules;
        this.deviceRules = deviceRules;
    }

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public Verdict apply(DeviceDuty device, Position p, Changes out) {
        onEvents(device.device(), out.events, out);
        out.events.clear();
        String shift = device.shiftAt(p.fixTime()).map(s -> s.shift().id()).orElse(null);
        for (AlertCommand command : deviceRules.decide(book, shift, p)) {
            out.alert(book.apply(command));
        }
        return Verdict.CONTINUE;
    }

    /** The alert changes of attendance events (from a position or a clock tick). */
    public void onEvents(String device, List<AttendanceEvent> events, Changes out) {
        for (AttendanceEvent event : events) {
            rules.process(book, device, event).forEach(out::alert);
        }
    }

    /** Marks the shift's record for writing when an event changed it. */
    public static void markDirty(ShiftDuty shift, List<AttendanceEvent> events, Changes out) {
        if (!events.isEmpty()) {
            out.dirty(shift);
        }
    }
}
