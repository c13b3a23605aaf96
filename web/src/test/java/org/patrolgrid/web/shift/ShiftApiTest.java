package org.patrolgrid.web.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.patrolgrid.web.testing.ApiAssertions.assertError;
import static org.patrolgrid.web.testing.GeoJson.grid;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.web.bus.BusAddress;
import org.patrolgrid.web.testing.EmbeddedPostgresExtension;
import org.patrolgrid.web.testing.TestDatabase;
import org.patrolgrid.web.testing.WebFixture;

@ExtendWith({VertxExtension.class, EmbeddedPostgresExtension.class})
class ShiftApiTest {
    private static final LinkedBlockingQueue<JsonObject> CHANGED = new LinkedBlockingQueue<>();
    private static WebFixture web;
    private static String admin;
    private static String center;
    private static String viewer;

    @BeforeAll
    static void start(Vertx vertx, TestDatabase database) {
        web = WebFixture.start(vertx, database);
        admin = web.loggedIn("admin", "admin", List.of());
        center = web.loggedIn("center", "infocenter", List.of("330402"));
        viewer = web.loggedIn("nanhu", "viewer", List.of("330402"));
        web.device("c-nh", "collector", "330402");
        web.device("c-xz", "collector", "330411");
        web.zones(
                admin,
                grid("g-nh", "330402", "330402001001001", 120.75, 30.75, 0.01),
                grid("g-xz", "330411", "330411001001001", 120.76, 30.75, 0.01));
        vertx.eventBus().<JsonObject>consumer(BusAddress.SHIFTS_CHANGED, message -> CHANGED.add(message.body()));
    }

    @Test
    void shiftIsCreatedWithCompleteRulesAndAnnounced() throws InterruptedException {
        CHANGED.clear();
        JsonObject body = shift("c-nh", "g-nh", "2026-11-28T08:00:00+08:00", "2026-11-28T12:00:00+08:00")
                .put("rules", new JsonObject().put("graceMinutes", 2.5).put("minCoverage", 0.8));
        var response = web.post("/api/v1/shifts", center, body);
        assertEquals(201, response.statusCode(), response.bodyAsString());
        long id = response.bodyAsJsonObject().getLong("id");
        JsonObject announced = CHANGED.poll(5, TimeUnit.SECONDS);
        assertNotNull(announced);
        assertEquals(new JsonArray().add(id), announced.getJsonArray("shifts"));
        assertEquals(new JsonArray().add("c-nh"), announced.getJsonArray("devices"));
        JsonObject listed = only(
                web.get("/api/v1/shifts?date=2026-11-28&device=c-nh", admin).bodyAsJsonArray(), id);
        assertEquals("2026-11-28T00:00:00Z", listed.getString("start"));
        assertEquals("2026-11-28T04:00:00Z", listed.getString("end"));
        assertEquals(new JsonArray().add("g-nh"), listed.getJsonArray("zones"));
        JsonObject rules = listed.getJsonObject("rules");
        assertEquals(2.5, rules.getDouble("graceMinutes"));
        assertEquals(0.8, rules.getDouble("minCoverage"));
        assertEquals(ShiftRules.DEFAULT_OFF_POST_MINUTES, rules.getDouble("offPostMinutes"));
        assertEquals(ShiftRules.DEFAULT_SIGNAL_LOST_MINUTES, rules.getDouble("signalLostMinutes"));
    }

    @Test
    void invalidShiftsAreRefused() {
        String start = "2026-11-28T08:00:00+08:00";
        assertError(web.post("/api/v1/shifts", admin, shift("c-nh", "g-nh", start, start)), 400);
        assertError(web.post("/api/v1/shifts", admin, shift("ghost", "g-nh", start, "2026-11-28T09:00:00+08:00")), 400);
        assertError(
                web.post("/api/v1/shifts", admin, shift("c-nh", "nowhere", start, "2026-11-28T09:00:00+08:00")), 400);
        assertError(web.post("/api/v1/shifts", admin, shift("c-nh", "g-nh", "8 am", "2026-11-28T09:00:00+08:00")), 400);
        JsonObject badRule = shift("c-nh", "g-nh", start, "2026-11-28T09:00:00+08:00");
        assertError(
                web.post(
                        "/api/v1/shifts",
                        admin,
                        badRule.copy().put("rules", new JsonObject().put("graceMinutes", "5"))),
                400);
        assertError(
                web.post(
                        "/api/v1/shifts", admin, badRule.copy().put("rules", new JsonObject().put("graceMinutes", -1))),
                400);
        assertError(
                web.post(
                        "/api/v1/shifts", admin, badRule.copy().put("rules", new JsonObject().put("minCoverage", 1.5))),
                400);
        assertError(web.post("/api/v1/shifts", admin, badRule.copy().put("zones", new JsonArray())), 400);
    }

