package org.patrolgrid.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.patrolgrid.web.testing.ApiAssertions.assertError;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patrolgrid.web.testing.EmbeddedPostgresExtension;
import org.patrolgrid.web.testing.TestDatabase;
import org.patrolgrid.web.testing.WebFixture;

@ExtendWith({VertxExtension.class, EmbeddedPostgresExtension.class})
class SessionApiTest {
    private static WebFixture web;

    @BeforeAll
    static void start(Vertx vertx, TestDatabase database) {
        web = WebFixture.start(vertx, database);
        web.user("admin", "s3cret-admin", "admin", List.of());
        web.user("nanhu", "viewer-pw", "viewer", List.of("330402"));
    }

    @Test
    void loginReturnsTokenAndRole() {
        HttpResponse<Buffer> response = web.post("/api/v1/session", null, credentials("nanhu", "viewer-pw"));
        assertEquals(200, response.statusCode());
        JsonObject body = response.bodyAsJsonObject();
        assertEquals("viewer", body.getString("role"));
        assertNotNull(body.getString("token"));
        Instant expiresAt = Instant.parse(body.getString("expiresAt"));
        assertTrue(expiresAt.isAfter(Instant.now().plus(Duration.ofHours(11))), expiresAt.toString());
        assertEquals(200, web.get("/api/v1/devices", body.getString("token")).statusCode());
    }

    @Test
    void currentSessionTellsWhoIsLoggedIn() {
        String token = web.login("nanhu", "viewer-pw");
        HttpResponse<Buffer> response = web.get("/api/v1/session", token);
        assertEquals(200, response.statusCode(), response.bodyAsString());
        JsonObject body = response.bodyAsJsonObject();
        assertEquals("nanhu", body.getString("username"));
        assertEquals("viewer", body.getString("role"));
        assertEquals(new JsonArray().add("330402"), body.getJsonArray("districts"));
        assertError(web.get("/api/v1/session", null), 401);
    }

    @Test
    void wrongPasswordOrUnknownUserIs401() {
        assertError(web.post("/api/v1/session", null, credentials("admin", "nope")), 401);
        assertError(web.post("/api/v1/session", null, credentials("nobody", "nope")), 401);
    }

    @Test
    void loginWithoutPasswordOrWithBadJsonIs400() {
        assertError(web.post("/api/v1/session", null, new JsonObject().put("username", "admin")), 400);
        assertError(web.send(HttpMethod.POST, "/api/v1/session", null, Buffer.buffer("{\"username\":")), 400);
        assertError(web.send(HttpMethod.POST, "/api/v1/session", null, Buffer.buffer("[1,2]")), 400);
    }

    @Test
    void apiWithoutOrWithBadTokenIs401() {
        assertError(web.get("/api/v1/devices", null), 401);
        assertError(web.get("/api/v1/devices", "garbage"), 401);
        String token = web.login("admin", "s3cret-admin");
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        assertError(web.get("/api/v1/devices", tampered), 401);
    }

    @Test
    void tokenIsAlsoAcceptedAsQueryParameter() {
        String token = web.login("admin", "s3cret-admin");
        assertEquals(200, web.get("/api/v1/devices?token=" + token, null).statusCode());
    }

    @Test
    void unknownApiRouteIs404Json() {
        String token = web.login("admin", "s3cret-admin");
        assertError(web.get("/api/v1/nothing-here", token), 404);
        assertError(web.get("/api/v2/devices", null), 404);
    }

    @Test
    void oversizedBodyIsRefused() {
        Buffer big = Buffer.buffer("{\"username\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}");
        assertError(web.send(HttpMethod.POST, "/api/v1/session", null, big), 413);
    }

    @Test
    void tokenKeyIsStoredOnceInServerSettings() {
        assertEquals(
                1,
                web.sql("select value from server_setting where key = 'token_key'")
                        .size());
    }

    static JsonObject credentials(String username, String password) {
        return new JsonObject().put("username", username).put("password", password);
    }
}
