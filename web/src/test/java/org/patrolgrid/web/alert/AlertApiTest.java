package org.patrolgrid.web.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.patrolgrid.web.testing.ApiAssertions.assertError;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patrolgrid.web.bus.BusAddress;
import org.patrolgrid.web.testing.EmbeddedPostgresExtension;
import org.patrolgrid.web.testing.TestDatabase;
import org.patrolgrid.web.testing.WebFixture;

@ExtendWith({VertxExtension.class, EmbeddedPostgresExtension.class})
class AlertApiTest {
    private static final Instant DAY1 = Instant.parse("2026-11-28T01:00:00Z");
    private static final Instant DAY2 = Instant.parse("2026-11-28T17:00:00Z"); // 2026-11-29 01:00 in Shanghai
    private static final LinkedBlockingQueue<JsonObject> HANDLED = new LinkedBlockingQueue<>();
    private static final LinkedBlockingQueue<JsonObject> CHANGED = new LinkedBlockingQueue<>();
    private static final LinkedBlockingQueue<JsonObject> COMMANDS = new LinkedBlockingQueue<>();
    private static WebFixture web;
    private static String admin;
    private static String bureau;
    private static String viewer;
    private static long shift;

    @BeforeAll
    static void start(Vertx vertx, TestDatabase database) {
        web = WebFixture.start(vertx, database);
        admin = web.loggedIn("admin", "admin", List.of());
        bureau = web.loggedIn("bureau", "bureau", List.of("330402"));
        viewer = web.loggedIn("nanhu", "viewer", List.of("330402"));
        web.device("o-nh", "officer", "330402");
        web.device("o-xz", "officer", "330411");
        web.device("c-nh", "collector", "330402");
        web.sql("insert into zone (id, kind, name, district, feature) values ('z1', 'post', 'z', '330402', '{}')");
        shift = web.shift("o-nh", List.of("z1"), DAY1, DAY1.plusSeconds(4 * 3600));
        vertx.eventBus().<JsonObject>consumer(BusAddress.ALERT_HANDLED, m -> HANDLED.add(m.body()));
        vertx.eventBus().<JsonObject>consumer(BusAddress.ALERT_CHANGED, m -> CHANGED.add(m.body()));
        vertx.eventBus().<JsonObject>consumer(BusAddress.DEVICE_COMMAND, m -> COMMANDS.add(m.body()));
    }

    @Test
    void listingFiltersByStatusDateDeviceAndKind() {
        long late = web.alert("late", "o-nh", shift, "z1", "open", DAY1);
        long sos = web.alert("sos", "o-nh", null, null, "resolved", DAY2);
        long other = web.alert("off_post", "o-xz", null, null, "open", DAY1);
        JsonObject first = find(web.get("/api/v1/alerts", admin).bodyAsJsonArray(), late);
        assertEquals("late", first.getString("kind"));
        assertEquals("o-nh", first.getString("device"));
        assertEquals(shift, first.getLong("shift"));
        assertEquals("z1", first.getString("zone"));
        assertEquals("open", first.getString("status"));
        assertEquals(DAY1.toString(), first.getString("openedAt"));
        assertEquals("why", first.getJsonObject("detail").getString("text"));
        assertNull(first.getValue("acknowledgedAt"));
        assertEquals(List.of(sos), ids(web.get("/api/v1/alerts?date=2026-11-29&device=o-nh", admin)));
        assertEquals(List.of(late), ids(web.get("/api/v1/alerts?date=2026-11-28&device=o-nh&kind=late", admin)));
        assertEquals(List.of(other), ids(web.get("/api/v1/alerts?device=o-xz&status=open&kind=off_post", admin)));
        assertEquals(List.of(), ids(web.get("/api/v1/alerts?device=o-xz&status=resolved", admin)));
        assertError(web.get("/api/v1/alerts?status=closed", admin), 400);
        assertError(web.get("/api/v1/alerts?date=yesterday", admin), 400);
    }

    @Test
    void alertsOfDevicesOutOfScopeAreNeitherListedNorHandled() {
        long other = web.alert("stationary", "o-xz", null, null, "open", DAY1);
        List<Long> seen = ids(web.get("/api/v1/alerts", bureau));
        assertEquals(false, seen.contains(other));
        assertEquals(List.of(), ids(web.get("/api/v1/alerts?device=o-xz", viewer)));
        assertError(web.post("/api/v1/alerts/" + other + "/ack", bureau, new JsonObject()), 404);
        long collector = web.alert("stationary", "c-nh", null, null, "open", DAY1);
        assertError(web.post("/api/v1/alerts/" + collector + "/ack", bureau, new JsonObject()), 404);
        long mine = web.alert("low_battery", "o-nh", null, null, "open", DAY1);
        assertError(web.post("/api/v1/alerts/" + mine + "/ack", viewer, new JsonObject()), 403);
        assertError(web.post("/api/v1/alerts/999999/ack", admin, new JsonObject()), 404);
    }

