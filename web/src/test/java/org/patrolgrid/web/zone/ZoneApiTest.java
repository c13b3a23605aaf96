package org.patrolgrid.web.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.patrolgrid.web.testing.ApiAssertions.assertError;
import static org.patrolgrid.web.testing.GeoJson.collection;
import static org.patrolgrid.web.testing.GeoJson.feature;
import static org.patrolgrid.web.testing.GeoJson.grid;
import static org.patrolgrid.web.testing.GeoJson.line;
import static org.patrolgrid.web.testing.GeoJson.point;
import static org.patrolgrid.web.testing.GeoJson.polygon;
import static org.patrolgrid.web.testing.GeoJson.props;
import static org.patrolgrid.web.testing.GeoJson.square;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.patrolgrid.geofence.geo.Gcj02;
import org.patrolgrid.web.bus.BusAddress;
import org.patrolgrid.web.testing.EmbeddedPostgresExtension;
import org.patrolgrid.web.testing.TestDatabase;
import org.patrolgrid.web.testing.WebFixture;

@ExtendWith({VertxExtension.class, EmbeddedPostgresExtension.class})
class ZoneApiTest {
    private static final LinkedBlockingQueue<JsonObject> CHANGED = new LinkedBlockingQueue<>();
    private static WebFixture web;
    private static String admin;
    private static String viewer;

    @BeforeAll
    static void start(Vertx vertx, TestDatabase database) {
        web = WebFixture.start(vertx, database);
        admin = web.loggedIn("admin", "admin", List.of());
        viewer = web.loggedIn("nanhu", "viewer", List.of("330402"));
        vertx.eventBus().<JsonObject>consumer(BusAddress.ZONES_CHANGED, message -> CHANGED.add(message.body()));
        var response = web.post(
                "/api/v1/zones",
                admin,
                collection(
                        grid("g-nh-1", "330402", "330402001001001", 120.75, 30.75, 0.01),
                        grid("g-nh-2", "330402", "330402001001002", 120.75, 30.76, 0.01),
                        grid("g-xz-1", "330411", "330411001001001", 120.76, 30.75, 0.01),
                        feature(
                                null,
                                props("a-nh", "area", "330402")
                                        .put(
                                                "grids",
                                                new JsonArray().add("g-nh-1").add("g-nh-2"))),
                        feature(
                                point(120.80, 30.80),
                                props("p-nh", "post", "330402").put("radius", 50)),
                        feature(
                                line(120.70, 30.70, 120.71, 30.70),
                                props("r-xz", "route", "330411")
                                        .put("width", 20)
                                        .put(
                                                "checkpoints",
                                                new JsonArray()
                                                        .add(new JsonObject()
                                                                .put("id", "cp1")
                                                                .put("lon", 120.705)
                                                                .put("lat", 30.70)
                                                                .put("radius", 15))))));
        assertEquals(201, response.statusCode(), response.bodyAsString());
        assertEquals(6, response.bodyAsJsonObject().getInteger("created"));
    }

    @Test
    void importIsListedFilteredAndServedOneByOne() {
        List<String> all = ids(features(web.get("/api/v1/zones", admin)));
        assertTrue(all.containsAll(List.of("a-nh", "g-nh-1", "g-nh-2", "g-xz-1", "p-nh", "r-xz")), all.toString());
        assertEquals(List.of("g-xz-1"), ids(features(web.get("/api/v1/zones?kind=grid&district=330411", admin))));
        assertEquals(List.of("r-xz"), ids(features(web.get("/api/v1/zones?kind=route", admin))));
        JsonObject area = web.get("/api/v1/zones/a-nh", admin).bodyAsJsonObject();
        assertEquals("area", area.getJsonObject("properties").getString("kind"));
        assertEquals(
                new JsonArray().add("g-nh-1").add("g-nh-2"),
                area.getJsonObject("properties").getJsonArray("grids"));
        JsonObject post = web.get("/api/v1/zones/p-nh", admin).bodyAsJsonObject();
        assertEquals("Point", post.getJsonObject("geometry").getString("type"));
        assertEquals(50.0, post.getJsonObject("properties").getDouble("radius"));
        JsonObject route =
                web.get("/api/v1/zones/r-xz", admin).bodyAsJsonObject().getJsonObject("properties");
        assertEquals("cp1", route.getJsonArray("checkpoints").getJsonObject(0).getString("id"));
        assertError(web.get("/api/v1/zones/nope", admin), 404);
        assertError(web.get("/api/v1/zones?kind=circle", admin), 400);
    }

    @Test
    void viewerSeesOnlyZonesOfItsDistrictsAndCannotImport() {
        List<String> seen = ids(features(web.get("/api/v1/zones", viewer)));
        assertTrue(seen.containsAll(List.of("a-nh", "g-nh-1", "g-nh-2", "p-nh")), seen.toString());
        assertTrue(seen.stream().noneMatch(id -> id.contains("xz")), seen.toString());
        assertError(web.get("/api/v1/zones/g-xz-1", viewer), 404);
        assertEquals(List.of(), ids(features(web.get("/api/v1/zones?at=30.755,120.765", viewer))));
        assertError(web.post("/api/v1/zones", viewer, grid("g-v", "330402", "330402001001009", 121, 30, 0.01)), 403);
    }

