package org.patrolgrid.tracker.duty;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.patrolgrid.geofence.attendance.AttendanceProcessor;
import org.patrolgrid.geofence.attendance.AttendanceState;
import org.patrolgrid.geofence.attendance.ShiftPlan;
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
    /** A shift rebuilt from storage. */
    public record Loaded(ShiftDuty duty, List<StoredAlert> alerts, Instant lastFix) {}

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
                    AttendanceState state = processor.replay(shift, plan, positions, clock.instant());
                    Instant last = positions.isEmpty()
                            ? Instant.MIN
                            : positions.get(positions.size() - 1).fixTime();
                    return new Loaded(new ShiftDuty(shift, state, plan, last), stored, last);
                }));
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
