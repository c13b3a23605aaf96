package org.patrolgrid.web.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.patrolgrid.web.testing.ApiAssertions.assertError;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patrolgrid.web.testing.EmbeddedPostgresExtension;
import org.patrolgrid.web.testing.TestDatabase;
import org.patrolgrid.web.testing.WebFixture;

@ExtendWith({VertxExtension.class, EmbeddedPostgresExtension.class})
class TrackApiTest {
    /** Ten fixes a minute apart, two hours ago, inserted out of order. */
    private static final Instant BASE = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);

    private static final Instant OLD = BASE.minus(30, ChronoUnit.HOURS);
    private static WebFixture web;
    private static String token;

    @BeforeAll
    static void start(Vertx vertx, TestDatabase database) {
        web = WebFixture.start(vertx, database);
        web.device("t-1", "collector", "330402");
        for (int minute : new int[] {5, 2, 9, 0, 7, 1, 8, 3, 6, 4}) {
            web.fix("t-1", BASE.plus(minute, ChronoUnit.MINUTES), 30.75 + minute * 0.001, 120.75);
        }
        web.fix("t-1", OLD, 30.7, 120.7);
        web.user("admin", "pw", "admin", List.of());
        token = web.login("admin", "pw");
    }

    @Test
    void defaultWindowIsLast24HoursOrderedByTime() {
        JsonArray features = track("");
        assertEquals(10, features.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    BASE.plus(i, ChronoUnit.MINUTES).toString(),
                    props(features, i).getString("ts"));
        }
    }

    @Test
    void pointsAreGeoJsonWithFixProperties() {
        JsonObject first = features("").getJsonObject(0);
        assertEquals("Feature", first.getString("type"));
        JsonObject geometry = first.getJsonObject("geometry");
        assertEquals("Point", geometry.getString("type"));
        assertEquals(new JsonArray().add(120.75).add(30.75), geometry.getJsonArray("coordinates"));
        JsonObject props = first.getJsonObject("properties");
        assertEquals(5.5, props.getDouble("acc"));
        assertEquals(1.25, props.getDouble("speed"));
        assertEquals(80.0, props.getDouble("batt"));
        assertNull(props.getValue("course"));
        assertNull(props.getValue("alt"));
        assertEquals(false, props.getBoolean("mock"));
        assertEquals(BASE.toString(), props.getString("receivedAt"));
    }

    @Test
    void fromIsInclusiveAndToIsExclusiveInIso() {
        String from = BASE.plus(2, ChronoUnit.MINUTES).toString();
        String to = BASE.plus(5, ChronoUnit.MINUTES).toString();
        JsonArray features = track("?from=" + from + "&to=" + to);
        assertEquals(3, features.size());
        assertEquals(from, props(features, 0).getString("ts"));
    }

    @Test
    void epochMillisecondsWork() {
        long from = OLD.minusSeconds(60).toEpochMilli();
        long to = BASE.plus(1, ChronoUnit.MINUTES).toEpochMilli();
        JsonArray features = track("?from=" + from + "&to=" + to);
        assertEquals(2, features.size());
        assertEquals(OLD.toString(), props(features, 0).getString("ts"));
        assertEquals(BASE.toString(), props(features, 1).getString("ts"));
    }

    @Test
    void limitKeepsTheEarliestFixes() {
        JsonArray features = track("?limit=3");
        assertEquals(3, features.size());
        assertEquals(
                BASE.plus(2, ChronoUnit.MINUTES).toString(), props(features, 2).getString("ts"));
    }

    @Test
    void badWindowOrLimitIs400() {
        assertError(web.get("/api/v1/devices/t-1/track?from=yesterday", token), 400);
        assertError(web.get("/api/v1/devices/t-1/track?from=" + BASE + "&to=" + BASE, token), 400);
        assertError(web.get("/api/v1/devices/t-1/track?limit=0", token), 400);
        assertError(web.get("/api/v1/devices/t-1/track?limit=50001", token), 400);
    }

    @Test
    void unknownDeviceIs404() {
        assertError(web.get("/api/v1/devices/none/track", token), 404);
    }

    @Test
    void deviceWithoutFixesHasEmptyTrack() {
        web.device("t-empty", "officer", "330402");
        JsonObject body = web.get("/api/v1/devices/t-empty/track", token).bodyAsJsonObject();
        assertEquals("FeatureCollection", body.getString("type"));
        assertTrue(body.getJsonArray("features").isEmpty());
    }

    @Test
    void longTrackIsCompleteAndOrdered() {
        web.device("t-long", "collector", "330402");
        web.sql(
                "insert into position (device, fix_time, received_at, lat, lon)"
                        + " select 't-long', $1::timestamptz + (g || ' seconds')::interval, now(), 30.7, 120.7"
                        + " from generate_series(0, 2999) g order by random()",
                java.time.OffsetDateTime.ofInstant(BASE, java.time.ZoneOffset.UTC));
        var response = web.get("/api/v1/devices/t-long/track", token);
        assertEquals(200, response.statusCode());
        JsonArray features = response.bodyAsJsonObject().getJsonArray("features");
        assertEquals(3000, features.size());
        for (int i = 0; i < features.size(); i += 499) {
            assertEquals(BASE.plusSeconds(i).toString(), props(features, i).getString("ts"));
        }
    }

    private static JsonArray track(String query) {
        return features(query);
    }

    private static JsonArray features(String query) {
        var response = web.get("/api/v1/devices/t-1/track" + query.replace("+", "%2B"), token);
        assertEquals(200, response.statusCode(), response.bodyAsString());
        return response.bodyAsJsonObject().getJsonArray("features");
    }

    private static JsonObject props(JsonArray features, int index) {
        return features.getJsonObject(index).getJsonObject("properties");
    }
}
