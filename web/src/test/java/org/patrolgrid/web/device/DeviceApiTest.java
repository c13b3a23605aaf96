package org.patrolgrid.web.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.patrolgrid.web.testing.ApiAssertions.assertError;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patrolgrid.web.auth.DeviceSecrets;
import org.patrolgrid.web.bus.BusAddress;
import org.patrolgrid.web.testing.EmbeddedPostgresExtension;
import org.patrolgrid.web.testing.TestDatabase;
import org.patrolgrid.web.testing.WebFixture;

@ExtendWith({VertxExtension.class, EmbeddedPostgresExtension.class})
class DeviceApiTest {
    private static final LinkedBlockingQueue<String> CHANGED = new LinkedBlockingQueue<>();
    private static WebFixture web;
    private static String admin;
    private static String infocenter;

    @BeforeAll
    static void start(Vertx vertx, TestDatabase database) {
        web = WebFixture.start(vertx, database);
        web.user("admin", "admin-pw", "admin", List.of());
        web.user("center", "center-pw", "infocenter", List.of());
        admin = web.login("admin", "admin-pw");
        infocenter = web.login("center", "center-pw");
        vertx.eventBus().<String>consumer(BusAddress.DEVICE_CHANGED, message -> CHANGED.add(message.body()));
    }

    @Test
    void createShowsSecretOnceAndStoresOnlyItsHash() throws InterruptedException {
        HttpResponse<Buffer> created = web.post("/api/v1/devices", admin, device("c-001", "collector"));
        assertEquals(201, created.statusCode(), created.bodyAsString());
        JsonObject body = created.bodyAsJsonObject();
        String secret = body.getString("secret");
        assertTrue(secret.length() >= 32, secret);
        assertEquals("c-001", body.getString("id"));
        assertEquals("王芳", body.getString("name"));
        assertEquals("collector", body.getString("kind"));
        assertEquals("南湖区城管局", body.getString("unit"));
        assertEquals("330402", body.getString("district"));
        assertArrayEquals(DeviceSecrets.hash(secret), secretHash("c-001"));
        assertPublished("c-001");

        HttpResponse<Buffer> fetched = web.get("/api/v1/devices/c-001", admin);
        assertEquals(200, fetched.statusCode());
        assertFalse(fetched.bodyAsJsonObject().containsKey("secret"));
        assertFalse(fetched.bodyAsString().contains(secret));
        assertFalse(web.get("/api/v1/devices", admin).bodyAsString().contains(secret));
    }

    @Test
    void duplicateIdIs409() {
        assertEquals(
                201,
                web.post("/api/v1/devices", admin, device("dup-1", "officer")).statusCode());
        assertError(web.post("/api/v1/devices", admin, device("dup-1", "collector")), 409);
    }

    @Test
    void invalidDeviceIs400() {
        assertError(web.post("/api/v1/devices", admin, device("bad/id", "collector")), 400);
        assertError(web.post("/api/v1/devices", admin, device("ok-id", "janitor")), 400);
        assertError(
                web.post("/api/v1/devices", admin, device("ok-id", "collector").put("name", "")), 400);
        assertError(web.post("/api/v1/devices", admin, device("x".repeat(65), "collector")), 400);
        assertEquals(0, web.sql("select 1 from device where id = 'ok-id'").size());
    }

    @Test
    void onlyAdminCreatesOrRotates() {
        assertError(web.post("/api/v1/devices", infocenter, device("c-403", "collector")), 403);
        assertEquals(
                201,
                web.post("/api/v1/devices", admin, device("c-404", "collector")).statusCode());
        assertError(web.post("/api/v1/devices/c-404/secret", infocenter, new JsonObject()), 403);
    }

    @Test
    void rotateReplacesSecretAndHash() throws InterruptedException {
        String first = web.post("/api/v1/devices", admin, device("c-rot", "collector"))
                .bodyAsJsonObject()
                .getString("secret");
        byte[] before = secretHash("c-rot");
        assertPublished("c-rot");
        HttpResponse<Buffer> rotated = web.post("/api/v1/devices/c-rot/secret", admin, null);
        assertEquals(200, rotated.statusCode(), rotated.bodyAsString());
        String second = rotated.bodyAsJsonObject().getString("secret");
        assertEquals("c-rot", rotated.bodyAsJsonObject().getString("id"));
        assertNotEquals(first, second);
        assertFalse(java.util.Arrays.equals(before, secretHash("c-rot")));
        assertArrayEquals(DeviceSecrets.hash(second), secretHash("c-rot"));
        assertPublished("c-rot");
    }

    @Test
    void rotateOfUnknownDeviceIs404() {
        assertError(web.post("/api/v1/devices/ghost/secret", admin, null), 404);
        assertError(web.get("/api/v1/devices/ghost", admin), 404);
    }

    @Test
    void listIsOrderedById() {
        web.post("/api/v1/devices", admin, device("z-last", "officer"));
        web.post("/api/v1/devices", admin, device("a-first", "officer"));
        JsonArray devices = web.get("/api/v1/devices", admin).bodyAsJsonArray();
        List<String> ids =
                devices.stream().map(d -> ((JsonObject) d).getString("id")).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertTrue(ids.contains("a-first") && ids.contains("z-last"));
    }

    /** Waits for {@code id} on the device-changed address; other tests' events may come first. */
    private static void assertPublished(String id) throws InterruptedException {
        String seen;
        do {
            seen = CHANGED.poll(5, TimeUnit.SECONDS);
        } while (seen != null && !seen.equals(id));
        assertEquals(id, seen, "no " + BusAddress.DEVICE_CHANGED + " message for " + id);
    }

    private static byte[] secretHash(String id) {
        return web.sql("select secret_hash from device where id = $1", id)
                .iterator()
                .next()
                .getBuffer("secret_hash")
                .getBytes();
    }

    static JsonObject device(String id, String kind) {
        return new JsonObject()
                .put("id", id)
                .put("name", "王芳")
                .put("kind", kind)
                .put("unit", "南湖区城管局")
                .put("district", "330402");
    }
}
