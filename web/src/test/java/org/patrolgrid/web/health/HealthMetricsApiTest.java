package org.patrolgrid.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patrolgrid.web.testing.EmbeddedPostgresExtension;
import org.patrolgrid.web.testing.TestDatabase;
import org.patrolgrid.web.testing.WebFixture;

@ExtendWith({VertxExtension.class, EmbeddedPostgresExtension.class})
class HealthMetricsApiTest {
    private static final Map<String, String> ALL_UP = Map.of("mqtt", "up", "cluster", "up");
    private static WebFixture web;

    @BeforeAll
    static void start(Vertx vertx, TestDatabase database) {
        web = WebFixture.start(vertx, database);
        web.user("admin", "pw", "admin", List.of());
    }

    @AfterEach
    void allUpAgain() {
        web.setProbe(ALL_UP);
    }

    @Test
    void healthIsUpWithoutLogin() {
        HttpResponse<Buffer> response = web.get("/health", null);
        assertEquals(200, response.statusCode());
        JsonObject body = response.bodyAsJsonObject();
        assertEquals("up", body.getString("status"));
        assertEquals(
                new JsonObject().put("cluster", "up").put("db", "up").put("mqtt", "up"),
                body.getJsonObject("components"));
    }

    @Test
    void healthIs503WhenAComponentIsDown() {
        web.setProbe(Map.of("mqtt", "down: not listening", "cluster", "up"));
        HttpResponse<Buffer> response = web.get("/health", null);
        assertEquals(503, response.statusCode());
        assertEquals("down", response.bodyAsJsonObject().getString("status"));
        assertEquals(
                "down: not listening",
                response.bodyAsJsonObject().getJsonObject("components").getString("mqtt"));
    }

    @Test
    void metricsCountRequestsByRouteTemplateAndStatus() {
        String token = web.login("admin", "pw");
        web.get("/api/v1/devices/nope-1", token);
        web.get("/api/v1/devices/nope-2", token);
        web.get("/api/v1/no-such-thing", token);
        HttpResponse<Buffer> response = web.get("/metrics", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.getHeader("Content-Type").startsWith("text/plain; version=0.0.4"));
        String text = response.bodyAsString();
        assertTrue(
                text.contains("patrolgrid_http_requests_seconds_count{method=\"GET\",route=\"/api/v1/devices/:id\","
                        + "status=\"404\"} 2\n"),
                text);
        assertTrue(text.contains("route=\"unmatched\""), text);
        assertTrue(!text.contains("nope-1"), text);
    }

    @Test
    void consoleIsServedAtRoot() {
        HttpResponse<Buffer> response = web.get("/", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.getHeader("Content-Type").startsWith("text/html"));
        assertTrue(response.bodyAsString().contains("PatrolGrid"));
    }
}
