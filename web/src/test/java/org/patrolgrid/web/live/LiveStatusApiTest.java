package org.patrolgrid.web.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.patrolgrid.web.testing.GeoJson.grid;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patrolgrid.web.testing.EmbeddedPostgresExtension;
import org.patrolgrid.web.testing.TestDatabase;
import org.patrolgrid.web.testing.WebFixture;

/** The default live status comes from shifts and open alerts in the database (as the tracker writes them). */
@ExtendWith({VertxExtension.class, EmbeddedPostgresExtension.class})
class LiveStatusApiTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final double LAT = 30.755;
    private static final double LON = 120.755;
    private static WebFixture web;
    private static String admin;
    private static String viewer;
    private static final Map<String, Long> SHIFTS = new HashMap<>();

    @BeforeAll
    static void start(Vertx vertx, TestDatabase database) {
        web = WebFixture.start(vertx, database);
        web.user("admin", "pw", "admin", List.of());
        web.user("xiuzhou", "pw", "viewer", List.of("330411"));
        admin = web.login("admin", "pw");
        viewer = web.login("xiuzhou", "pw");
        web.zones(
                admin,
                grid("g-far", "330402", "330402001001009", 121.0, 31.0, 0.01),
                grid("g-here", "330402", "330402001001001", 120.75, 30.75, 0.01));
        for (String device : List.of("on", "off-post", "lost-alert", "stale", "patient", "resolved", "free", "xz")) {
            web.device(device, "officer", device.equals("xz") ? "330411" : "330402");
        }
        onShift("on", NOW.minusSeconds(60));
        onShift("off-post", NOW.minusSeconds(60));
        web.alert("off_post", "off-post", SHIFTS.get("off-post"), "g-here", "acknowledged", NOW.minusSeconds(600));
        onShift("lost-alert", NOW.minusSeconds(60));
        web.alert("signal_lost", "lost-alert", SHIFTS.get("lost-alert"), null, "open", NOW.minusSeconds(600));
        onShift("stale", NOW.minus(20, ChronoUnit.MINUTES));
        onShift("patient", NOW.minus(20, ChronoUnit.MINUTES));
        web.sql("update shift set rules = '{\"signalLostMinutes\": 30}' where id = $1", SHIFTS.get("patient"));
        onShift("resolved", NOW.minusSeconds(60));
        web.alert("off_post", "resolved", SHIFTS.get("resolved"), "g-here", "resolved", NOW.minusSeconds(600));
        web.fix("free", NOW.minusSeconds(60), LAT, LON);
        onShift("xz", NOW.minusSeconds(60));
        web.shift("free", List.of("g-here"), NOW.minus(5, ChronoUnit.HOURS), NOW.minus(1, ChronoUnit.HOURS));
    }

    private static void onShift(String device, Instant lastFix) {
        SHIFTS.put(
                device,
                web.shift(
                        device,
                        List.of("g-far", "g-here"),
                        NOW.minus(1, ChronoUnit.HOURS),
                        NOW.plus(1, ChronoUnit.HOURS)));
        web.fix(device, lastFix, LAT, LON);
    }

    @Test
    void statusFollowsShiftsAndOpenAlerts() {
        Map<String, JsonObject> live = live(admin);
        assertStatus(live, "on", "on_duty", "g-here");
        assertStatus(live, "off-post", "off_post", "g-here");
        assertStatus(live, "lost-alert", "signal_lost", "g-here");
        assertStatus(live, "stale", "signal_lost", "g-here");
        assertStatus(live, "patient", "on_duty", "g-here");
        assertStatus(live, "resolved", "on_duty", "g-here");
        JsonObject free = live.get("free");
        assertEquals("off_shift", free.getString("status"), "its only shift ended an hour ago");
        assertNull(free.getValue("shift"));
        assertNull(free.getValue("zone"));
    }

    @Test
    void viewerSeesOnlyItsDistrictsDevices() {
        Map<String, JsonObject> live = live(viewer);
        assertEquals(List.of("xz"), List.copyOf(live.keySet()));
        assertStatus(live, "xz", "on_duty", "g-here");
    }

    private static void assertStatus(Map<String, JsonObject> live, String device, String status, String zone) {
        JsonObject props = live.get(device);
        assertEquals(status, props.getString("status"), device);
        assertEquals(String.valueOf(SHIFTS.get(device)), props.getString("shift"), device);
        assertEquals(zone, props.getString("zone"), device);
    }

    private static Map<String, JsonObject> live(String token) {
        var response = web.get("/api/v1/live", token);
        assertEquals(200, response.statusCode(), response.bodyAsString());
        Map<String, JsonObject> byDevice = new HashMap<>();
        response.bodyAsJsonObject().getJsonArray("features").forEach(f -> {
            JsonObject props = ((JsonObject) f).getJsonObject("properties");
            byDevice.put(props.getString("device"), props);
        });
        return byDevice;
    }
}
