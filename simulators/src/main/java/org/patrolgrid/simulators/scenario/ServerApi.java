package org.patrolgrid.simulators.scenario;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.LocalDate;
import org.patrolgrid.simulators.load.DeviceCredential;

/**
 * The few calls of the HTTP API (CONTRACT §3) a scenario needs, as the admin user. Every call fails its future with
 * the request and the server's answer when the status is not the expected one.
 */
public final class ServerApi {
    private static final long IDLE_TIMEOUT_MS = 60_000;

    private final WebClient http;
    private final String adminPassword;
    private String token;

    public ServerApi(Vertx vertx, ApiEndpoint endpoint) {
        this.http = WebClient.create(
                vertx,
                new WebClientOptions()
                        .setDefaultHost(endpoint.host())
                        .setDefaultPort(endpoint.httpPort())
                        .setConnectTimeout(10_000));
        this.adminPassword = endpoint.adminPassword();
    }

    public Future<Void> login() {
        JsonObject body = new JsonObject().put("username", "admin").put("password", adminPassword);
        return http.post("/api/v1/session")
                .idleTimeout(IDLE_TIMEOUT_MS)
                .sendJsonObject(body)
                .map(r -> expect(r, 200, "POST /api/v1/session")
                        .bodyAsJsonObject()
                        .getString("token"))
                .map(t -> {
                    token = t;
                    return null;
                });
    }

    /** Imports a FeatureCollection; a 409 (zones already there) counts as 0 created. */
    public Future<Integer> importZones(String featureCollection) {
        return request(http.post("/api/v1/zones"))
                .putHeader("content-type", "application/json")
                .sendBuffer(Buffer.buffer(featureCollection))
                .map(r -> r.statusCode() == 409
                        ? 0
                        : expect(r, 201, "POST /api/v1/zones")
                                .bodyAsJsonObject()
                                .getInteger("created", 0));
    }

    /** Registers the device, or rotates its secret when it already exists (409). */
    public Future<DeviceCredential> registerDevice(StaffMember member) {
        JsonObject body = new JsonObject()
                .put("id", member.device())
                .put("name", member.name())
                .put("kind", member.kind())
                .put("unit", member.unit())
                .put("district", member.district());
        return request(http.post("/api/v1/devices"))
                .sendJsonObject(body)
                .compose(r -> r.statusCode() == 409
                        ? request(http.post("/api/v1/devices/" + member.device() + "/secret"))
                                .send()
                                .map(rotated -> expect(rotated, 200, "POST /api/v1/devices/{id}/secret"))
                        : Future.succeededFuture(expect(r, 201, "POST /api/v1/devices")))
                .map(r -> new DeviceCredential(
                        member.device(), r.bodyAsJsonObject().getString("secret")));
    }

    /** Creates the shift; returns the server's shift id. */
    public Future<String> createShift(ScenarioShift shift) {
        JsonObject body = new JsonObject()
                .put("device", shift.device())
                .put("zones", new JsonArray(shift.zones()))
                .put("start", shift.start().toString())
                .put("end", shift.end().toString())
                .put("rules", new JsonObject(ScenarioFile.rules(shift.rules()).toString()));
        return request(http.post("/api/v1/shifts"))
                .sendJsonObject(body)
                .map(r -> String.valueOf(
                        expect(r, 201, "POST /api/v1/shifts").bodyAsJsonObject().getValue("id")));
    }

    /** The raw JSON of {@code GET /api/v1/attendance?date=}. */
    public Future<String> attendance(LocalDate day) {
        return get("/api/v1/attendance?date=" + day);
    }

    /** The raw JSON of {@code GET /api/v1/alerts?date=}. */
    public Future<String> alerts(LocalDate day) {
        return get("/api/v1/alerts?date=" + day);
    }

    private Future<String> get(String uri) {
        return request(http.get(uri)).send().map(r -> expect(r, 200, "GET " + uri)
                .bodyAsString());
    }

    private <T> HttpRequest<T> request(HttpRequest<T> request) {
        return request.idleTimeout(IDLE_TIMEOUT_MS).bearerTokenAuthentication(token);
    }

    private static HttpResponse<Buffer> expect(HttpResponse<Buffer> response, int status, String what) {
        boolean ok = response.statusCode() == status || (status == 200 && response.statusCode() == 201);
        if (!ok) {
            throw new IllegalStateException(
                    what + " answered " + response.statusCode() + ": " + response.bodyAsString());
        }
        return response;
    }

    public void close() {
        http.close();
    }
}
