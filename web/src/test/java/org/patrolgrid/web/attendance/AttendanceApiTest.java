package org.patrolgrid.web.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.patrolgrid.web.testing.ApiAssertions.assertError;
import static org.patrolgrid.web.testing.GeoJson.feature;
import static org.patrolgrid.web.testing.GeoJson.grid;
import static org.patrolgrid.web.testing.GeoJson.props;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patrolgrid.geofence.coverage.CellIndexer;
import org.patrolgrid.web.testing.EmbeddedPostgresExtension;
import org.patrolgrid.web.testing.TestDatabase;
import org.patrolgrid.web.testing.WebFixture;

/** Attendance and coverage read what the tracker wrote; rows are inserted here as the tracker would. */
@ExtendWith({VertxExtension.class, EmbeddedPostgresExtension.class})
class AttendanceApiTest {
    private static final long CELL_A = CellIndexer.h3().cell(30.752, 120.752);
    private static final long CELL_B = CellIndexer.h3().cell(30.757, 120.757);
    private static final long CELL_C = CellIndexer.h3().cell(30.765, 120.755);
    private static final long CELL_OUT = CellIndexer.h3().cell(30.90, 120.90);
    private static WebFixture web;
    private static String admin;
    private static String viewer;
    private static long morning;
    private static long afternoon;
    private static long elsewhere;

    @BeforeAll
    static void start(Vertx vertx, TestDatabase database) {
        web = WebFixture.start(vertx, database);
        admin = web.loggedIn("admin", "admin", List.of());
        viewer = web.loggedIn("nanhu", "viewer", List.of("330402"));
        web.device("c-nh", "collector", "330402");
        web.device("c-xz", "collector", "330411");
        web.sql("update device set name = $1 where id = 'c-nh'", "Wang, \"Xiao\" Ming 王小明");
        web.zones(
                admin,
                grid("g1", "330402", "330402001001001", 120.75, 30.75, 0.01),
                grid("g2", "330402", "330402001001002", 120.75, 30.76, 0.01),
                grid("g-xz", "330411", "330411001001001", 120.76, 30.75, 0.01),
                feature(
                        null,
                        props("a1", "area", "330402")
                                .put("grids", new JsonArray().add("g1").add("g2"))));
        morning = web.shift("c-nh", List.of("a1"), at("2026-11-28T00:00:00Z"), at("2026-11-28T04:00:00Z"));
        afternoon = web.shift("c-nh", List.of("a1"), at("2026-11-28T05:00:00Z"), at("2026-11-28T09:00:00Z"));
        elsewhere = web.shift("c-xz", List.of("g-xz"), at("2026-11-28T06:00:00Z"), at("2026-11-28T08:00:00Z"));
        web.shift("c-nh", List.of("a1"), at("2026-11-28T16:30:00Z"), at("2026-11-28T18:00:00Z")); // the 29th
        web.sql(
                "insert into attendance (shift, status, arrived_at, left_at, on_duty_minutes, off_post_minutes,"
                        + " coverage, grids_visited, grids_total, cells_visited, cells_total, visited_grids,"
                        + " visited_cells) values ($1, 'present', $2, $3, 238.5, 4.25, 0.5, 1, 2, 3, 900, $4, $5)",
                morning,
                at("2026-11-28T00:01:30Z").atOffset(java.time.ZoneOffset.UTC),
                at("2026-11-28T04:00:00Z").atOffset(java.time.ZoneOffset.UTC),
                new String[] {"g1"},
                new Long[] {CELL_A, CELL_B, CELL_OUT});
        web.sql(
                "insert into attendance (shift, status, coverage, route_adherence, visited_grids, visited_cells)"
                        + " values ($1, 'late', 0.25, 0.9, $2, $3)",
                afternoon,
                new String[] {"g2"},
                new Long[] {CELL_C, CELL_A});
    }

    @Test
    void oneRecordPerShiftOfTheShanghaiDayUndecidedOnesScheduled() {
        JsonArray records = json(web.get("/api/v1/attendance?date=2026-11-28", admin));
        assertEquals(List.of(morning, afternoon, elsewhere), shifts(records));
        JsonObject first = records.getJsonObject(0);
        assertEquals("c-nh", first.getString("device"));
        assertEquals(new JsonArray().add("a1"), first.getJsonArray("zones"));
        assertEquals("2026-11-28T00:00:00Z", first.getString("start"));
        assertEquals("2026-11-28T04:00:00Z", first.getString("end"));
        assertEquals("present", first.getString("status"));
        assertEquals("2026-11-28T00:01:30Z", first.getString("arrivedAt"));
        assertEquals(238.5, first.getDouble("onDutyMinutes"));
        assertEquals(4.25, first.getDouble("offPostMinutes"));
        assertEquals(0.5, first.getDouble("coverage"));
        assertEquals(1, first.getInteger("gridsVisited"));
        assertEquals(2, first.getInteger("gridsTotal"));
        assertNull(first.getValue("routeAdherence"));
        assertEquals(0.9, records.getJsonObject(1).getDouble("routeAdherence"));
        JsonObject undecided = records.getJsonObject(2);
        assertEquals("scheduled", undecided.getString("status"));
        assertNull(undecided.getValue("arrivedAt"));
        assertEquals(0.0, undecided.getDouble("coverage"));
        assertEquals(
                1, json(web.get("/api/v1/attendance?date=2026-11-29", admin)).size());
    }

