package org.patrolgrid.tracker.duty;

import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.patrolgrid.geofence.attendance.AttendanceProcessor;
import org.patrolgrid.geofence.attendance.AttendanceRecord;
import org.patrolgrid.tracker.alerting.DutyJson;
import org.patrolgrid.tracker.storage.AttendanceTable;
import org.patrolgrid.web.bus.BusAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coalesces attendance writes: shifts whose record changed are marked dirty, and at most every {@code interval} the
 * dirty records are upserted in one batch, then published on {@link BusAddress#ATTENDANCE_CHANGED}. One flush at a
 * time; a failed flush marks its shifts dirty again.
 */
public final class AttendanceFlusher {
    private static final Logger LOG = LoggerFactory.getLogger(AttendanceFlusher.class);
    private final AttendanceTable table;
    private final AttendanceProcessor processor;
    private final EventBus bus;
    private final Duration interval;
    private Instant lastFlush = Instant.MIN;
    private boolean flushing;

    public AttendanceFlusher(AttendanceTable table, AttendanceProcessor processor, EventBus bus, Duration interval) {
        this.table = table;
        this.processor = processor;
        this.bus = bus;
        this.interval = interval;
    }

    /** Flushes the dirty records when the interval has passed (or {@code force}) and no flush is running. */
    public Future<Void> maybeFlush(Collection<ShiftDuty> shifts, Instant now, boolean force) {
        if (flushing || (!force && now.isBefore(lastFlush.plus(interval)))) {
            return Future.succeededFuture();
        }
        List<ShiftDuty> dirty = new ArrayList<>();
        List<AttendanceTable.Row> rows = new ArrayList<>();
        for (ShiftDuty s : shifts) {
            if (s.takeDirty()) {
                dirty.add(s);
                AttendanceRecord record = processor.record(s.state(), now);
                rows.add(new AttendanceTable.Row(
                        record, s.state().visitedGridIds(), s.state().visitedCells()));
            }
        }
        lastFlush = now;
        if (rows.isEmpty()) {
            return Future.succeededFuture();
        }
        flushing = true;
        return table.upsert(rows)
                .onSuccess(v ->
                        rows.forEach(r -> bus.publish(BusAddress.ATTENDANCE_CHANGED, DutyJson.attendance(r.record()))))
                .onFailure(e -> {
                    LOG.warn("{} attendance records not stored, retrying: {}", rows.size(), e.getMessage());
                    dirty.forEach(ShiftDuty::markDirty);
                })
                .eventually(() -> {
                    flushing = false;
                    return Future.succeededFuture();
                });
    }
}
