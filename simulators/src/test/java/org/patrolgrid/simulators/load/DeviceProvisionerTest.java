package org.patrolgrid.simulators.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provisioning against a small stand-in of the CONTRACT §3 device API served by a real Vert.x HTTP server. */
class DeviceProvisionerTest {
    private static final String TOKEN = "t0k3n";

    @TempDir
    Path dir;

    private Vertx vertx;
    private HttpServer server;
    private final Map<String, JsonObject> devices = new ConcurrentHashMap<>();
    private final Set<String> rotated = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startApi() {
        vertx = Vertx.vertx();
        devices.put("load-00002", new JsonObject().put("id", "load-00002"));
        server = join(vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1"));
    }

    @AfterEach
    void stop() {
        join(vertx.close());
    }

    private void handle(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            String path = request.path();
            if (path.equals("/api/v1/session")) {
                JsonObject login = body.toJsonObject();
                boolean ok = "admin".equals(login.getString("username")) && "pw".equals(login.getString("password"));
                reply(
                        request,
                        ok ? 200 : 401,
                        ok ? new JsonObject().put("token", TOKEN).put("role", "admin") : error());
            } else if (!("Bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
                reply(request, 401, error());
            } else if (path.equals("/api/v1/devices")) {
                JsonObject device = body.toJsonObject();
                boolean valid = device.getString("kind").matches("collector|officer")
                        && device.getString("district").matches("330402|330411");
                if (!valid) {
                    reply(request, 400, error());
                } else if (devices.putIfAbsent(device.getString("id"), device) != null) {
                    reply(request, 409, error());
                } else {
                    reply(request, 201, device.copy().put("secret", "s-" + device.getString("id")));
                }
            } else if (path.matches("/api/v1/devices/[^/]+/secret")) {
                String id = path.split("/")[4];
                rotated.add(id);
                reply(request, 200, new JsonObject().put("secret", "r-" + id));
            } else {
                reply(request, 404, error());
            }
        });
    }

    private static JsonObject error() {
        return new JsonObject().put("error", "no");
    }

    private static void reply(HttpServerRequest request, int status, JsonObject body) {
        request.response()
                .setStatusCode(status)
                .putHeader("content-type", "application/json")
                .end(body.encode());
    }

    private LoadOptions options(String password, String extra) {
        String args = "--devices 5 --http-port " + server.actualPort() + " --admin-password " + password + extra;
        return new LoadOptionsParser(Map.of()).parse(List.of(args.split(" ")));
    }

    @Test
    void createsDevicesAndRotatesTheSecretOfOneThatExists() {
        Path file = dir.resolve("creds.csv");
        List<DeviceCredential> credentials =
                join(new DeviceCredentials(options("pw", " --write-credentials " + file)).obtain(vertx));
        assertEquals(5, credentials.size());
        assertEquals(new DeviceCredential("load-00001", "s-load-00001"), credentials.get(0));
        assertEquals(new DeviceCredential("load-00002", "r-load-00002"), credentials.get(1));
        assertEquals(new DeviceCredential("load-00005", "s-load-00005"), credentials.get(4));
        assertEquals(Set.of("load-00002"), rotated);
        assertEquals(5, devices.size(), "four created next to the existing one");
        assertEquals(credentials, CredentialsFile.read(file));
    }

    @Test
    void wrongAdminPasswordFailsWithTheStatus() {
        CompletionException e = assertThrows(
                CompletionException.class, () -> join(new DeviceCredentials(options("bad", "")).obtain(vertx)));
        assertTrue(e.getCause().getMessage().contains("POST /api/v1/session answered 401"), e.getMessage());
    }

    private static <T> T join(Future<T> future) {
        return future.toCompletionStage().toCompletableFuture().join();
    }
}
