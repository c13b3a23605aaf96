package org.patrolgrid.tracker.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.patrolgrid.tracker.support.DutyWorld.await;
import static org.patrolgrid.tracker.support.DutyWorld.batch;
import static org.patrolgrid.tracker.support.DutyWorld.centre;
import static org.patrolgrid.tracker.support.DutyWorld.walk;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolgrid.tracker.support.Devices;
import org.patrolgrid.tracker.support.DutyWorld;
import org.patrolgrid.tracker.support.TestServer;
import org.patrolgrid.web.bus.BusAddress;
import org.patrolgrid.web.bus.PositionBatch;

/** The event-bus side of the contract with the web layer, played here by the test: bodies out, handling in. */
class BusContractTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final List<JsonObject> ALERTS = new CopyOnWriteArrayList<>();
    private static final List<JsonObject> RECORDS = new CopyOnWriteArrayList<>();
    private static final List<JsonArray> POSITIONS = new CopyOnWriteArrayList<>();
    private static TestServer server;
    private static DutyWorld world;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start("--roster-refresh", "200ms");
        world = new DutyWorld(server::jdbc);
        server.bus().<JsonObject>consumer(BusAddress.ALERT_CHANGED, m -> ALERTS.add(m.body()));
        server.bus().<JsonArray>consumer(BusAddress.ATTENDANCE_CHANGED, m -> m.body()
                .forEach(r -> RECORDS.add((JsonObject) r)));
        server.bus()
                .<PositionBatch>consumer(
                        BusAddress.POSITIONS_STORED, m -> POSITIONS.add(m.body().toJson()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void changesArePublishedAndAManualResolutionIsRespected() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        world.grid("bus-g0", 0);
        Mqtt5BlockingClient c = Devices.connectV5(server.mqttPort(), "bus-1", world.device("bus-1"));
        long shift = world.shift(
                "bus-1", List.of("bus-g0"), ago(now, 40), ago(now, -20), "{\"offPostMinutes\":5,\"graceMinutes\":60}");
        await(WAIT, () -> world.attendance(shift), r -> !r.isEmpty());
        double[] a = centre(0);
        List<String> away = new ArrayList<>(walk(ago(now, 40), ago(now, 30), STEP, a[0], a[1], a[0], a[1], 5));
        away.addAll(walk(ago(now, 30), ago(now, 20), STEP, a[0] + 0.004, a[1], a[0] + 0.004, a[1], 5));
        DutyWorld.publish(c, "devices/bus-1/positions", batch(away));

        JsonObject opened = await(WAIT, () -> find(ALERTS, "kind", "off_post"), o -> o != null);
        assertEquals(shift, opened.getLong("shift"));
        assertEquals("open", opened.getString("status"));
        assertEquals("bus-g0", opened.getString("zone"));
        JsonObject record = await(WAIT, () -> find(RECORDS, "status", "on_duty"), o -> o != null);
        assertEquals(shift, record.getLong("shift"));
        assertEquals(ago(now, 40).toString(), record.getString("arrivedAt"));
        JsonObject fix = POSITIONS.stream()
                .flatMap(arr -> arr.stream())
                .map(JsonObject.class::cast)
                .filter(p -> "bus-1".equals(p.getString("device")))
                .findFirst()
                .orElseThrow();
        assertEquals(ago(now, 40).toString(), fix.getString("ts"));

        // The web layer resolves it by hand (row first, then the message); the return later must not overwrite it.
        long id = opened.getLong("id");
        try (Connection conn = server.jdbc();
                PreparedStatement st =
                        conn.prepareStatement("update alert set status = 'resolved', resolved_at = now(),"
                                + " resolved_by = 'zhang', resolution = 'manual' where id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
        server.bus()
                .publish(
                        BusAddress.ALERT_HANDLED,
                        opened.copy()
                                .put("status", "resolved")
                                .put("resolvedAt", Instant.now().toString())
                                .put("resolvedBy", "zhang"));
        Thread.sleep(200); // the handling is a message; give the owner its turn before the return arrives
        DutyWorld.publish(
                c, "devices/bus-1/positions", batch(walk(ago(now, 20), ago(now, 1), STEP, a[0], a[1], a[0], a[1], 5)));

        await(WAIT, () -> world.attendance(shift), r -> Math.abs((double) r.get("off_post_minutes") - 10) < 0.01);
        Map<String, Object> row = world.alerts(shift, "off_post").get(0);
        assertEquals("manual", row.get("resolution"));
        assertEquals("zhang", row.get("resolved_by"));
        c.disconnect();
    }

    @Test
    void aDeviceCommandFromTheWebReachesTheSubscribedDevice() throws Exception {
        Mqtt5BlockingClient c = Devices.connectV5(server.mqttPort(), "bus-2", world.device("bus-2"));
        var inbox = c.publishes(MqttGlobalPublishFilter.ALL);
        c.subscribeWith()
                .topicFilter("devices/bus-2/commands")
                .qos(MqttQos.AT_LEAST_ONCE)
                .send();
        JsonObject payload = new JsonObject().put("type", "message").put("text", "到3号网格集合");
        server.bus()
                .publish(
                        BusAddress.DEVICE_COMMAND,
                        new JsonObject().put("device", "bus-2").put("payload", payload));

        var message = inbox.receive(5, TimeUnit.SECONDS).orElseThrow(() -> new AssertionError("no command"));
        assertEquals(payload, new JsonObject(new String(message.getPayloadAsBytes(), StandardCharsets.UTF_8)));
        c.disconnect();
    }

    private static JsonObject find(List<JsonObject> seen, String key, String value) {
        return seen.stream()
                .filter(o -> value.equals(o.getString(key)))
                .findFirst()
                .orElse(null);
    }

    private static Instant ago(Instant now, long minutes) {
        return now.minus(Duration.ofMinutes(minutes));
    }
}
