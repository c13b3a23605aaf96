package org.patrolgrid.web.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.patrolgrid.web.testing.ApiAssertions.assertError;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patrolgrid.web.testing.EmbeddedPostgresExtension;
import org.patrolgrid.web.testing.TestDatabase;
import org.patrolgrid.web.testing.WebFixture;

@ExtendWith({VertxExtension.class, EmbeddedPostgresExtension.class})
class UserApiTest {
    private static WebFixture web;
    private static String admin;
    private static String bureau;

    @BeforeAll
    static void start(Vertx vertx, TestDatabase database) {
        web = WebFixture.start(vertx, database);
        web.user("admin", "admin-pw", "admin", List.of());
        web.user("boss", "bureau-pw", "bureau", List.of());
        admin = web.login("admin", "admin-pw");
        bureau = web.login("boss", "bureau-pw");
    }

    @Test
    void adminCreatesUserWhoCanLogIn() {
        JsonObject request = newUser("xiuzhou", "pw-xz", "viewer").put("districts", new JsonArray().add("330411"));
        HttpResponse<Buffer> created = web.post("/api/v1/users", admin, request);
        assertEquals(201, created.statusCode(), created.bodyAsString());
        JsonObject body = created.bodyAsJsonObject();
        assertEquals("xiuzhou", body.getString("username"));
        assertEquals("viewer", body.getString("role"));
        assertEquals(new JsonArray().add("330411"), body.getJsonArray("districts"));
        assertFalse(body.containsKey("password"));
        assertFalse(body.containsKey("passwordHash"));
        assertTrue(web.sql("select password_hash from app_user where username = 'xiuzhou'")
                .iterator()
                .next()
                .getString("password_hash")
                .startsWith("pbkdf2-sha256$"));
        assertEquals(
                200,
                web.post("/api/v1/session", null, credentials("xiuzhou", "pw-xz"))
                        .statusCode());
    }

    @Test
    void duplicateUsernameIs409() {
        assertEquals(
                201,
                web.post("/api/v1/users", admin, newUser("twice", "pw", "bureau"))
                        .statusCode());
        assertError(web.post("/api/v1/users", admin, newUser("twice", "other", "viewer")), 409);
    }

    @Test
    void badRoleOrEmptyPasswordIs400() {
        assertError(web.post("/api/v1/users", admin, newUser("r1", "pw", "superuser")), 400);
        assertError(web.post("/api/v1/users", admin, newUser("r2", "", "viewer")), 400);
        assertError(web.post("/api/v1/users", admin, newUser("bad name", "pw", "viewer")), 400);
        assertError(
                web.post("/api/v1/users", admin, newUser("r3", "pw", "viewer").put("districts", "330402")), 400);
    }

    @Test
    void onlyAdminManagesUsers() {
        assertError(web.post("/api/v1/users", bureau, newUser("sneaky", "pw", "admin")), 403);
        assertError(web.get("/api/v1/users", bureau), 403);
        assertEquals(
                0, web.sql("select 1 from app_user where username = 'sneaky'").size());
    }

    @Test
    void listShowsUsersWithoutHashes() {
        HttpResponse<Buffer> response = web.get("/api/v1/users", admin);
        assertEquals(200, response.statusCode());
        JsonArray users = response.bodyAsJsonArray();
        assertTrue(users.size() >= 2);
        JsonObject first = users.getJsonObject(0);
        assertEquals("admin", first.getString("username"));
        assertEquals("admin", first.getString("role"));
        assertFalse(response.bodyAsString().contains("pbkdf2"));
    }

    private static JsonObject newUser(String username, String password, String role) {
        return new JsonObject()
                .put("username", username)
                .put("password", password)
                .put("role", role)
                .put("districts", new JsonArray());
    }

    private static JsonObject credentials(String username, String password) {
        return new JsonObject().put("username", username).put("password", password);
    }
}