    @Test
    void ackThenResolveRecordsWhoAndWhenAndAnnouncesIt() throws InterruptedException {
        long id = web.alert("off_post", "o-nh", shift, "z1", "open", DAY1);
        HANDLED.clear();
        CHANGED.clear();
        var acked = web.post("/api/v1/alerts/" + id + "/ack", bureau, new JsonObject().put("note", "calling him"));
        assertEquals(200, acked.statusCode(), acked.bodyAsString());
        JsonObject alert = acked.bodyAsJsonObject();
        assertEquals("acknowledged", alert.getString("status"));
        assertEquals("bureau", alert.getString("acknowledgedBy"));
        assertNotNull(Instant.parse(alert.getString("acknowledgedAt")));
        assertEquals("calling him", alert.getString("note"));
        assertEquals(alert, HANDLED.poll(5, TimeUnit.SECONDS));
        assertEquals(alert, CHANGED.poll(5, TimeUnit.SECONDS));
        assertError(web.post("/api/v1/alerts/" + id + "/ack", bureau, new JsonObject()), 409);

        var resolved = web.post("/api/v1/alerts/" + id + "/resolve", admin, new JsonObject().put("note", "back"));
        assertEquals(200, resolved.statusCode(), resolved.bodyAsString());
        JsonObject done = resolved.bodyAsJsonObject();
        assertEquals("resolved", done.getString("status"));
        assertEquals("manual", done.getString("resolution"));
        assertEquals("admin", done.getString("resolvedBy"));
        assertEquals("bureau", done.getString("acknowledgedBy"), "the acknowledgement is kept");
        assertEquals("calling him\nback", done.getString("note"));
        assertEquals("resolved", HANDLED.poll(5, TimeUnit.SECONDS).getString("status"));
        assertError(web.post("/api/v1/alerts/" + id + "/resolve", admin, new JsonObject()), 409);
        assertError(web.post("/api/v1/alerts/" + id + "/ack", admin, new JsonObject()), 409);
    }

    @Test
    void resolvingAnOpenAlertAlsoAcknowledgesIt() {
        long id = web.alert("signal_lost", "o-nh", null, null, "open", DAY1);
        var resolved = web.send(io.vertx.core.http.HttpMethod.POST, "/api/v1/alerts/" + id + "/resolve", admin, null);
        assertEquals(200, resolved.statusCode(), resolved.bodyAsString());
        assertEquals("admin", resolved.bodyAsJsonObject().getString("acknowledgedBy"));
        assertNull(resolved.bodyAsJsonObject().getValue("note"));
    }

    @Test
    void commandIsPublishedForTheTrackerToDeliver() throws InterruptedException {
        COMMANDS.clear();
        JsonObject message = new JsonObject().put("type", "message").put("text", "请回到岗位");
        var response = web.post("/api/v1/devices/o-nh/commands", bureau, message);
        assertEquals(202, response.statusCode(), response.bodyAsString());
        JsonObject published = COMMANDS.poll(5, TimeUnit.SECONDS);
        assertNotNull(published);
        assertEquals("o-nh", published.getString("device"));
        JsonObject payload = published.getJsonObject("payload");
        assertEquals("message", payload.getString("type"));
        assertEquals("请回到岗位", payload.getString("text"));
        assertEquals("bureau", payload.getString("from"));
        assertError(web.post("/api/v1/devices/o-xz/commands", bureau, message), 404);
        assertError(web.post("/api/v1/devices/c-nh/commands", bureau, message), 404);
        assertError(web.post("/api/v1/devices/o-nh/commands", viewer, message), 403);
        assertError(
                web.post("/api/v1/devices/o-nh/commands", bureau, message.copy().put("type", "reboot")), 400);
        assertError(
                web.post(
                        "/api/v1/devices/o-nh/commands",
                        bureau,
                        message.copy().remove("text") == null ? message : new JsonObject().put("type", "message")),
                400);
        assertNull(COMMANDS.poll(200, TimeUnit.MILLISECONDS), "refused commands are not published");
    }

    private static List<Long> ids(io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer> response) {
        assertEquals(200, response.statusCode(), response.bodyAsString());
        return response.bodyAsJsonArray().stream()
                .map(a -> ((JsonObject) a).getLong("id"))
                .toList();
    }

    private static JsonObject find(JsonArray alerts, long id) {
        return alerts.stream()
                .map(a -> (JsonObject) a)
                .filter(a -> a.getLong("id") == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no alert " + id + " in " + alerts.encode()));
    }
}
