package org.patrolgrid.web.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patrolgrid.web.testing.EmbeddedPostgresExtension;
import org.patrolgrid.web.testing.TestDatabase;
import org.patrolgrid.web.testing.WebFixture;

@ExtendWith({VertxExtension.class, EmbeddedPostgresExtension.class})
class LiveApiTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static WebFixture web;
    private static String token;

    @BeforeAll
    static void start(Vertx vertx, TestDatabase database) {
        web = WebFixture.start(vertx, database);
        web.device("fresh", "officer", "330402");
        web.device("stale", "collector", "330411");
        web.device("silent", "collector", "330411");
        web.fix("fresh", NOW.minus(20, ChronoUnit.MINUTES), 30.70, 120.70);
        web.fix("fresh", NOW.minus(1, ChronoUnit.MINUTES), 30.71, 120.71);
        web.fix("stale", NOW.minus(20, ChronoUnit.MINUTES), 30.72, 120.72);
        web.user("admin", "pw", "admin", List.of());
        token = web.login("admin", "pw");
    }

    @Test
    void liveShowsLatestFixOfEachDeviceOffShiftWithoutShifts() {
        JsonArray features = live(web, token);
        assertEquals(2, features.size(), "a device without any fix is not on the map");
        JsonObject fresh = features.getJsonObject(0);
        assertEquals(
                new JsonArray().add(120.71).add(30.71),
                fresh.getJsonObject("geometry").getJsonArray("coordinates"));
        JsonObject props = fresh.getJsonObject("properties");
        assertEquals("fresh", props.getString("device"));
        assertEquals("name of fresh", props.getString("name"));
        assertEquals("officer", props.getString("kind"));
        assertEquals("unit of fresh", props.getString("unit"));
        assertEquals("330402", props.getString("district"));
        assertEquals(NOW.minus(1, ChronoUnit.MINUTES).toString(), props.getString("ts"));
        assertEquals("off_shift", props.getString("status"));
        assertNull(props.getValue("shift"));
        assertNull(props.getValue("zone"));
        JsonObject stale = features.getJsonObject(1).getJsonObject("properties");
        assertEquals("stale", stale.getString("device"));
        assertEquals("off_shift", stale.getString("status"), "no shift: a stale fix is not a lost signal");
    }

    @Test
    void statusComesFromThePluggedSource(Vertx vertx, TestDatabase database) {
        LiveStatusSource attendance = latest -> Future.succeededFuture(
                Map.of("fresh", new LiveStatus(DutyStatus.ON_DUTY, "shift-7", "grid-330402001001001")));
        WebFixture plugged = WebFixture.start(vertx, database, attendance);
        JsonArray features = live(plugged, plugged.login("admin", "pw"));
        JsonObject fresh = features.getJsonObject(0).getJsonObject("properties");
        assertEquals("on_duty", fresh.getString("status"));
        assertEquals("shift-7", fresh.getString("shift"));
        assertEquals("grid-330402001001001", fresh.getString("zone"));
        assertEquals(
                "off_shift",
                features.getJsonObject(1).getJsonObject("properties").getString("status"));
    }

    private static JsonArray live(WebFixture fixture, String token) {
        var response = fixture.get("/api/v1/live", token);
        assertEquals(200, response.statusCode(), response.bodyAsString());
        JsonObject body = response.bodyAsJsonObject();
        assertEquals("FeatureCollection", body.getString("type"));
        return body.getJsonArray("features");
    }
}