    @Test
    void singleFeatureUpsertsByIdAndAnAreaMayNameStoredGrids() throws InterruptedException {
        CHANGED.clear();
        JsonObject area = feature(null, props("a-later", "area", "330402").put("grids", new JsonArray().add("g-nh-1")));
        var response = web.post("/api/v1/zones", admin, area);
        assertEquals(201, response.statusCode(), response.bodyAsString());
        assertEquals(1, response.bodyAsJsonObject().getInteger("created"));
        assertEquals(
                new JsonArray().add("a-later"),
                CHANGED.poll(5, TimeUnit.SECONDS).getJsonArray("zones"));
        JsonObject renamed = feature(
                square(120.80, 30.80, 0.01), props("a-later", "area", "330402").put("name", "B"));
        assertEquals(201, web.post("/api/v1/zones", admin, renamed).statusCode());
        JsonObject stored = web.get("/api/v1/zones/a-later", admin).bodyAsJsonObject();
        assertEquals("B", stored.getJsonObject("properties").getString("name"));
        assertEquals(
                1,
                web.sql("select count(*) from zone where id = 'a-later'")
                        .iterator()
                        .next()
                        .getLong(0));
        assertEquals(List.of("a-later"), ids(features(web.get("/api/v1/zones?at=30.805,120.805", admin))));
    }

    @Test
    void gcj02InputIsStoredAsWgs84() {
        double gcjLat = 30.7468;
        double gcjLon = 120.7555;
        JsonObject post =
                feature(point(gcjLon, gcjLat), props("p-gcj", "post", "330402").put("radius", 30));
        assertEquals(201, web.post("/api/v1/zones?crs=gcj02", admin, post).statusCode());
        JsonArray stored = web.get("/api/v1/zones/p-gcj", admin)
                .bodyAsJsonObject()
                .getJsonObject("geometry")
                .getJsonArray("coordinates");
        double[] wgs = Gcj02.toWgs84(gcjLat, gcjLon);
        assertEquals(wgs[1], stored.getDouble(0), 1e-9);
        assertEquals(wgs[0], stored.getDouble(1), 1e-9);
        assertTrue(Math.abs(stored.getDouble(0) - gcjLon) > 0.001, "converted, not stored as given");
        assertError(web.post("/api/v1/zones?crs=bd09", admin, post), 400);
    }

