package org.patrolgrid.tracker.duty;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.tracker.storage.Database;
import org.patrolgrid.tracker.storage.DutyTables;
import org.patrolgrid.web.bus.BusAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the zones (rebuilt as an immutable snapshot on {@code ZONES_CHANGED}) and the shifts around now (at start,
 * every {@code refresh} and on {@code SHIFTS_CHANGED}), builds the geometry of their zones on a worker thread, and
 * hands each owner the shifts of its devices. Shifts stay in
 * the roster for {@link #KEEP_AFTER_END} after their end, so late uploads still correct them; older shifts come back
 * while they are unsettled (see {@link DutyTables#shifts}).
 */
public final class RosterVerticle extends VerticleBase {
    public static final Duration KEEP_AFTER_END = Duration.ofHours(2);
    public static final Duration LOAD_AHEAD = Duration.ofHours(1);
    /** How far back unsettled shifts are still taken up: the contract's default oldest accepted fix. */
    public static final Duration SETTLE_WITHIN = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(RosterVerticle.class);

    private final Database database;
    private final Clock clock;
    private final DeviceOwnership ownership;
    private final Duration refresh;
    private Pool pool;
    private DutyTables tables;
    private volatile ZoneSnapshot zones = ZoneSnapshot.EMPTY;
    private String zoneVersion = "";
    private Future<Void> running = Future.succeededFuture();
    private Future<Void> reloading = Future.succeededFuture();
    private boolean queued;

    public RosterVerticle(Database database, Clock clock, DeviceOwnership ownership, Duration refresh) {
        this.database = database;
        this.clock = clock;
        this.ownership = ownership;
        this.refresh = refresh;
    }

    @Override
    public Future<?> start() {
        pool = database.pool(vertx, 1);
        tables = new DutyTables(pool);
        vertx.eventBus().consumer(BusAddress.ZONES_CHANGED, m -> reloadZones().onComplete(v -> distribute()));
        vertx.eventBus().consumer(BusAddress.SHIFTS_CHANGED, m -> distribute());
        vertx.setPeriodic(refresh.toMillis(), id -> distribute());
        return distributeNow();
    }

    /**
     * Zones written without a ZONES_CHANGED message (another node, SQL by hand) are noticed by the next distribution.
     * Waits for a reload in flight first, so that its version is compared, not the one before it.
     */
    private Future<Void> refreshZonesIfChanged() {
        return reloading
                .transform(previous -> tables.zoneVersion())
                .compose(v -> v.equals(zoneVersion) ? Future.succeededFuture() : reloadZones());
    }

    /** Reloads run one after another; the version is noted with the snapshot it belongs to. */
    private Future<Void> reloadZones() {
        reloading = reloading.transform(previous -> loadZones());
        return reloading;
    }

    private Future<Void> loadZones() {
        return tables.zoneVersion().compose(version -> tables.zoneFeatures()
                .compose(features -> vertx.executeBlocking(() -> {
                    List<String> problems = new ArrayList<>();
                    ZoneSnapshot snapshot = new ZoneSnapshot(ZoneFeatures.read(features, problems));
                    problems.forEach(p -> LOG.warn("zone skipped: {}", p));
                    return snapshot;
                }))
                .map(snapshot -> {
                    zones = snapshot;
                    zoneVersion = version;
                    return null;
                }));
    }

    /** One distribution at a time; a request while one runs queues exactly one more. */
    private void distribute() {
        if (queued) {
            return;
        }
        queued = true;
        running = running.eventually(() -> {
            queued = false;
            return distributeNow().recover(e -> {
                LOG.warn("roster not loaded: {}", e.getMessage());
                return Future.succeededFuture();
            });
        });
    }

    /**
     * Checks the zones first: a shift may name zones imported a moment before it whose {@code ZONES_CHANGED} reload
     * has not finished (the demo's first shifts all waited for their zones that way).
     */
    private Future<Void> distributeNow() {
        return refreshZonesIfChanged().compose(v -> handOut(zones));
    }

    private Future<Void> handOut(ZoneSnapshot snapshot) {
        Instant now = clock.instant();
        return tables.shifts(now.minus(KEEP_AFTER_END), now.plus(LOAD_AHEAD), now.minus(SETTLE_WITHIN))
                .compose(shifts -> vertx.executeBlocking(() -> {
                    snapshot.prepare(shifts);
                    return shifts;
                }))
                .compose(shifts -> {
                    Map<DutyInbox, List<Shift>> byOwner = new IdentityHashMap<>();
                    ownership.local().forEach(o -> byOwner.put(o, new ArrayList<>()));
                    for (Shift s : shifts) {
                        List<Shift> mine = byOwner.get(ownership.owner(s.device()));
                        if (mine != null) {
                            mine.add(s); // a shift owned by another member is in that member's roster
                        }
                    }
                    // The next distribution waits until every owner has applied this one: while shifts are being
                    // created in bulk, distributions outran the owners and each queued a full copy of the roster
                    // (685,756 live Shift objects for 10,000 shifts after provisioning them through the API).
                    List<Future<Void>> applied = new ArrayList<>();
                    byOwner.forEach((owner, list) -> applied.add(owner.roster(snapshot, list)));
                    return Future.all(applied).<Void>mapEmpty();
                });
    }

    @Override
    public Future<?> stop() {
        return pool.close();
    }
}
