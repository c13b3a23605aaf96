package org.patrolgrid.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.patrolgrid.web.testing.ApiAssertions.assertError;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patrolgrid.web.testing.EmbeddedPostgresExtension;
import org.patrolgrid.web.testing.TestDatabase;
import org.patrolgrid.web.testing.WebFixture;

/** Every device read (list, get, track, live) shows only what the caller's role and districts allow. */
@ExtendWith({VertxExtension.class, EmbeddedPostgresExtension.class})
class ScopeApiTest {
    private static final String NANHU = "330402";
    private static final String XIUZHOU = "330411";
    private static final Set<String> ALL = Set.of("n-col", "n-off", "x-col", "x-off");
    private static WebFixture web;

    @BeforeAll
    static void start(Vertx vertx, TestDatabase database) {
        web = WebFixture.start(vertx, database);
        web.device("n-col", "collector", NANHU);
        web.device("n-off", "officer", NANHU);
        web.device("x-col", "collector", XIUZHOU);
        web.device("x-off", "officer", XIUZHOU);
        Instant recent = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        for (String device : ALL) {
            web.fix(device, recent, 30.75, 120.75);
        }
        web.user("admin", "pw", "admin", List.of());
        web.user("nanhu", "pw", "viewer", List.of(NANHU));
        web.user("nobody", "pw", "viewer", List.of());
        web.user("boss", "pw", "bureau", List.of());
        web.user("boss-nanhu", "pw", "bureau", List.of(NANHU));
        web.user("center", "pw", "infocenter", List.of());
    }

    @Test
    void adminSeesEveryDevice() {
        assertVisible("admin", ALL);
    }

    @Test
    void viewerSeesOnlyDevicesOfItsDistricts() {
        assertVisible("nanhu", Set.of("n-col", "n-off"));
        String token = web.login("nanhu", "pw");
        assertError(web.get("/api/v1/devices/x-col", token), 404);
        assertError(web.get("/api/v1/devices/x-off/track", token), 404);
    }

    @Test
    void viewerWithoutDistrictsSeesNothing() {
        assertVisible("nobody", Set.of());
    }

    @Test
    void bureauSeesOnlyOfficers() {
        assertVisible("boss", Set.of("n-off", "x-off"));
        assertError(web.get("/api/v1/devices/n-col", web.login("boss", "pw")), 404);
    }

    @Test
    void bureauWithDistrictsSeesOnlyItsOfficers() {
        assertVisible("boss-nanhu", Set.of("n-off"));
    }

    @Test
    void infocenterSeesOnlyCollectors() {
        assertVisible("center", Set.of("n-col", "x-col"));
        assertError(web.get("/api/v1/devices/x-off/track", web.login("center", "pw")), 404);
    }

    /** The same set through the list, each get, each track and the live map. */
    private static void assertVisible(String username, Set<String> expected) {
        String token = web.login(username, "pw");
        JsonArray listed = web.get("/api/v1/devices", token).bodyAsJsonArray();
        assertEquals(expected, ids(listed, "id"));
        JsonArray live = web.get("/api/v1/live", token).bodyAsJsonObject().getJsonArray("features");
        assertEquals(
                expected,
                live.stream()
                        .map(f -> ((JsonObject) f).getJsonObject("properties").getString("device"))
                        .collect(Collectors.toSet()));
        for (String device : ALL) {
            int status = expected.contains(device) ? 200 : 404;
            assertEquals(status, web.get("/api/v1/devices/" + device, token).statusCode(), device);
            assertEquals(
                    status,
                    web.get("/api/v1/devices/" + device + "/track", token).statusCode(),
                    device);
        }
    }

    private static Set<String> ids(JsonArray array, String field) {
        return array.stream().map(o -> ((JsonObject) o).getString(field)).collect(Collectors.toSet());
    }
}
