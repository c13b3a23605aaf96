package org.patrolgrid.tracker.duty;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.alerts.rules.AlertBook;
import org.patrolgrid.alerts.rules.AlertRules;
import org.patrolgrid.alerts.rules.DeviceRules;
import org.patrolgrid.geofence.attendance.AttendanceEvent;
import org.patrolgrid.geofence.attendance.AttendanceProcessor;
import org.patrolgrid.geofence.attendance.ShiftPlan;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.tracker.alerting.AlertIds;
import org.patrolgrid.tracker.alerting.AlertReconciler;
import org.patrolgrid.tracker.pipeline.Changes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the owner's active shifts equal to the roster: a new shift is loaded (replayed from storage, its alerts
 * reconciled), a changed one is reloaded, one that left the roster window is retired with its alerts. While a shift
 * of a device loads, that device's positions are held and run afterwards. A load reads storage only after the device's
 * positions seen so far are committed (they reach the owner while their commit runs).
 */
final class ShiftActivator {
    private static final Logger LOG = LoggerFactory.getLogger(ShiftActivator.class);

    /** Called on the owner's loop when a load ended. */
    interface Finish {
        void done(DeviceDuty device, List<Position> held, Changes reconciled);
    }

    private final DutyDesk desk;
    private final ShiftLoader loader;
    private final AlertBook book;
    private final AlertIds ids;
    private final AlertReconciler reconciler;
    private final AttendanceProcessor processor;
    private final Clock clock;
    private final Finish finish;
    private final Function<DeviceDuty, Future<Void>> committed;
    private final Set<String> loading = new HashSet<>();
    private final Set<String> waitingForZones = new HashSet<>();
    private final Set<String> rebuildAgain = new HashSet<>();
    private ZoneSnapshot lastZones = ZoneSnapshot.EMPTY;
    private final AlertRules rules;
    private final DeviceRules deviceRules;

    ShiftActivator(
            DutyDesk desk,
            ShiftLoader loader,
            AlertBook book,
            AlertIds ids,
            AlertRules rules,
            DeviceRules deviceRules,
            AttendanceProcessor processor,
            Clock clock,
            Function<DeviceDuty, Future<Void>> committed,
            Finish finish) {
        this.desk = desk;
        this.loader = loader;
        this.book = book;
        this.ids = ids;
        this.rules = rules;
        this.deviceRules = deviceRules;
        this.reconciler = new AlertReconciler(rules);
        this.processor = processor;
        this.clock = clock;
        this.finish = finish;
        this.committed = committed;
    }

    /** Applies a roster: the shifts (of this owner's devices) that should be active now. */
    Changes roster(ZoneSnapshot zones, List<Shift> shifts) {
        Map<String, Shift> wanted = new HashMap<>();
        shifts.forEach(s -> wanted.put(s.id(), s));
        boolean zonesChanged = zones != lastZones;
        for (ShiftDuty active : new ArrayList<>(desk.shifts())) {
            Shift now = wanted.get(active.shift().id());
            boolean moved = zonesChanged && !zones.sameZones(lastZones, active.shift());
            if (now == null || !now.equals(active.shift()) || moved) {
                retire(active); // a changed shift or zone is loaded again below, replayed on the new geometry
            }
        }
        lastZones = zones;
        for (Shift s : shifts) {
            if (desk.shift(s.id()) == null && !loading.contains(s.id())) {
                Optional<ShiftPlan> plan = plan(zones, s);
                if (plan.isPresent()) {
                    waitingForZones.remove(s.id());
                    load(s, plan.get());
                } else if (waitingForZones.add(s.id())) {
                    LOG.warn("shift {} of {} waits: a zone of {} is unknown", s.id(), s.device(), s.zoneIds());
                }
            }
        }
        return new Changes();
    }

    /** The shift's plan; a zone whose geometry cannot be prepared keeps the shift waiting, not the others. */
    private static Optional<ShiftPlan> plan(ZoneSnapshot zones, Shift s) {
        try {
            return zones.plan(s);
        } catch (RuntimeException e) {
            LOG.warn("shift {}: zones {} unusable: {}", s.id(), s.zoneIds(), e.getMessage());
            return Optional.empty();
        }
    }

    private void load(Shift shift, ShiftPlan plan) {
        loading.add(shift.id());
        DeviceDuty device = desk.device(shift.device());
        device.loadStarted();
        committed.apply(device).compose(v -> loader.load(shift, plan)).onComplete(ar -> {
            loading.remove(shift.id());
            List<Position> held = device.loadEnded();
            Changes out = new Changes();
            if (ar.succeeded()) {
                ShiftLoader.Loaded loaded = ar.result();
                reconciler.restore(book, ids, loaded.alerts());
                Instant now = clock.instant();
                ShiftDuty duty = loaded.duty();
                if (loaded.events() != null) {
                    loaded.events()
                            .forEach(e -> rules.process(book, shift.device(), e).forEach(out::alert));
                } else {
                    reconciler
                            .reconcile(book, duty.state(), processor.record(duty.state(), now), now)
                            .forEach(out::alert);
                }
                desk.add(duty);
                out.dirty(duty);
                if (loaded.lastFix().isAfter(device.lastFix())) {
                    device.lastFix(loaded.lastFix());
                }
            } else {
                LOG.warn(
                        "shift {} not loaded, next roster retries: {}",
                        shift.id(),
                        ar.cause().getMessage());
            }
            finish.done(device, held, out);
        });
    }

    /**
     * Rebuilds a shift from its stored positions after fixes came out of order, and turns the difference between the
     * live and the rebuilt state into alert changes (a condition only the live state had ends as late data). The
     * device's positions are held meanwhile.
     */
    void rebuild(ShiftDuty live) {
        String id = live.shift().id();
        if (!loading.add(id)) {
            rebuildAgain.add(id);
            return;
        }
        DeviceDuty device = desk.device(live.shift().device());
        device.loadStarted();
        committed.apply(device).compose(v -> loader.rebuild(live)).onComplete(ar -> {
            loading.remove(id);
            List<Position> held = device.loadEnded();
            Changes out = new Changes();
            if (ar.succeeded() && desk.shift(id) == live) {
                ShiftDuty rebuilt = ar.result();
                for (AttendanceEvent e : processor.reconcile(live.state(), rebuilt.state(), clock.instant())) {
                    rules.process(book, live.shift().device(), e).forEach(out::alert);
                }
                desk.remove(live);
                desk.add(rebuilt);
                out.dirty(rebuilt);
            } else if (ar.failed()) {
                LOG.warn(
                        "shift {} not rebuilt after late data: {}",
                        id,
                        ar.cause().getMessage());
            }
            finish.done(device, held, out);
            ShiftDuty now = desk.shift(id);
            if (rebuildAgain.remove(id) && now != null) {
                rebuild(now);
            }
        });
    }

    private void retire(ShiftDuty duty) {
        desk.retire(duty);
        String shift = duty.shift().id();
        for (Alert a : List.copyOf(book.all())) {
            if (shift.equals(a.shift())) {
                ids.forget(a.id());
            }
        }
        book.forget(shift);
    }
}