    @Test
    void devicesAndZonesOutOfScopeAreUnknownAndViewersCannotPlan() {
        String start = "2026-11-28T08:00:00+08:00";
        String end = "2026-11-28T09:00:00+08:00";
        assertError(web.post("/api/v1/shifts", center, shift("c-xz", "g-nh", start, end)), 400);
        assertError(web.post("/api/v1/shifts", center, shift("c-nh", "g-xz", start, end)), 400);
        assertError(web.post("/api/v1/shifts", viewer, shift("c-nh", "g-nh", start, end)), 403);
        assertEquals(
                201,
                web.post("/api/v1/shifts", admin, shift("c-xz", "g-xz", start, end))
                        .statusCode());
        JsonArray seen = web.get("/api/v1/shifts?date=2026-11-28", viewer).bodyAsJsonArray();
        assertTrue(
                seen.stream().allMatch(s -> ((JsonObject) s).getString("device").equals("c-nh")), seen.encode());
        assertError(web.get("/api/v1/shifts?date=28.11.2026", admin), 400);
    }

    @Test
    void shiftBelongsToTheShanghaiDayItStarts() {
        long late = id(web.post(
                "/api/v1/shifts",
                admin,
                shift("c-nh", "g-nh", "2026-12-01T23:30:00+08:00", "2026-12-02T01:00:00+08:00")));
        long early = id(web.post(
                "/api/v1/shifts", admin, shift("c-nh", "g-nh", "2026-12-01T16:30:00Z", "2026-12-01T18:00:00Z")));
        assertEquals(
                List.of(late),
                ids(web.get("/api/v1/shifts?date=2026-12-01", admin).bodyAsJsonArray()));
        assertEquals(
                List.of(early),
                ids(web.get("/api/v1/shifts?date=2026-12-02", admin).bodyAsJsonArray()));
    }

    @Test
    void scheduleExpandsIntoShiftsInShanghaiTime() {
        JsonObject schedule = new JsonObject()
                .put("device", "c-nh")
                .put("zones", new JsonArray().add("g-nh"))
                .put("days", new JsonArray().add("MON").add("wed"))
                .put("start", "22:00")
                .put("end", "06:00")
                .put("from", "2027-01-04")
                .put("until", "2027-01-10")
                .put("rules", new JsonObject().put("graceMinutes", 1.5));
        var response = web.post("/api/v1/schedules", center, schedule);
        assertEquals(201, response.statusCode(), response.bodyAsString());
        assertEquals(2, response.bodyAsJsonObject().getInteger("shifts"));
        long scheduleId = response.bodyAsJsonObject().getLong("id");
        JsonArray monday = web.get("/api/v1/shifts?date=2027-01-04", admin).bodyAsJsonArray();
        assertEquals(1, monday.size());
        assertEquals("2027-01-04T14:00:00Z", monday.getJsonObject(0).getString("start"));
        assertEquals("2027-01-04T22:00:00Z", monday.getJsonObject(0).getString("end"), "crosses midnight");
        assertEquals(scheduleId, monday.getJsonObject(0).getLong("schedule"));
        assertEquals(1.5, monday.getJsonObject(0).getJsonObject("rules").getDouble("graceMinutes"));
        assertEquals(
                0,
                web.get("/api/v1/shifts?date=2027-01-05", admin)
                        .bodyAsJsonArray()
                        .size());
        assertEquals(
                1,
                web.get("/api/v1/shifts?date=2027-01-06", admin)
                        .bodyAsJsonArray()
                        .size());
    }

    @Test
    void invalidSchedulesAreRefused() {
        JsonObject base = new JsonObject()
                .put("device", "c-nh")
                .put("zones", new JsonArray().add("g-nh"))
                .put("days", new JsonArray().add("MON"))
                .put("start", "08:00")
                .put("end", "12:00")
                .put("from", "2027-02-01")
                .put("until", "2027-02-28");
        assertError(web.post("/api/v1/schedules", admin, base.copy().put("until", "2027-01-01")), 400);
        assertError(web.post("/api/v1/schedules", admin, base.copy().put("days", new JsonArray().add("MONDAY"))), 400);
        assertError(web.post("/api/v1/schedules", admin, base.copy().put("start", "8h")), 400);
        assertError(web.post("/api/v1/schedules", admin, base.copy().put("end", "08:00")), 400);
        assertError(web.post("/api/v1/schedules", admin, base.copy().put("until", "2031-01-01")), 400);
        assertError(web.post("/api/v1/schedules", center, base.copy().put("device", "c-xz")), 400);
        assertError(web.post("/api/v1/schedules", viewer, base), 403);
        assertEquals(
                0,
                web.sql("select count(*) from schedule where valid_from = '2027-02-01'")
                        .iterator()
                        .next()
                        .getLong(0));
    }

    private static JsonObject shift(String device, String zone, String start, String end) {
        return new JsonObject()
                .put("device", device)
                .put("zones", new JsonArray().add(zone))
                .put("start", start)
                .put("end", end);
    }

    private static long id(io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer> response) {
        assertEquals(201, response.statusCode(), response.bodyAsString());
        return response.bodyAsJsonObject().getLong("id");
    }

    private static List<Long> ids(JsonArray shifts) {
        return shifts.stream().map(s -> ((JsonObject) s).getLong("id")).toList();
    }

    private static JsonObject only(JsonArray shifts, long id) {
        return shifts.stream()
                .map(s -> (JsonObject) s)
                .filter(s -> s.getLong("id") == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("shift " + id + " not in " + shifts.encode()));
    }
}