    @Test
    void filtersAndScopeLimitTheRecords() {
        assertEquals(
                List.of(elsewhere), shifts(json(web.get("/api/v1/attendance?date=2026-11-28&device=c-xz", admin))));
        assertEquals(
                List.of(morning, afternoon),
                shifts(json(web.get("/api/v1/attendance?date=2026-11-28&district=330402", admin))));
        assertEquals(
                List.of(morning, afternoon),
                shifts(json(web.get("/api/v1/attendance?date=2026-11-28&unit=unit%20of%20c-nh", admin))));
        assertEquals(List.of(morning, afternoon), shifts(json(web.get("/api/v1/attendance?date=2026-11-28", viewer))));
        assertEquals(List.of(), shifts(json(web.get("/api/v1/attendance?date=2026-11-28&device=c-xz", viewer))));
        assertError(web.get("/api/v1/attendance?date=2026-13-01", admin), 400);
        assertError(web.get("/api/v1/attendance?date=2026-11-28&format=xml", admin), 400);
    }

    @Test
    void csvHasAHeaderQuotingAndABom() {
        HttpResponse<Buffer> response = web.get("/api/v1/attendance?date=2026-11-28&format=csv", admin);
        assertEquals(200, response.statusCode(), response.bodyAsString());
        assertTrue(response.getHeader("Content-Type").startsWith("text/csv"));
        assertTrue(response.getHeader("Content-Disposition").contains("attendance-2026-11-28.csv"));
        byte[] bytes = response.body().getBytes();
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n", -1);
        assertEquals(5, lines.length, "header, three shifts and the final line end");
        assertEquals(String.join(",", AttendanceViews.CSV_HEADER), lines[0]);
        assertTrue(
                lines[1].startsWith(morning + ",c-nh,\"Wang, \"\"Xiao\"\" Ming 王小明\",unit of c-nh,330402,a1,"
                        + "2026-11-28T08:00:00+08:00,2026-11-28T12:00:00+08:00,present,2026-11-28T08:01:30+08:00,"),
                lines[1]);
        assertTrue(lines[1].endsWith(",238.5,4.25,0.5,1,2,3,900,0,0,"), lines[1]);
        assertTrue(lines[3].contains(",scheduled,,,0,0,0,"), lines[3]);
        assertEquals("", lines[4]);
        String viewerCsv =
                web.get("/api/v1/attendance?date=2026-11-28&format=csv", viewer).bodyAsString();
        assertEquals(false, viewerCsv.contains("c-xz"));
    }

    @Test
    void coverageIsTheUnionOfTheDaysShiftsOnTheZone() {
        JsonObject area = json200(web.get("/api/v1/zones/a1/coverage?date=2026-11-28", admin));
        assertEquals("a1", area.getString("zone"));
        assertEquals(2, area.getInteger("gridsTotal"));
        assertEquals(2, area.getInteger("gridsVisited"));
        assertEquals(new JsonArray().add("g1").add("g2"), area.getJsonArray("visited"));
        assertEquals(3, area.getInteger("cellsVisited"), "A, B and C; the cell outside the area is not counted");
        assertTrue(area.getInteger("cellsTotal") > 300, area.encode());
        JsonObject quiet = json200(web.get("/api/v1/zones/a1/coverage?date=2026-11-30", admin));
        assertEquals(0, quiet.getInteger("gridsVisited"));
        assertEquals(0, quiet.getInteger("cellsVisited"));
        assertError(web.get("/api/v1/zones/g-xz/coverage?date=2026-11-28", viewer), 404);
        assertError(web.get("/api/v1/zones/nope/coverage?date=2026-11-28", admin), 404);
    }

    @Test
    void gridCoverageCountsOnlyShiftsAssignedToIt() {
        JsonObject grid = json200(web.get("/api/v1/zones/g1/coverage?date=2026-11-28", admin));
        assertEquals(1, grid.getInteger("gridsTotal"));
        assertEquals(0, grid.getInteger("gridsVisited"), "no shift of the day is assigned to g1 itself");
        JsonObject xz = json200(web.get("/api/v1/zones/g-xz/coverage?date=2026-11-28", admin));
        assertEquals(1, xz.getInteger("shifts"));
        assertEquals(0, xz.getInteger("gridsVisited"), "its shift has no record yet");
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private static JsonArray json(HttpResponse<Buffer> response) {
        assertEquals(200, response.statusCode(), response.bodyAsString());
        return response.bodyAsJsonArray();
    }

    private static JsonObject json200(HttpResponse<Buffer> response) {
        assertEquals(200, response.statusCode(), response.bodyAsString());
        return response.bodyAsJsonObject();
    }

    private static List<Long> shifts(JsonArray records) {
        return records.stream().map(r -> ((JsonObject) r).getLong("shift")).toList();
    }
}
