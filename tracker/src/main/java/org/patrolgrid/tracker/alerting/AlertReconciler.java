package org.patrolgrid.tracker.alerting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.alerts.AlertKind;
import org.patrolgrid.alerts.rules.AlertBook;
import org.patrolgrid.alerts.rules.AlertCommand;
import org.patrolgrid.alerts.rules.AlertRules;
import org.patrolgrid.geofence.attendance.Arrived;
import org.patrolgrid.geofence.attendance.AttendanceEvent;
import org.patrolgrid.geofence.attendance.AttendanceRecord;
import org.patrolgrid.geofence.attendance.AttendanceState;
import org.patrolgrid.geofence.attendance.ConditionEnded;
import org.patrolgrid.geofence.attendance.ConditionKind;
import org.patrolgrid.geofence.attendance.ConditionStarted;
import org.patrolgrid.geofence.attendance.Resolution;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.tracker.storage.AlertTable.StoredAlert;

/**
 * Brings a shift's stored alerts into the owner's book and reconciles them with the state rebuilt by a replay (at
 * load or after a restart): a condition the replay shows open with no alert of this episode opens one; an active
 * alert whose condition the replay no longer shows is resolved ({@code late_data} for the alerts that only missing
 * data raises). Pure: it changes the book and answers the alert changes to write.
 */
public final class AlertReconciler {
    private final AlertRules rules;

    public AlertReconciler(AlertRules rules) {
        this.rules = rules;
    }

    /** Puts stored alerts in the book (oldest first) and binds their rows; nothing is written. */
    public void restore(AlertBook book, AlertIds ids, List<StoredAlert> stored) {
        for (StoredAlert s : stored) {
            Alert a = s.alert();
            Alert opened = book.apply(new AlertCommand.Open(a.kind(), a.device(), a.shift(), a.openedAt(), a.detail()));
            ids.bind(opened.id(), s.rowId());
            if (a.acknowledgedAt() != null) {
                book.apply(new AlertCommand.Acknowledge(opened.id(), a.acknowledgedAt(), a.acknowledgedBy()));
            }
            if (a.resolvedAt() != null) {
                book.apply(new AlertCommand.Resolve(opened.id(), a.resolvedAt(), a.resolvedBy(), a.resolution()));
            }
        }
    }

    /** The alert changes that make the book agree with the rebuilt state. */
    public List<Alert> reconcile(AlertBook book, AttendanceState state, AttendanceRecord record, Instant now) {
        Shift shift = state.shift();
        List<AttendanceEvent> events = new ArrayList<>();
        for (ConditionKind kind : ConditionKind.values()) {
            Optional<Alert> latest = book.latest(shift.device(), shift.id(), AlertKind.of(kind));
            boolean active = latest.isPresent() && latest.get().isActive();
            if (state.isOpen(kind)) {
                Instant since = state.openSince(kind);
                boolean sameEpisode =
                        latest.isPresent() && !latest.get().openedAt().isBefore(since);
                if (!active && !sameEpisode) {
                    events.add(new ConditionStarted(shift.id(), kind, since, now, "replay"));
                }
            } else if (active) {
                events.add(new ConditionEnded(shift.id(), kind, latest.get().openedAt(), now, clearedBy(kind)));
            }
        }
        Instant arrived = record.arrivedAt();
        boolean late = arrived != null && arrived.isAfter(shift.arrivalDeadline());
        if (late && book.latest(shift.device(), shift.id(), AlertKind.LATE).isEmpty()) {
            events.add(new Arrived(shift.id(), arrived, true, false));
        }
        List<Alert> out = new ArrayList<>();
        for (AttendanceEvent e : events) {
            out.addAll(rules.process(book, shift.device(), e));
        }
        return out;
    }

    private static Resolution clearedBy(ConditionKind kind) {
        return kind == ConditionKind.ABSENT || kind == ConditionKind.SIGNAL_LOST
                ? Resolution.LATE_DATA
                : Resolution.CONDITION_CLEARED;
    }
}
