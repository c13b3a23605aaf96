package org.patrolgrid.tracker.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.geofence.attendance.AttendanceEvent;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.tracker.duty.ShiftDuty;

/** What one run of the pipeline (a batch or a tick) changed, for the tail to persist and publish. */
public final class Changes {
    /** Attendance events of the current position, not yet turned into alerts. */
    final List<AttendanceEvent> events = new ArrayList<>();

    private final List<Alert> alerts = new ArrayList<>();
    private final Set<ShiftDuty> dirty = new LinkedHashSet<>();
    private final List<Position> passed = new ArrayList<>();
    private final Set<ShiftDuty> stale = new LinkedHashSet<>();

    public void alert(Alert alert) {
        alerts.add(alert);
    }

    public void dirty(ShiftDuty shift) {
        dirty.add(shift);
    }

    /** The shift saw a fix older than one it had: rebuild it from storage. */
    public void stale(ShiftDuty shift) {
        stale.add(shift);
    }

    public Set<ShiftDuty> stale() {
        return stale;
    }

    public void passed(Position p) {
        passed.add(p);
    }

    public List<Alert> alerts() {
        return alerts;
    }

    public Set<ShiftDuty> dirty() {
        return dirty;
    }

    public List<Position> passedPositions() {
        return passed;
    }

    /** Events of the current position; the alert step drains them. */
    public List<AttendanceEvent> events() {
        return events;
    }
}
