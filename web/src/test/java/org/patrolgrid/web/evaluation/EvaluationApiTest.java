package org.patrolgrid.web.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.patrolgrid.web.testing.ApiAssertions.assertError;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patrolgrid.web.testing.EmbeddedPostgresExtension;
import org.patrolgrid.web.testing.TestDatabase;
import org.patrolgrid.web.testing.WebFixture;

@ExtendWith({VertxExtension.class, EmbeddedPostgresExtension.class})
class EvaluationApiTest {
    private static final String PERIOD = "from=2026-11-02&to=2026-11-03";
    private static WebFixture web;
    private static String admin;
    private static String viewer;

    @BeforeAll
    static void start(Vertx vertx, TestDatabase database) {
        web = WebFixture.start(vertx, database);
        admin = web.loggedIn("admin", "admin", List.of());
        viewer = web.loggedIn("nanhu", "viewer", List.of("330402"));
        web.device("c1", "collector", "330402");
        web.device("c2", "collector", "330402");
        web.device("c3", "collector", "330411");
        web.sql("update device set unit = 'U1' where id in ('c1', 'c2')");
        web.sql("update device set unit = 'U2' where id = 'c3'");
        web.sql("insert into zone (id, kind, name, district, feature) values ('z', 'post', 'z', '330402', '{}')");
        decided("c1", "2026-11-02T00:00:00Z", "present", 0.8, 5);
        decided("c1", "2026-11-03T15:00:00Z", "late", 0.4, 10); // 23:00 on the 3rd in Shanghai
        web.shift("c1", List.of("z"), at("2026-11-02T05:00:00Z"), at("2026-11-02T06:00:00Z")); // still scheduled
        decided("c1", "2026-11-03T16:00:00Z", "present", 1.0, 0); // the 4th in Shanghai: outside
        decided("c2", "2026-11-02T01:00:00Z", "absent", 0.0, 0);
        decided("c2", "2026-11-02T02:00:00Z", "early_leave", 0.6, 2.5);
        decided("c3", "2026-11-02T01:00:00Z", "present", 1.0, 0);
        web.alert("late", "c1", null, null, "resolved", at("2026-11-01T16:00:00Z"));
        web.alert("off_post", "c1", null, null, "open", at("2026-11-03T15:59:59Z"));
        web.alert("sos", "c1", null, null, "open", at("2026-11-03T16:00:00Z"));
        web.alert("sos", "c3", null, null, "open", at("2026-11-02T03:00:00Z"));
    }

    @Test
    void byPersonCountsEachDevice() {
        JsonArray rows = rows(web.get("/api/v1/evaluation?" + PERIOD + "&by=person", admin));
        assertEquals(List.of("c1", "c2", "c3"), keys(rows));
        JsonObject c1 = rows.getJsonObject(0);
        assertEquals("name of c1", c1.getString("name"));
        assertEquals(3, c1.getInteger("shifts"));
        assertEquals(1, c1.getInteger("present"));
        assertEquals(1, c1.getInteger("late"));
        assertEquals(0, c1.getInteger("absent"));
        assertEquals(1.0, c1.getDouble("attendanceRate"), "the scheduled shift is not decided yet");
        assertEquals(15.0, c1.getDouble("offPostMinutes"));
        assertEquals(0.6, c1.getDouble("averageCoverage"), 1e-9);
        assertEquals(2, c1.getInteger("alerts"));
        JsonObject c2 = rows.getJsonObject(1);
        assertEquals(1, c2.getInteger("absent"));
        assertEquals(1, c2.getInteger("earlyLeave"));
        assertEquals(0.0, c2.getDouble("attendanceRate"));
        assertEquals(0.3, c2.getDouble("averageCoverage"), 1e-9);
        assertEquals(0, c2.getInteger("alerts"));
    }