    static Stream<Arguments> invalidFeatures() {
        return Stream.of(
                Arguments.of(
                        "bowtie",
                        feature(
                                polygon(120, 30, 120.01, 30.01, 120.01, 30, 120, 30.01, 120, 30),
                                props("bowtie", "grid", "330402").put("code", "330402001001003"))),
                Arguments.of("no-code", feature(square(120, 30, 0.01), props("no-code", "grid", "330402"))),
                Arguments.of(
                        "bad-code",
                        feature(
                                square(120, 30, 0.01),
                                props("bad-code", "grid", "330402").put("code", "330411001001001"))),
                Arguments.of(
                        "open-ring",
                        feature(polygon(120, 30, 120.01, 30, 120.01, 30.01), props("open-ring", "area", "330402"))),
                Arguments.of("no-radius", feature(point(120, 30), props("no-radius", "post", "330402"))),
                Arguments.of(
                        "line-post",
                        feature(
                                line(120, 30, 120.01, 30),
                                props("line-post", "post", "330402").put("radius", 5))),
                Arguments.of("no-width", feature(line(120, 30, 120.01, 30), props("no-width", "route", "330402"))),
                Arguments.of(
                        "poly-route",
                        feature(
                                square(120, 30, 0.01),
                                props("poly-route", "route", "330402").put("width", 5))),
                Arguments.of(
                        "lost-grid",
                        feature(
                                null,
                                props("lost-grid", "area", "330402")
                                        .put("grids", new JsonArray().add("no-such-grid")))),
                Arguments.of("odd-kind", feature(square(120, 30, 0.01), props("odd-kind", "zone", "330402"))),
                Arguments.of(
                        "no-geometry",
                        feature(null, props("no-geometry", "grid", "330402").put("code", "330402001001004"))),
                Arguments.of(
                        "far-lat",
                        feature(
                                point(120, 95),
                                props("far-lat", "post", "330402").put("radius", 5))),
                Arguments.of(
                        "bad id!",
                        feature(
                                point(120, 30),
                                props("bad id!", "post", "330402").put("radius", 5))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFeatures")
    void invalidFeatureIsRefusedNamingItAndNothingIsStored(String id, JsonObject bad) {
        long before = zoneCount();
        JsonObject good = grid("g-ok-" + id.hashCode(), "330402", "330402009009009", 121, 31, 0.01);
        var response = web.post("/api/v1/zones", admin, collection(good, bad));
        assertError(response, 400);
        assertTrue(response.bodyAsJsonObject().getString("error").contains(id), response.bodyAsString());
        assertEquals(before, zoneCount(), "one transaction per import: the good feature is not kept either");
    }

    @Test
    void importLargerThanTheGeneralBodyLimitIsAccepted() {
        int count = 1_500;
        String remark = "x".repeat(1_000);
        JsonObject[] grids = new JsonObject[count];
        for (int i = 0; i < count; i++) {
            double lon = 121.5 + (i % 50) * 0.001;
            double lat = 31.5 + (i / 50) * 0.001;
            String code = String.format("330402%03d%06d", 500 + i / 1000, i % 1000);
            grids[i] = grid("big-" + i, "330402", code, lon, lat, 0.001);
            grids[i].getJsonObject("properties").put("remark", remark);
        }
        JsonObject body = collection(grids);
        assertTrue(body.encode().length() > 1024 * 1024 + 100_000, "over the 1 MiB limit of other endpoints");
        var response = web.post("/api/v1/zones", admin, body);
        assertEquals(201, response.statusCode(), response.bodyAsString());
        assertEquals(count, response.bodyAsJsonObject().getInteger("created"));
        assertEquals(List.of("big-51"), ids(features(web.get("/api/v1/zones?at=31.5015,121.5015", admin))));
        JsonObject kept =
                web.get("/api/v1/zones/big-7", admin).bodyAsJsonObject().getJsonObject("properties");
        assertEquals(remark, kept.getString("remark"), "properties PatrolGrid does not interpret are kept");
    }

    @Test
    void largeImportWithoutTokenIsRefusedBeforeItsBodyCounts() {
        Buffer big = Buffer.buffer(
                "{\"type\":\"FeatureCollection\",\"features\":[],\"pad\":\"" + "x".repeat(2_000_000) + "\"}");
        assertError(web.send(HttpMethod.POST, "/api/v1/zones", null, big), 401);
        assertError(web.send(HttpMethod.POST, "/api/v1/zones", "not-a-token", big), 401);
    }

    @Test
    void bodyThatIsNotGeoJsonIsRefused() {
        assertError(web.post("/api/v1/zones", admin, new JsonObject().put("type", "Point")), 400);
        assertError(web.send(HttpMethod.POST, "/api/v1/zones", admin, Buffer.buffer("{\"type\":")), 400);
    }

    @Test
    void atFindsContainingZonesExactlyWithEdgesIncluded() {
        assertEquals(List.of("g-nh-1", "a-nh"), ids(features(web.get("/api/v1/zones?at=30.755,120.755", admin))));
        List<String> onSharedEdge = ids(features(web.get("/api/v1/zones?at=30.755,120.76", admin)));
        assertEquals(List.of("g-nh-1", "g-xz-1", "a-nh"), onSharedEdge);
        List<String> atCorner = ids(features(web.get("/api/v1/zones?at=30.76,120.76", admin)));
        assertTrue(atCorner.containsAll(List.of("g-nh-1", "g-nh-2", "g-xz-1", "a-nh")), atCorner.toString());
        assertEquals(List.of(), ids(features(web.get("/api/v1/zones?at=30.755,120.7701", admin))));
        assertEquals(List.of("g-nh-1", "a-nh"), ids(features(web.get("/api/v1/zones?at=30.755,120.76", viewer))));
        assertError(web.get("/api/v1/zones?at=30.7", admin), 400);
        assertError(web.get("/api/v1/zones?at=95,120", admin), 400);
    }

    @Test
    void zonesWrittenElsewhereAreIndexedWhenZonesChangedArrives(Vertx vertx) throws InterruptedException {
        String feature =
                grid("g-other-node", "330402", "330402001001077", 122, 31, 0.01).encode();
        web.sql(
                "insert into zone (id, kind, name, district, code, feature) values ($1, 'grid', 'x', '330402',"
                        + " '330402001001077', $2::text::jsonb)",
                "g-other-node",
                feature);
        vertx.eventBus().publish(BusAddress.ZONES_CHANGED, new JsonObject().put("zones", new JsonArray()));
        List<String> found = List.of();
        for (int i = 0; i < 250 && found.isEmpty(); i++) {
            Thread.sleep(20);
            found = ids(features(web.get("/api/v1/zones?at=31.005,122.005", admin)));
        }
        assertEquals(List.of("g-other-node"), found);
    }

    private static long zoneCount() {
        return web.sql("select count(*) from zone").iterator().next().getLong(0);
    }

    static JsonArray features(io.vertx.ext.web.client.HttpResponse<Buffer> response) {
        assertEquals(200, response.statusCode(), response.bodyAsString());
        JsonObject body = response.bodyAsJsonObject();
        assertEquals("FeatureCollection", body.getString("type"));
        return body.getJsonArray("features");
    }

    static List<String> ids(JsonArray features) {
        return features.stream()
                .map(f -> ((JsonObject) f).getJsonObject("properties").getString("id"))
                .toList();
    }
}
