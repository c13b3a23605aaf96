package org.patrolgrid.tracker.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.web.bus.BusAddress;
import org.patrolgrid.web.bus.PositionBatch;

class PositionFeedTest {
    private final Vertx vertx = Vertx.vertx();
    private final LinkedBlockingQueue<JsonArray> published = new LinkedBlockingQueue<>();

    @AfterEach
    void close() throws Exception {
        vertx.close().await(10, TimeUnit.SECONDS);
    }

    @Test
    void positionsHandedInWithinOnePeriodGoOutAsOneMessageInOrder() throws Exception {
        vertx.eventBus()
                .<PositionBatch>consumer(
                        BusAddress.POSITIONS_STORED, m -> published.add(m.body().toJson()));
        PositionFeed feed = new PositionFeed(vertx, Duration.ofMillis(200));
        vertx.runOnContext(v -> {
            feed.add(List.of(fix("a", 1), fix("a", 2)));
            feed.add(List.of());
            feed.add(List.of(fix("b", 3)));
        });

        JsonArray first = published.poll(5, TimeUnit.SECONDS);
        assertEquals(List.of("a", "a", "b"), devices(first));
        assertEquals(Instant.ofEpochSecond(3).toString(), first.getJsonObject(2).getString("ts"));

        vertx.runOnContext(v -> feed.add(List.of(fix("c", 4))));
        assertEquals(List.of("c"), devices(published.poll(5, TimeUnit.SECONDS)));
        assertEquals(null, published.poll(400, TimeUnit.MILLISECONDS), "nothing pending, nothing published");
    }

    @Test
    void flushPublishesAtOnceWhatIsPending() throws Exception {
        vertx.eventBus()
                .<PositionBatch>consumer(
                        BusAddress.POSITIONS_STORED, m -> published.add(m.body().toJson()));
        PositionFeed feed = new PositionFeed(vertx, Duration.ofHours(1));
        vertx.runOnContext(v -> {
            feed.add(List.of(fix("a", 1)));
            feed.flush();
        });
        assertEquals(List.of("a"), devices(published.poll(5, TimeUnit.SECONDS)));
    }

    private static List<String> devices(JsonArray batch) {
        return batch.stream().map(o -> ((JsonObject) o).getString("device")).toList();
    }

    private static Position fix(String device, long second) {
        return Position.of(device, Instant.ofEpochSecond(second), 30.75, 120.76, 5);
    }
}