    @Test
    void byUnitAndByDistrictAggregateTheirDevices() {
        JsonArray units = rows(web.get("/api/v1/evaluation?" + PERIOD + "&by=unit", admin));
        assertEquals(List.of("U1", "U2"), keys(units));
        JsonObject u1 = units.getJsonObject(0);
        assertEquals(5, u1.getInteger("shifts"));
        assertEquals(0.5, u1.getDouble("attendanceRate"));
        assertEquals(17.5, u1.getDouble("offPostMinutes"));
        assertEquals(0.45, u1.getDouble("averageCoverage"), 1e-9);
        assertEquals(2, u1.getInteger("alerts"));
        JsonArray districts = rows(web.get("/api/v1/evaluation?" + PERIOD + "&by=district", admin));
        assertEquals(List.of("330402", "330411"), keys(districts));
        assertEquals(1, districts.getJsonObject(1).getInteger("alerts"));
        assertEquals(1.0, districts.getJsonObject(1).getDouble("attendanceRate"));
    }

    @Test
    void viewerSeesOnlyItsDistrict() {
        assertEquals(List.of("330402"), keys(rows(web.get("/api/v1/evaluation?" + PERIOD + "&by=district", viewer))));
        assertEquals(List.of("c1", "c2"), keys(rows(web.get("/api/v1/evaluation?" + PERIOD, viewer))));
    }

    @Test
    void aPeriodWithoutDecidedShiftsHasNoRate() {
        JsonArray rows = rows(web.get("/api/v1/evaluation?from=2026-11-04&by=person", admin));
        assertEquals(List.of("c1"), keys(rows));
        assertEquals(1.0, rows.getJsonObject(0).getDouble("attendanceRate"));
        JsonArray empty = rows(web.get("/api/v1/evaluation?from=2026-12-04&by=person", admin));
        assertEquals(0, empty.size());
        web.shift("c2", List.of("z"), at("2026-12-10T01:00:00Z"), at("2026-12-10T02:00:00Z"));
        JsonObject pending =
                rows(web.get("/api/v1/evaluation?from=2026-12-10", admin)).getJsonObject(0);
        assertNull(pending.getValue("attendanceRate"));
        assertNull(pending.getValue("averageCoverage"));
    }

    @Test
    void csvCarriesTheSameRows() {
        var response = web.get("/api/v1/evaluation?" + PERIOD + "&by=unit&format=csv", admin);
        assertEquals(200, response.statusCode(), response.bodyAsString());
        assertTrue(response.getHeader("Content-Type").startsWith("text/csv"));
        byte[] bytes = response.body().getBytes();
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(String.join(",", EvaluationResource.CSV_HEADER), lines[0]);
        assertTrue(lines[1].startsWith("U1,,5,1,1,1,1,0,0.5,17.5,0.45"), lines[1]);
        assertEquals(3, lines.length);
    }

    @Test
    void badParametersAreRefused() {
        assertError(web.get("/api/v1/evaluation?" + PERIOD + "&by=team", admin), 400);
        assertError(web.get("/api/v1/evaluation?to=2026-11-03", admin), 400);
        assertError(web.get("/api/v1/evaluation?from=2026-11-03&to=2026-11-02", admin), 400);
        assertError(web.get("/api/v1/evaluation?from=2026-01-01&to=2027-06-01", admin), 400);
    }

    private static void decided(String device, String start, String status, double coverage, double offPost) {
        long shift = web.shift(device, List.of("z"), at(start), at(start).plusSeconds(3600));
        web.sql(
                "insert into attendance (shift, status, coverage, off_post_minutes) values ($1, $2, $3, $4)",
                shift,
                status,
                coverage,
                offPost);
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private static JsonArray rows(io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer> response) {
        assertEquals(200, response.statusCode(), response.bodyAsString());
        return response.bodyAsJsonArray();
    }

    private static List<String> keys(JsonArray rows) {
        return rows.stream().map(r -> ((JsonObject) r).getString("key")).toList();
    }
}
