package org.patrolgrid.alerts.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.alerts.AlertKind;
import org.patrolgrid.alerts.AlertResolution;
import org.patrolgrid.geofence.attendance.Arrived;
import org.patrolgrid.geofence.attendance.AttendanceEvent;
import org.patrolgrid.geofence.attendance.ConditionEnded;
import org.patrolgrid.geofence.attendance.ConditionStarted;
import org.patrolgrid.geofence.attendance.SuspiciousLocation;

/**
 * Turns attendance events into alert commands, reading (not changing) the {@link AlertBook}:
 *
 * <ul>
 *   <li>A condition that starts opens an alert of the same kind, unless one is already active for (shift, kind).
 *   <li>A condition that comes back within {@link #reopenWithin()} of its alert's automatic resolution reopens that
 *       alert instead of opening a new one (no flapping).
 *   <li>A condition that ends resolves the active alert with the condition's reason; {@code late_data} also corrects an
 *       alert already resolved at the shift end.
 *   <li>A late arrival opens {@code late}; a correction to on time resolves it as {@code late_data}.
 *   <li>A suspicious location opens {@code suspicious_location}, which a person resolves.
 * </ul>
 */
public final class AlertRules {
    /** Default flap tolerance: a condition back within 5 minutes reopens its alert. */
    public static final Duration DEFAULT_REOPEN_WITHIN = Duration.ofMinutes(5);

    private final Duration reopenWithin;

    public AlertRules(Duration reopenWithin) {
        this.reopenWithin = reopenWithin;
    }

    public AlertRules() {
        this(DEFAULT_REOPEN_WITHIN);
    }

    public Duration reopenWithin() {
        return reopenWithin;
    }

    /** The commands for one event of a shift of {@code device}. */
    public List<AlertCommand> decide(AlertBook book, String device, AttendanceEvent event) {
        List<AlertCommand> out = new ArrayList<>(1);
        String shift = event.shiftId();
        if (event instanceof ConditionStarted started) {
            raise(book, device, shift, AlertKind.of(started.kind()), started.at(), started.detail(), out);
        } else if (event instanceof ConditionEnded ended) {
            clear(
                    book,
                    device,
                    shift,
                    AlertKind.of(ended.kind()),
                    ended.at(),
                    AlertResolution.of(ended.resolution()),
                    out);
        } else if (event instanceof Arrived arrived) {
            if (arrived.late()) {
                raise(book, device, shift, AlertKind.LATE, arrived.at(), "arrived " + arrived.at(), out);
            } else if (arrived.corrected()) {
                clear(book, device, shift, AlertKind.LATE, arrived.at(), AlertResolution.LATE_DATA, out);
            }
        } else if (event instanceof SuspiciousLocation s) {
            raise(
                    book,
                    device,
                    shift,
                    AlertKind.SUSPICIOUS_LOCATION,
                    s.at(),
                    s.reason().wireName(),
                    out);
        }
        return out;
    }

    /** Decides and applies the commands of one event; returns the alerts that changed, for the delivery ports. */
    public List<Alert> process(AlertBook book, String device, AttendanceEvent event) {
        return decide(book, device, event).stream().map(book::apply).toList();
    }

    void raise(
            AlertBook book,
            String device,
            String shift,
            AlertKind kind,
            Instant at,
            String detail,
            List<AlertCommand> out) {
        Optional<Alert> last = book.latest(device, shift, kind);
        if (last.isPresent() && last.get().isActive()) {
            return;
        }
        if (last.isPresent() && flapped(last.get(), at)) {
            out.add(new AlertCommand.Reopen(last.get().id(), at));
            return;
        }
        out.add(new AlertCommand.Open(kind, device, shift, at, detail));
    }

    void clear(
            AlertBook book,
            String device,
            String shift,
            AlertKind kind,
            Instant at,
            AlertResolution why,
            List<AlertCommand> out) {
        Optional<Alert> last = book.latest(device, shift, kind);
        if (last.isEmpty()) {
            return;
        }
        Alert alert = last.get();
        boolean correction = !alert.isActive()
                && why == AlertResolution.LATE_DATA
                && alert.resolution() != AlertResolution.MANUAL
                && alert.resolution() != AlertResolution.LATE_DATA;
        if (alert.isActive() || correction) {
            out.add(new AlertCommand.Resolve(alert.id(), at, Alert.SYSTEM, why));
        }
    }

    private boolean flapped(Alert alert, Instant at) {
        return alert.resolution() == AlertResolution.CONDITION_CLEARED
                && Alert.SYSTEM.equals(alert.resolvedBy())
                && !at.isAfter(alert.resolvedAt().plus(reopenWithin));
    }
}
