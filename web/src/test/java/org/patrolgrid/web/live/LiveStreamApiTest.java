package org.patrolgrid.web.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patrolgrid.web.bus.BusAddress;
import org.patrolgrid.web.testing.EmbeddedPostgresExtension;
import org.patrolgrid.web.testing.TestDatabase;
import org.patrolgrid.web.testing.WebFixture;

@ExtendWith({VertxExtension.class, EmbeddedPostgresExtension.class})
class LiveStreamApiTest {
    /** Notified whenever any stream receives data. */
    private static final Object RECEIVED = new Object();

    private static WebFixture web;
    private static Vertx vertx;

    /** The text received so far on one stream. */
    private record Stream(int status, String contentType, StringBuffer text) {}

    @BeforeAll
    static void start(Vertx testVertx, TestDatabase database) {
        vertx = testVertx;
        web = WebFixture.start(vertx, database);
        web.device("n-col", "collector", "330402");
        web.device("x-off", "officer", "330411");
        web.user("admin", "pw", "admin", List.of());
        web.user("nanhu", "pw", "viewer", List.of("330402"));
    }

    @Test
    void positionsReachOnlySubscribersWhoMaySeeTheDevice() {
        Stream admin = open(web.login("admin", "pw"));
        Stream nanhu = open(web.login("nanhu", "pw"));
        assertEquals(200, admin.status());
        assertTrue(admin.contentType().startsWith("text/event-stream"));

        publish(position("x-off", 1), position("n-col", 2));
        publish(position("n-col", 3));
        awaitUntil(() -> admin.text().toString().contains("\"ts\":3"), admin);
        awaitUntil(() -> nanhu.text().toString().contains("\"ts\":3"), nanhu);

        assertTrue(
                admin.text().toString().contains("\"device\":\"x-off\""),
                admin.text().toString());
        assertTrue(nanhu.text().toString().contains("event: position\ndata: {\"device\":\"n-col\""));
        assertFalse(nanhu.text().toString().contains("x-off"), nanhu.text().toString());
    }

    @Test
    void deviceCreatedAfterStartIsScopedOnFirstSight() {
        Stream nanhu = open(web.login("nanhu", "pw"));
        String admin = web.login("admin", "pw");
        JsonObject device = new JsonObject()
                .put("id", "n-new")
                .put("name", "新设备")
                .put("kind", "officer")
                .put("district", "330402");
        assertEquals(201, web.post("/api/v1/devices", admin, device).statusCode());
        publish(position("n-new", 10));
        awaitUntil(() -> nanhu.text().toString().contains("\"device\":\"n-new\""), nanhu);
    }

    @Test
    void alertsAndAttendanceAreStreamedWithTheSameScope() {
        Stream admin = open(web.login("admin", "pw"));
        Stream nanhu = open(web.login("nanhu", "pw"));
        JsonObject alert = new JsonObject()
                .put("id", 41)
                .put("kind", "off_post")
                .put("device", "x-off")
                .put("status", "open");
        JsonObject attendance =
                new JsonObject().put("shift", 7).put("device", "n-col").put("status", "on_duty");
        vertx.eventBus().publish(BusAddress.ALERT_CHANGED, alert);
        vertx.eventBus().publish(BusAddress.ATTENDANCE_CHANGED, attendance);
        awaitUntil(() -> admin.text().toString().contains("event: attendance"), admin);
        awaitUntil(() -> nanhu.text().toString().contains("event: attendance"), nanhu);
        assertTrue(admin.text().toString().contains("event: alert\ndata: " + alert.encode() + "\n\n"));
        assertTrue(nanhu.text().toString().contains("event: attendance\ndata: " + attendance.encode() + "\n\n"));
        assertFalse(
                nanhu.text().toString().contains("event: alert"), nanhu.text().toString());
    }

    @Test
    void aStreamCarriesOnlyTheEventsItAsksFor() {
        String token = web.login("admin", "pw");
        Stream alerts = open(token, "&events=alert");
        Stream positionsAndAttendance = open(token, "&events=attendance,position");
        JsonObject alert = new JsonObject()
                .put("id", 42)
                .put("kind", "absent")
                .put("device", "n-col")
                .put("status", "open");

        publish(position("n-col", 20));
        vertx.eventBus()
                .publish(
                        BusAddress.ATTENDANCE_CHANGED,
                        new JsonObject().put("shift", 8).put("device", "n-col"));
        vertx.eventBus().publish(BusAddress.ALERT_CHANGED, alert);
        publish(position("n-col", 21));
        awaitUntil(() -> alerts.text().toString().contains("event: alert"), alerts);
        awaitUntil(() -> positionsAndAttendance.text().toString().contains("\"ts\":21"), positionsAndAttendance);

        // Events go out in the order they were published, so the alert stream would hold the position by now.
        assertFalse(
                alerts.text().toString().contains("event: position"),
                alerts.text().toString());
        assertFalse(
                alerts.text().toString().contains("event: attendance"),
                alerts.text().toString());
        assertTrue(positionsAndAttendance.text().toString().contains("event: attendance"));
        assertFalse(positionsAndAttendance.text().toString().contains("event: alert"));
    }

    @Test
    void anUnknownEventKindIsRefused() {
        HttpClient client = vertx.createHttpClient();
        String path = "/api/v1/live/stream?events=alert,positions&token=" + web.login("admin", "pw");
        JsonObject answer = WebFixture.await(client.request(HttpMethod.GET, web.port(), "127.0.0.1", path)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> new JsonObject()
                        .put("status", response.statusCode())
                        .put("body", body.toString()))));

        assertEquals(400, answer.getInteger("status"));
        assertEquals(
                "events must name some of position,alert,attendance, not 'positions'",
                new JsonObject(answer.getString("body")).getString("error"));
    }

    @Test
    void streamNeedsLogin() {
        assertEquals(401, open(null).status());
    }

    private static Stream open(String token) {
        return open(token, "");
    }

    private static Stream open(String token, String query) {
        HttpClient client = vertx.createHttpClient();
        StringBuffer text = new StringBuffer();
        String path = "/api/v1/live/stream" + (token == null ? "" : "?token=" + token) + query;
        HttpClientResponse response = WebFixture.await(client.request(HttpMethod.GET, web.port(), "127.0.0.1", path)
                .compose(request -> request.send())
                .onSuccess(r -> r.handler(buffer -> {
                    synchronized (RECEIVED) {
                        text.append(buffer.toString());
                        RECEIVED.notifyAll();
                    }
                })));
        if (response.statusCode() == 200) {
            awaitUntil(() -> text.toString().startsWith(": connected"));
        }
        return new Stream(response.statusCode(), String.valueOf(response.getHeader("Content-Type")), text);
    }

    private static void publish(JsonObject... positions) {
        vertx.eventBus().publish(BusAddress.POSITIONS_STORED, new JsonArray(List.of((Object[]) positions)));
    }

    private static JsonObject position(String device, long ts) {
        return new JsonObject()
                .put("device", device)
                .put("ts", ts)
                .put("lat", 30.75)
                .put("lon", 120.75);
    }

    private static void awaitUntil(BooleanSupplier condition, Stream stream) {
        try {
            awaitUntil(condition);
        } catch (AssertionError e) {
            throw new AssertionError("stream received: " + stream.text(), e);
        }
    }

    /** Waits until received data makes {@code condition} true, failing after five seconds. */
    private static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        synchronized (RECEIVED) {
            while (!condition.getAsBoolean()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("condition not met within 5 s");
                }
                try {
                    RECEIVED.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }
}
