package org.patrolgrid.tracker.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.patrolgrid.tracker.support.DutyWorld.await;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
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
import org.patrolgrid.tracker.support.TestDatabase;
import org.patrolgrid.web.bus.BusAddress;

/** The roster is handed out no faster than the owners apply it: one list waits per owner at most. */
class RosterVerticleTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final Vertx vertx = Vertx.vertx();
    private final Database database =
            Database.open(ConfigLoader.load(new String[] {"--db", TestDatabase.create()}, Map.of()));

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

    /** An owner that applies a roster only when the test says so. */
    private static final class SlowOwner implements DutyInbox {
        final List<Promise<Void>> rosters = new CopyOnWriteArrayList<>();

        @Override
        public Future<Void> roster(ZoneSnapshot zones, List<Shift> shifts) {
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
