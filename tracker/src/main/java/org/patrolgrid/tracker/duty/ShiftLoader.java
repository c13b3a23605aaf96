package org.patrolgrid.tracker.duty;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.patrolgrid.geofence.attendance.AttendanceEvent;
import org.patrolgrid.geofence.attendance.AttendanceProcessor;
import org.patrolgrid.geofence.attendance.AttendanceState;
import org.patrolgrid.geofence.attendance.ShiftPlan;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.tracker.storage.AlertTable;
import org.patrolgrid.tracker.storage.AlertTable.StoredAlert;
import org.patrolgrid.tracker.storage.DutyTables;

/**
 * Brings a shift onto its owner from what is stored: its positions are replayed through the processor (so a shift
 * that began before the server started, or before a crash, continues from the same state), and its alerts are read
 * so that the owner can reconcile them instead of opening them twice.
 */
public final class ShiftLoader {
    /**
     * A shift brought up from storage. {@code events} is non-null when the shift had no stored alerts: it was then run
     * forward through its stored positions as if live (a tick at each fix time, then one at now), and these are the
     * events of that run (and its positions, for the device rules), to be raised as alerts. Otherwise the stored alerts are reconciled with the replayed state.
     */
    public record Loaded(
            ShiftDuty duty,
            List<StoredAlert> alerts,
            Instant lastFix,
            List<AttendanceEvent> events,
            List<Position> positions) {}

    private final DutyTables tables;
    private final AlertTable alerts;
    private final AttendanceProcessor processor;
    private final Clock clock;

    public ShiftLoader(DutyTables tables, AlertTable alerts, AttendanceProcessor processor, Clock clock) {
        this.tables = tables;
        this.alerts = alerts;
        this.processor = processor;
        this.clock = clock;
    }

    public Future<Loaded> load(Shift shift, ShiftPlan plan) {
        Instant from = shift.start().minusMillis(ShiftDuty.EARLY_MILLIS);
        return tables.positions(shift.device(), from, shift.end())
                .compose(positions -> alerts.ofShift(shift.id()).map(stored -> {
                    Instant now = clock.instant();
                    Instant last = positions.isEmpty()
                            ? Instant.MIN
                            : positions.get(positions.size() - 1).fixTime();
                    if (!stored.isEmpty()) {
                        AttendanceState state = processor.replay(shift, plan, positions, now);
                        return new Loaded(new ShiftDuty(shift, state, plan, last), stored, last, null, List.of());
                    }
                    AttendanceState state = processor.start(shift, plan);
                    List<AttendanceEvent> events = forward(shift, state, positions, now);
                    return new Loaded(new ShiftDuty(shift, state, plan, last), stored, last, events, positions);
                }));
    }

    /**
     * Runs a shift forward through its stored positions in fix-time order, with the clock ticked to each fix time and
     * to the shift's own deadlines (arrival, end) on the way, so that a shift whose data was uploaded after the fact
     * (an audit of a past day, a device that was offline) raises the same conditions, at the same times, as a live run.
     */
    private List<AttendanceEvent> forward(Shift shift, AttendanceState state, List<Position> positions, Instant now) {
        List<AttendanceEvent> events = new ArrayList<>();
        Deque<Instant> deadlines = new ArrayDeque<>(List.of(shift.arrivalDeadline(), shift.end()));
        for (Position p : positions) {
            Instant t = p.fixTime().isBefore(now) ? p.fixTime() : now;
            while (!deadlines.isEmpty() && !deadlines.peek().isAfter(t)) {
                events.addAll(processor.onTick(state, deadlines.poll()));
            }
            events.addAll(processor.onTick(state, t));
            events.addAll(processor.onPosition(state, p));
        }
        while (!deadlines.isEmpty() && !deadlines.peek().isAfter(now)) {
            events.addAll(processor.onTick(state, deadlines.poll()));
        }
        events.addAll(processor.onTick(state, now));
        return events;
    }

    /** The shift rebuilt from its stored positions only (after late data that came out of order). */
    public Future<ShiftDuty> rebuild(ShiftDuty live) {
        Shift shift = live.shift();
        Instant from = shift.start().minusMillis(ShiftDuty.EARLY_MILLIS);
        return tables.positions(shift.device(), from, shift.end()).map(positions -> {
            AttendanceState state = processor.replay(shift, live.plan(), positions, clock.instant());
            Instant last = positions.isEmpty()
                    ? Instant.MIN
                    : positions.get(positions.size() - 1).fixTime();
            return new ShiftDuty(shift, state, live.plan(), last);
        });
    }
}
