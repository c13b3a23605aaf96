package org.patrolgrid.tracker.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.patrolgrid.tracker.support.DutyWorld.await;
import static org.patrolgrid.tracker.support.DutyWorld.batch;
import static org.patrolgrid.tracker.support.DutyWorld.centre;
import static org.patrolgrid.tracker.support.DutyWorld.walk;

import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolgrid.tracker.support.Api;
import org.patrolgrid.tracker.support.Devices;
import org.patrolgrid.tracker.support.DutyWorld;
import org.patrolgrid.tracker.support.TestServer;

/**
 * Through the public interface only: zones and the shift over HTTP (the roster follows ZONES_CHANGED and
 * SHIFTS_CHANGED, the periodic refresh is left at its default), fixes over MQTT, outcome from GET /attendance and
 * GET /alerts.
 */
class HttpApiDutyTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration STEP = Duration.ofSeconds(30);
    private static TestServer server;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        api = Api.login(server.httpPort(), "admin", TestServer.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void offPostOverTheApiOpensAndResolvesWithTheMinutesInTheRecord() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String secret = api.createDevice("h-1", "collector", "330402");
        JsonObject zones = new JsonObject()
                .put("type", "FeatureCollection")
                .put("features", new JsonArray().add(new JsonObject(DutyWorld.gridFeature("h-g0", 0))));
        assertEquals(201, api.post("/api/v1/zones", zones).status(), () -> "zones refused");
        JsonObject shift = new JsonObject()
                .put("device", "h-1")
                .put("zones", new JsonArray().add("h-g0"))
                .put("start", ago(now, 40).toString())
                .put("end", ago(now, -20).toString())
                .put("rules", new JsonObject().put("offPostMinutes", 5).put("graceMinutes", 60));
        Api.Response created = api.post("/api/v1/shifts", shift);
        assertEquals(201, created.status(), created::body);
        long id = created.json().getLong("id");
        String day =
                ago(now, 40).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
        String attendance = "/api/v1/attendance?date=" + day + "&device=h-1";
        await(WAIT, () -> api.get(attendance).array(), a -> a.size() == 1);

        Mqtt5BlockingClient c = Devices.connectV5(server.mqttPort(), "h-1", secret);
        double[] a = centre(0);
        List<String> fixes = new ArrayList<>(walk(ago(now, 40), ago(now, 30), STEP, a[0], a[1], a[0], a[1], 5));
        fixes.addAll(walk(ago(now, 30), ago(now, 20), STEP, a[0] + 0.004, a[1], a[0] + 0.004, a[1], 5));
        fixes.addAll(walk(ago(now, 20), ago(now, 1), STEP, a[0], a[1], a[0], a[1], 5));
        DutyWorld.publish(c, "devices/h-1/positions", batch(fixes));

        JsonObject alert = await(
                        WAIT,
                        () -> api.get("/api/v1/alerts?device=h-1&kind=off_post").array(),
                        l -> l.size() == 1
                                && "resolved".equals(l.getJsonObject(0).getString("status")))
                .getJsonObject(0);
        assertEquals(id, alert.getLong("shift"));
        assertEquals("condition_cleared", alert.getString("resolution"));
        JsonObject record = await(
                        WAIT,
                        () -> api.get(attendance).array(),
                        l -> Math.abs(l.getJsonObject(0).getDouble("offPostMinutes") - 10) < 0.01)
                .getJsonObject(0);
        assertEquals("on_duty", record.getString("status"));
        assertEquals(1, record.getInteger("gridsVisited"));
        c.disconnect();
    }

    private static Instant ago(Instant now, long minutes) {
        return now.minus(Duration.ofMinutes(minutes));
    }
}
