package org.patrolgrid.web.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PositionBatchTest {
    private final PositionBatch batch = new PositionBatch(
            List.of("嘉兴-01", "b"), List.of("{\"device\":\"嘉兴-01\",\"lat\":30.7}", "{\"device\":\"b\",\"lat\":1.5}"));

    @Test
    void crossesTheWireBetweenMembersIntact() {
        PositionBatch.Codec codec = new PositionBatch.Codec();
        Buffer wire = Buffer.buffer().appendString("header");
        codec.encodeToWire(wire, batch);
        PositionBatch back = codec.decodeFromWire("header".length(), wire);
        assertEquals(2, back.size());
        assertEquals("嘉兴-01", back.device(0));
        assertEquals(batch.object(0), back.object(0));
        assertEquals("b", back.device(1));
        assertEquals(batch.toJson(), back.toJson());
    }

    @Test
    void localConsumersShareOneInstanceAndRegisteringTwiceIsHarmless() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            PositionBatch.register(vertx.eventBus());
            PositionBatch.register(vertx.eventBus());
            CompletableFuture<Object> received = new CompletableFuture<>();
            vertx.eventBus().consumer(BusAddress.POSITIONS_STORED, m -> received.complete(m.body()));
            vertx.eventBus().publish(BusAddress.POSITIONS_STORED, batch);
            assertSame(batch, received.get(5, TimeUnit.SECONDS));
            assertEquals(1.5, batch.toJson().getJsonObject(1).getDouble("lat"));
        } finally {
            vertx.close().await(10, TimeUnit.SECONDS);
        }
    }
}
