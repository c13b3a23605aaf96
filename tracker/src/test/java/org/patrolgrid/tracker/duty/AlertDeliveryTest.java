package org.patrolgrid.tracker.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.patrolgrid.tracker.support.DutyWorld.await;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import com.hivemq.client.mqtt.mqtt5.message.publish.puback.Mqtt5PubAckReasonCode;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolgrid.tracker.support.Api;
import org.patrolgrid.tracker.support.Devices;
import org.patrolgrid.tracker.support.DutyWorld;
import org.patrolgrid.tracker.support.TestServer;

/**
 * An sos event opens an alert at once; it reaches the live stream, the device's commands topic and a webhook that fails
 * once.
 */
class AlertDeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final List<JsonObject> HOOKED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger FAILURES_LEFT = new AtomicInteger(1);
    private static HttpServer webhook;
    private static TestServer server;
    private static DutyWorld world;

    @BeforeAll
    static void start() throws Exception {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            JsonObject body =
                    new JsonObject(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            HOOKED.add(body);
            int status = FAILURES_LEFT.getAndDecrement() > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        webhook.start();
        String url = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook";
        server = TestServer.start("--roster-refresh", "200ms", "--webhooks", url);
        world = new DutyWorld(server::jdbc);
    }

    /** The next event of that name (events of other names before it are skipped). */
    private static String awaitEvent(BlockingQueue<String> stream, String name) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (String e; (e = stream.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null; ) {
            if (e.startsWith(name + " ")) {
                return e;
            }
        }
        throw new AssertionError("no " + name + " event on the stream within " + WAIT);
    }

    @AfterAll
    static void stop() {
        server.close();
        webhook.stop(0);
    }

    @Test
    void sosOpensAnAlertThatReachesTheStreamTheDeviceAndTheWebhook() throws Exception {
        BlockingQueue<String> stream =
                Api.login(server.httpPort(), "admin", TestServer.ADMIN_PASSWORD).events("/api/v1/live/stream");
        Mqtt5BlockingClient c = Devices.connectV5(server.mqttPort(), "sos-1", world.device("sos-1"));
        var commands = c.publishes(com.hivemq.client.mqtt.MqttGlobalPublishFilter.ALL);
        c.subscribeWith()
                .topicFilter("devices/sos-1/commands")
                .qos(MqttQos.AT_LEAST_ONCE)
                .send();
        Instant ts = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String event = "{\"ts\":" + ts.toEpochMilli() + ",\"type\":\"sos\",\"lat\":30.7525,\"lon\":120.759}";
        DutyWorld.publish(c, "devices/sos-1/events", event);

        Map<String, Object> sos = await(WAIT, () -> world.alerts("sos-1", null), l -> !l.isEmpty())
                .get(0);
        assertEquals("sos", sos.get("kind"));
        assertEquals("open", sos.get("status"));
        assertNull(sos.get("shift"));
        var message = commands.receive(5, TimeUnit.SECONDS).orElseThrow(() -> new AssertionError("no command"));
        assertEquals("devices/sos-1/commands", message.getTopic().toString());
        JsonObject command = new JsonObject(new String(message.getPayloadAsBytes(), StandardCharsets.UTF_8));
        assertEquals("alert", command.getString("type"));
        assertEquals("sos", command.getString("kind"));
        assertEquals(((Number) sos.get("id")).longValue(), command.getLong("id"));

        JsonObject streamed = new JsonObject(awaitEvent(stream, "alert").substring("alert ".length()));
        assertEquals(((Number) sos.get("id")).longValue(), streamed.getLong("id"));
        assertEquals("sos", streamed.getString("kind"));
        assertEquals("sos-1", streamed.getString("device"));
        // A position of the same device reaches the stream too, rendered by the tracker (PositionBatch).
        DutyWorld.publish(c, "devices/sos-1/positions", DutyWorld.fix(ts.plusSeconds(1), 30.7526, 120.7591, 6));
        JsonObject position = new JsonObject(awaitEvent(stream, "position").substring("position ".length()));
        assertEquals("sos-1", position.getString("device"));
        assertEquals(ts.plusSeconds(1).toString(), position.getString("ts"));
        assertEquals(30.7526, position.getDouble("lat"));
        assertEquals(6.0, position.getDouble("acc"));

        // The first POST fails with 500; the same alert comes again after the back-off.
        await(WAIT, () -> HOOKED.size(), n -> n >= 2);
        assertEquals(HOOKED.get(0), HOOKED.get(1));
        assertEquals("sos", HOOKED.get(1).getString("kind"));
        assertEquals("sos-1", HOOKED.get(1).getString("device"));
        c.disconnect();
    }

    @Test
    void anEventWithoutTypeIsRefusedAndOpensNothing() throws Exception {
        Mqtt5BlockingClient c = Devices.connectV5(server.mqttPort(), "sos-2", world.device("sos-2"));
        String bad = "{\"ts\":" + Instant.now().toEpochMilli() + ",\"lat\":30.75,\"lon\":120.75}";
        Mqtt5PubAckException refused = assertThrows(Mqtt5PubAckException.class, () -> c.publishWith()
                .topic("devices/sos-2/events")
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(bad.getBytes(StandardCharsets.UTF_8))
                .send());
        assertEquals(
                Mqtt5PubAckReasonCode.PAYLOAD_FORMAT_INVALID,
                refused.getMqttMessage().getReasonCode());
        String other = "{\"ts\":" + Instant.now().toEpochMilli() + ",\"type\":\"battery_saver\"}";
        DutyWorld.publish(c, "devices/sos-2/events", other);
        assertTrue(world.alerts("sos-2", null).isEmpty());
        c.disconnect();
    }
}
