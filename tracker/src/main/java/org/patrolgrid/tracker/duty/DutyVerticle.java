package org.patrolgrid.tracker.duty;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.patrolgrid.alerts.rules.AlertBook;
import org.patrolgrid.alerts.rules.AlertRules;
import org.patrolgrid.alerts.rules.DeviceRules;
import org.patrolgrid.geofence.attendance.AttendanceEvent;
import org.patrolgrid.geofence.attendance.AttendanceProcessor;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.tracker.alerting.AlertIds;
import org.patrolgrid.tracker.alerting.AlertWriter;
import org.patrolgrid.tracker.metrics.DutyMetrics;
import org.patrolgrid.tracker.pipeline.AlertStep;
import org.patrolgrid.tracker.pipeline.AttendanceStep;
import org.patrolgrid.tracker.pipeline.Changes;
import org.patrolgrid.tracker.pipeline.FilterStep;
import org.patrolgrid.tracker.pipeline.Pipeline;
import org.patrolgrid.tracker.storage.AlertTable;
import org.patrolgrid.tracker.storage.AttendanceTable;
import org.patrolgrid.tracker.storage.Database;
import org.patrolgrid.tracker.storage.DutyTables;

/**
 * The owner of a set of devices, one per event loop: their shifts' attendance state, the alert book, the pipeline and
 * the shift timers. Everything here runs on this verticle's loop, so nothing is locked; other threads reach it
 * through {@link DutyInbox}, whose calls hop onto the loop. Only the tail does I/O.
 */
public final class DutyVerticle extends VerticleBase implements DutyInbox {
    /**
     * Tuning: the tick period of the shift timers; how often dirty attendance records are written, and how often at
     * most a record whose only change is its running figures (minutes, adherence) is; how long a passed position may
     * wait to be published to the live stream with others.
     */
    public record Options(Duration tick, Duration flushEvery, Duration refreshEvery, Duration feedEvery) {}

    private final Database database;
    private final Clock clock;
    private final DutyMetrics metrics;
    private final Options options;
    private final AttendanceProcessor processor;
    private final DutyBacklog backlog;
    private final AlertRules rules = new AlertRules();
    private final AlertBook book = new AlertBook();
    private final AlertIds ids = new AlertIds();
    private final DutyDesk desk = new DutyDesk();
    private Pool pool;
    private Pipeline pipeline;
    private AlertStep alertStep;
    private AlertWriter alertWriter;
    private AttendanceFlusher flusher;
    private ShiftActivator activator;
    private PositionFeed feed;
    private long timer;
    private long nextTickDue;

    public DutyVerticle(
            Database database,
            Clock clock,
            DutyMetrics metrics,
            Options options,
            AttendanceProcessor processor,
            DutyBacklog backlog) {
        this.database = database;
        this.backlog = backlog;
        this.clock = clock;
        this.metrics = metrics;
        this.options = options;
        this.processor = processor;
    }

    @Override
    public Future<?> start() {
        pool = database.pool(vertx, 2);
        DeviceRules deviceRules = new DeviceRules();
        alertStep = new AlertStep(book, rules, deviceRules);
        pipeline = new Pipeline(List.of(new FilterStep(), new AttendanceStep(processor), alertStep), metrics);
        alertWriter = new AlertWriter(new AlertTable(pool), ids, vertx.eventBus(), metrics, desk::zoneOf);
        feed = new PositionFeed(vertx, options.feedEvery());
        flusher = new AttendanceFlusher(
                new AttendanceTable(pool), processor, vertx.eventBus(), options.flushEvery(), options.refreshEvery());
        ShiftLoader loader = new ShiftLoader(new DutyTables(pool), new AlertTable(pool), processor, clock);
        activator = new ShiftActivator(
                desk, loader, book, ids, rules, deviceRules, processor, clock, this::committed, this::finishLoad);
        long period = options.tick().toMillis();
        nextTickDue = System.nanoTime() + period * 1_000_000;
        timer = vertx.setPeriodic(period, id -> tick(period));
        return Future.succeededFuture();
    }

    @Override
    public void positions(List<Position> positions, Future<Void> stored) {
        backlog.added(positions.size());
        context.runOnContext(v -> {
            try {
                onPositions(positions, stored);
            } finally {
                backlog.done(positions.size());
            }
        });
    }

    @Override
    public void deviceEvent(Position event) {
        context.runOnContext(v -> {
            Changes out = new Changes();
            alertStep.apply(desk.device(event.device()), event, out);
            tail(out);
        });
    }

    @Override
    public Future<Void> roster(ZoneSnapshot zones, List<Shift> shifts) {
        Promise<Void> applied = Promise.promise();
        context.runOnContext(v -> {
            try {
                tail(activator.roster(zones, shifts));
            } finally {
                applied.complete();
            }
        });
        return applied.future();
    }

    @Override
    public void alertHandled(JsonObject alert) {
        context.runOnContext(v -> ManualHandling.apply(book, ids, alert, clock.instant()));
    }

    /**
     * Ends on this loop once the device's positions handed over so far are committed (or failed): a shift is loaded or
     * rebuilt from storage only then, so that the fixes the owner has already seen are in what it reads.
     */
    private Future<Void> committed(DeviceDuty device) {
        Future<Void> store = device.lastStore();
        if (store.isComplete()) {
            return Future.succeededFuture();
        }
        Promise<Void> onLoop = Promise.promise();
        store.onComplete(ar -> context.runOnContext(v -> onLoop.complete()));
        return onLoop.future();
    }

    private void onPositions(List<Position> positions, Future<Void> stored) {
        DeviceDuty device = desk.device(positions.get(0).device());
        device.storing(stored);
        if (device.isLoading()) {
            device.hold(positions);
            return;
        }
        Changes out = new Changes();
        pipeline.run(device, positions, out);
        tail(out);
    }

    private void finishLoad(DeviceDuty device, List<Position> held, Changes reconciled) {
        tail(reconciled);
        if (!held.isEmpty()) {
            // Held fixes are mostly in the replay already: they count again only where counting is idempotent
            // (arrival, coverage), and do not trigger another rebuild.
            Changes out = new Changes();
            pipeline.run(device, held, out);
            out.stale().clear();
            tail(out);
        }
    }

    private void tick(long periodMillis) {
        long started = System.nanoTime();
        metrics.timerLag(started - nextTickDue);
        nextTickDue = started + periodMillis * 1_000_000;
        Instant now = clock.instant();
        Changes out = new Changes();
        for (ShiftDuty s : desk.shifts()) {
            List<AttendanceEvent> events = processor.onTick(s.state(), now);
            AlertStep.markDirty(s, events, out);
            alertStep.onEvents(s.shift().device(), events, out);
        }
        tail(out);
        flusher.maybeFlush(desk, now, false);
    }

    /**
     * The only I/O: alerts are written then published; records marked for the coalesced flush; stale shifts rebuilt
     * from storage; positions handed to the live feed.
     */
    private void tail(Changes out) {
        out.dirty().forEach(ShiftDuty::markDirty);
        out.stale().forEach(activator::rebuild);
        if (!out.alerts().isEmpty()) {
            alertWriter.write(out.alerts());
        }
        feed.add(out.passedPositions());
    }

    @Override
    public Future<?> stop() {
        vertx.cancelTimer(timer);
        feed.flush();
        return flusher.maybeFlush(desk, clock.instant(), true)
                .compose(v -> alertWriter.drained())
                .eventually(() -> pool.close());
    }
}
