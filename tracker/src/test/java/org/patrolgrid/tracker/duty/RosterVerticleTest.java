package org.patrolgrid.tracker.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.patrolgrid.tracker.support.DutyWorld.await;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.tracker.config.ConfigLoader;
import org.patrolgrid.tracker.storage.Database;
import org.patrolgrid.tracker.support.DutyWorld;
import org.patrolgrid.tracker.support.TestDatabase;
import org.patrolgrid.tracker.support.TestServer;
import org.patrolgrid.web.bus.BusAddress;

/**
 * The roster is handed out no faster than the owners apply it (one list waits per owner at most), with the geometry of
 * its zones already built.
 */
class RosterVerticleTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final Vertx vertx = Vertx.vertx();
    private final String dbUrl = TestDatabase.create();
    private final Database database = Database.open(ConfigLoader.load(new String[] {"--db", dbUrl}, Map.of()));

    @AfterEach
    void close() throws Exception {
        vertx.close().await(10, TimeUnit.SECONDS);
        database.close();
    }

    @Test
    void shiftChangesWhileAnOwnerIsBusyGiveItOneMoreRosterNotOneEach() throws Exception {
        SlowOwner owner = new SlowOwner();
        LocalOwnership ownership = new LocalOwnership();
        ownership.add(owner);
        vertx.deployVerticle(new RosterVerticle(database, Clock.systemUTC(), ownership, Duration.ofHours(1)));
        await(WAIT, () -> owner.rosters.size(), n -> n == 1);
        owner.rosters.get(0).complete(); // start-up roster applied

        for (int i = 0; i < 20; i++) {
            vertx.eventBus().publish(BusAddress.SHIFTS_CHANGED, new JsonObject());
        }
        await(WAIT, () -> owner.rosters.size(), n -> n >= 2);
        // The owner holds the second list; the 19 other changes must wait for it, not queue 19 lists behind it.
        Thread.sleep(300);
        assertEquals(2, owner.rosters.size());
        owner.rosters.get(1).complete();
        await(WAIT, () -> owner.rosters.size(), n -> n == 3); // the changes meanwhile, taken up in one roster
        owner.rosters.get(2).complete();
        Thread.sleep(300);
        assertEquals(3, owner.rosters.size());
    }

    @Test
    void theZonesOfTheRosterAreBuiltBeforeItReachesTheOwners() throws Exception {
        DutyWorld world = new DutyWorld(() -> TestServer.jdbc(dbUrl));
        Instant now = Instant.now();
        for (int i = 0; i < 3; i++) {
            world.device("d" + i);
            world.grid("g" + i, i);
            world.shift("d" + i, List.of("g" + i), now.minusSeconds(600), now.plusSeconds(3600), "{}");
        }
        SlowOwner owner = new SlowOwner();
        LocalOwnership ownership = new LocalOwnership();
        ownership.add(owner);

        vertx.deployVerticle(new RosterVerticle(database, Clock.systemUTC(), ownership, Duration.ofHours(1)));
        await(WAIT, () -> owner.rosters.size(), n -> n == 1);

        assertEquals(3, owner.shifts.get(0).size());
        assertEquals(List.of(true, true, true), owner.prepared.get(0));
    }

    @Test
    void aShiftOnZonesWrittenWithoutNoticeStillGetsThemOnItsFirstRoster() throws Exception {
        DutyWorld world = new DutyWorld(() -> TestServer.jdbc(dbUrl));
        SlowOwner owner = new SlowOwner();
        LocalOwnership ownership = new LocalOwnership();
        ownership.add(owner);
        vertx.deployVerticle(new RosterVerticle(database, Clock.systemUTC(), ownership, Duration.ofHours(1)));
        await(WAIT, () -> owner.rosters.size(), n -> n == 1);
        owner.rosters.get(0).complete();

        // Zone and shift written with only SHIFTS_CHANGED, as when the zone's own reload has not finished yet.
        world.device("d1");
        world.grid("g1", 1);
        Instant now = Instant.now();
        world.shift("d1", List.of("g1"), now.minusSeconds(600), now.plusSeconds(3600), "{}");
        vertx.eventBus().publish(BusAddress.SHIFTS_CHANGED, new JsonObject());
        await(WAIT, () -> owner.rosters.size(), n -> n == 2);

        assertEquals(1, owner.shifts.get(1).size());
        assertEquals(List.of(true), owner.prepared.get(1));
    }

    /** An owner that applies a roster only when the test says so, and notes which of its shifts had their zones built. */
    private static final class SlowOwner implements DutyInbox {
        final List<Promise<Void>> rosters = new CopyOnWriteArrayList<>();
        final List<List<Shift>> shifts = new CopyOnWriteArrayList<>();
        final List<List<Boolean>> prepared = new CopyOnWriteArrayList<>();

        @Override
        public Future<Void> roster(ZoneSnapshot zones, List<Shift> shifts) {
            this.shifts.add(shifts);
            this.prepared.add(shifts.stream().map(zones::isPrepared).toList());
            Promise<Void> applied = Promise.promise();
            rosters.add(applied);
            return applied.future();
        }

        @Override
        public void positions(List<Position> positions, Future<Void> stored) {}

        @Override
        public void deviceEvent(Position event) {}

        @Override
        public void alertHandled(JsonObject alert) {}
    }
}
