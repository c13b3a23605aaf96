package org.patrolgrid.tracker.duty;

import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.geofence.attendance.AttendanceProcessor;
import org.patrolgrid.geofence.attendance.AttendanceRecord;
import org.patrolgrid.tracker.alerting.DutyJson;
import org.patrolgrid.tracker.storage.AttendanceTable;
import org.patrolgrid.web.bus.BusAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coalesces attendance writes. Shifts whose record changed are marked dirty; at most every {@code interval} the dirty
 * records worth a write ({@link ShiftDuty#writeDue}: a milestone at once, running figures at most every
 * {@code refresh}) are upserted in one batch, then published as one array on {@link BusAddress#ATTENDANCE_CHANGED}.
 * Retired shifts and a forced flush (on stop) write every dirty record. One flush at a time; a failed flush marks its
 * shifts dirty again.
 */
public final class AttendanceFlusher {
    private static final Logger LOG = LoggerFactory.getLogger(AttendanceFlusher.class);
    private final AttendanceTable table;
    private final AttendanceProcessor processor;
    private final EventBus bus;
    private final Duration interval;
    private final Duration refresh;
    private Instant lastFlush = Instant.MIN;
    private boolean flushing;

    public AttendanceFlusher(
            AttendanceTable table, AttendanceProcessor processor, EventBus bus, Duration interval, Duration refresh) {
        this.table = table;
        this.processor = processor;
        this.bus = bus;
        this.interval = interval;
        this.refresh = refresh;
    }

    /** Flushes when the interval has passed (or {@code force}) and no flush is running. */
    Future<Void> maybeFlush(DutyDesk desk, Instant now, boolean force) {
        if (flushing || (!force && now.isBefore(lastFlush.plus(interval)))) {
            return Future.succeededFuture();
        }
        List<ShiftDuty> due = new ArrayList<>();
        List<AttendanceTable.Row> rows = new ArrayList<>();
        for (ShiftDuty s : desk.takeRetired()) {
            add(s, processor.record(s.state(), now), now, due, rows);
        }
        for (ShiftDuty s : desk.shifts()) {
            if (s.isDirty()) {
                AttendanceRecord record = processor.record(s.state(), now);
                if (force || s.writeDue(record, now, refresh)) {
                    add(s, record, now, due, rows);
                }
            }
        }
        lastFlush = now;
        if (rows.isEmpty()) {
            return Future.succeededFuture();
        }
        flushing = true;
        return table.upsert(rows)
                .onSuccess(v -> bus.publish(BusAddress.ATTENDANCE_CHANGED, published(rows)))
                .onFailure(e -> {
                    LOG.warn("{} attendance records not stored, retrying: {}", rows.size(), e.getMessage());
                    due.forEach(ShiftDuty::markDirty);
                })
                .eventually(() -> {
                    flushing = false;
                    return Future.succeededFuture();
                });
    }

    private static void add(
            ShiftDuty s, AttendanceRecord record, Instant now, List<ShiftDuty> due, List<AttendanceTable.Row> rows) {
        s.written(record, now);
        due.add(s);
        rows.add(new AttendanceTable.Row(
                record, s.state().visitedGridIds(), s.state().visitedCells()));
    }

    private static JsonArray published(List<AttendanceTable.Row> rows) {
        JsonArray out = new JsonArray();
        rows.forEach(r -> out.add(DutyJson.attendance(r.record())));
        return out;
    }
}
