package org.patrolgrid.simulators.load;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Creates load devices through the HTTP API (CONTRACT §3): logs in as admin, then {@code POST /api/v1/devices} for
 * each id; a device that already exists (409) gets its secret rotated with {@code POST /api/v1/devices/{id}/secret}.
 * A few lanes run in parallel, each one request at a time, so the server is never flooded.
 */
public final class DeviceProvisioner {
    private static final int LANES = 8;
    /** A request that sees no data for this long fails, so provisioning cannot hang on a stuck server. */
    private static final long REQUEST_IDLE_TIMEOUT_MS = 30_000;

    private static final String[] DISTRICTS = {"330402", "330411"};

    private final WebClient http;
    private final String adminPassword;

    public DeviceProvisioner(Vertx vertx, String host, int httpPort, String adminPassword) {
        this.http = WebClient.create(
                vertx,
                new WebClientOptions()
                        .setDefaultHost(host)
                        .setDefaultPort(httpPort)
                        .setConnectTimeout(10_000)
                        .setIdleTimeout(30));
        this.adminPassword = adminPassword;
    }

    /** Returns one credential per id, in the order of {@code ids}. */
    public Future<List<DeviceCredential>> provision(List<String> ids) {
        return login().compose(token -> {
            AtomicReferenceArray<DeviceCredential> results = new AtomicReferenceArray<>(ids.size());
            List<Future<Void>> lanes = new ArrayList<>();
            for (int lane = 0; lane < Math.min(LANES, ids.size()); lane++) {
                lanes.add(runLane(token, ids, lane, results));
            }
            return Future.all(lanes).map(all -> collect(results));
        });
    }

    private Future<String> login() {
        JsonObject body = new JsonObject().put("username", "admin").put("password", adminPassword);
        return http.post("/api/v1/session")
                .idleTimeout(REQUEST_IDLE_TIMEOUT_MS)
                .sendJsonObject(body)
                .map(response -> expect(response, 200, "POST /api/v1/session"))
                .map(json -> json.getString("token"));
    }

    private Future<Void> runLane(String token, List<String> ids, int lane, AtomicReferenceArray<DeviceCredential> out) {
        Future<Void> chain = Future.succeededFuture();
        for (int i = lane; i < ids.size(); i += LANES) {
            int index = i;
            chain = chain.compose(v -> createOrRotate(token, ids.get(index), index))
                    .map(credential -> {
                        out.set(index, credential);
                        return null;
                    });
        }
        return chain;
    }

    private Future<DeviceCredential> createOrRotate(String token, String id, int index) {
        JsonObject device = new JsonObject()
                .put("id", id)
                .put("name", "Load device " + id)
                .put("kind", index % 2 == 0 ? "collector" : "officer")
                .put("unit", "load-test")
                .put("district", DISTRICTS[index % DISTRICTS.length]);
        return http.post("/api/v1/devices")
                .idleTimeout(REQUEST_IDLE_TIMEOUT_MS)
                .bearerTokenAuthentication(token)
                .sendJsonObject(device)
                .compose(response -> response.statusCode() == 409
                        ? rotateSecret(token, id)
                        : Future.succeededFuture(expect(response, 201, "POST /api/v1/devices " + id)))
                .map(json -> new DeviceCredential(id, requireSecret(json, id)));
    }

    private Future<JsonObject> rotateSecret(String token, String id) {
        return http.post("/api/v1/devices/" + id + "/secret")
                .idleTimeout(REQUEST_IDLE_TIMEOUT_MS)
                .bearerTokenAuthentication(token)
                .send()
                .map(response -> expect(response, 200, "POST /api/v1/devices/" + id + "/secret"));
    }

    private static JsonObject expect(HttpResponse<?> response, int status, String request) {
        boolean ok = response.statusCode() == status || (status == 200 && response.statusCode() == 201);
        if (!ok) {
            throw new IllegalStateException(
                    request + " answered " + response.statusCode() + ": " + response.bodyAsString());
        }
        return response.bodyAsJsonObject();
    }

    private static String requireSecret(JsonObject json, String id) {
        String secret = json == null ? null : json.getString("secret");
        if (secret == null || secret.isEmpty()) {
            throw new IllegalStateException("no secret returned for device " + id);
        }
        return secret;
    }

    private static List<DeviceCredential> collect(AtomicReferenceArray<DeviceCredential> results) {
        List<DeviceCredential> list = new ArrayList<>(results.length());
        for (int i = 0; i < results.length(); i++) {
            list.add(results.get(i));
        }
        return list;
    }

    public Future<Void> close() {
        http.close();
        return Future.succeededFuture();
    }
}
