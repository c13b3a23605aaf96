package org.patrolgrid.tracker.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.tracker.config.ConfigLoader;
import org.patrolgrid.tracker.metrics.IngestMetrics;
import org.patrolgrid.tracker.support.TestDatabase;

/** Group commit pacing against a real PostgreSQL: the linger gathers rows, never delays an idle writer or a stop. */
class PositionWriterTest {
    private static final Duration FOREVER = Duration.ofHours(1);
    private static Database database;
    private static Vertx vertx;
    private static Context loop;

    private final List<Integer> commits = new CopyOnWriteArrayList<>();
    private final IngestMetrics metrics = new IngestMetrics.Noop() {
        @Override
        public void committed(int offered, int stored, long latencyNanos) {
            commits.add(offered);
        }
    };

    @BeforeAll
    static void start() {
        database = Database.open(ConfigLoader.load(new String[] {"--db", TestDatabase.create()}, Map.of()));
        vertx = Vertx.vertx();
        loop = vertx.getOrCreateContext();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        database.close();
    }

    @Test
    void anIdleWriterCommitsAtOnceDespiteALongLinger() throws Exception {
        PositionWriter writer = onLoop(() -> new PositionWriter(vertx, database.pool(vertx, 1), 100, FOREVER, metrics));
        await(onLoop(() -> writer.store(List.of(fix("idle-1", 1)))));
        assertEquals(List.of(1), commits);
    }

    @Test
    void positionsArrivingDuringTheLingerShareOneCommitAndAFullEnoughOneGoesAtOnce() throws Exception {
        PositionWriter writer = onLoop(() -> new PositionWriter(vertx, database.pool(vertx, 1), 3, FOREVER, metrics));
        await(onLoop(() -> writer.store(List.of(fix("linger-1", 1)))));
        Future<Void> second = onLoop(() -> writer.store(List.of(fix("linger-1", 2))));
        Future<Void> third = onLoop(() -> writer.store(List.of(fix("linger-2", 2))));
        Future<Void> full = onLoop(() -> writer.store(List.of(fix("linger-3", 2))));
        await(Future.all(second, third, full));
        assertEquals(List.of(1, 3), commits, "the three positions after the first wait for each other, not an hour");
        assertEquals(4, stored("linger-%"));
    }

    @Test
    void enoughRowsForAnEfficientCommitDoNotWaitForTheLinger() throws Exception {
        PositionWriter writer =
                onLoop(() -> new PositionWriter(vertx, database.pool(vertx, 1), 5_000, FOREVER, metrics));
        await(onLoop(() -> writer.store(List.of(fix("enough-0", 1)))));
        Future<Void> thin = onLoop(() -> writer.store(fixes("enough-1", PositionWriter.ENOUGH_ROWS - 1)));
        Future<Void> last = onLoop(() -> writer.store(fixes("enough-2", 1)));
        await(Future.all(thin, last));
        assertEquals(List.of(1, PositionWriter.ENOUGH_ROWS), commits);
    }

    @Test
    void aBusyWriterDoesNotLinger() throws Exception {
        PositionWriter writer =
                onLoop(() -> new PositionWriter(vertx, database.pool(vertx, 1), 5_000, FOREVER, metrics));
        await(onLoop(() -> writer.store(fixes("busy-1", PositionWriter.ENOUGH_ROWS))));
        await(onLoop(() -> writer.store(fixes("busy-2", 1))));
        assertEquals(List.of(PositionWriter.ENOUGH_ROWS, 1), commits, "a full commit is followed at once");
    }

    @Test
    void aStopDoesNotWaitOutTheLinger() throws Exception {
        PositionWriter writer = onLoop(() -> new PositionWriter(vertx, database.pool(vertx, 1), 100, FOREVER, metrics));
        await(onLoop(() -> writer.store(List.of(fix("stop-1", 1)))));
        Future<Void> lingering = onLoop(() -> writer.store(List.of(fix("stop-1", 2))));
        await(onLoop(writer::drained));
        assertTrue(lingering.succeeded());
        assertEquals(List.of(1, 1), commits);
        assertEquals(2, stored("stop-%"));
    }

    private static Position fix(String device, int second) {
        Instant t = Instant.parse("2026-11-28T08:00:00Z").plusSeconds(second);
        return new Position(
                device, t, 30.75, 120.75, 5, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, t, Map.of());
    }

    private static List<Position> fixes(String device, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> fix(device, i))
                .toList();
    }

    private static long stored(String devicePattern) throws Exception {
        try (var c = database.jdbc();
                var st = c.prepareStatement("select count(*) from position where device like ?")) {
            st.setString(1, devicePattern);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Runs on the writer's event loop (it is used only from there) and returns what the action returned. */
    private static <T> T onLoop(Supplier<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.runOnContext(v -> result.complete(action.get()));
        return result.get(10, TimeUnit.SECONDS);
    }

    private static void await(Future<?> f) throws Exception {
        f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
