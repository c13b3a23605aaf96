package org.patrolgrid.simulators.duty;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/**
 * An admin session on the PatrolGrid HTTP API (CONTRACT §3) for benchmark set-up: {@link #login} once, then JSON
 * requests that fail with the request, the status and the server's answer, e.g. {@code POST /api/v1/zones answered
 * 404: ...}, so a missing endpoint is named plainly.
 */
public final class ApiSession {
    public static final String BASE = "/api/v1";
    /** A request that sees no data for this long fails, so set-up cannot hang on a stuck server. */
    private static final long REQUEST_IDLE_TIMEOUT_MS = 60_000;

    private final WebClient http;
    private String token;

    public ApiSession(Vertx vertx, String host, int httpPort) {
        this.http = WebClient.create(
                vertx,
                new WebClientOptions()
                        .setDefaultHost(host)
                        .setDefaultPort(httpPort)
                        .setConnectTimeout(10_000),
                new PoolOptions().setHttp1MaxSize(64));
    }

    /** Logs in as {@code username}; the token is kept for the following requests. */
    public Future<String> login(String username, String password) {
        JsonObject body = new JsonObject().put("username", username).put("password", password);
        return http.post(BASE + "/session")
                .idleTimeout(REQUEST_IDLE_TIMEOUT_MS)
                .sendJsonObject(body)
                .map(response -> expect(response, "POST " + BASE + "/session", 200))
                .map(json -> {
                    token = json.getString("token");
                    return token;
                });
    }

    /** The token of the session (for {@code ?token=} on the live stream). */
    public String token() {
        return token;
    }

    /** {@code POST path} with a JSON body; the answer must have one of {@code statuses}. */
    public Future<HttpResponse<?>> post(String path, JsonObject body) {
        return http.post(BASE + path)
                .idleTimeout(REQUEST_IDLE_TIMEOUT_MS)
                .bearerTokenAuthentication(token)
                .sendJsonObject(body)
                .map(response -> response);
    }

    /** {@code POST path} that must answer one of {@code statuses}; returns the JSON object answered. */
    public Future<JsonObject> postExpecting(String path, JsonObject body, int... statuses) {
        return post(path, body).map(response -> expect(response, "POST " + BASE + path, statuses));
    }

    /** {@code GET path} (with its query) as text; the answer must be 200. */
    public Future<String> getText(String path) {
        return http.get(path)
                .idleTimeout(REQUEST_IDLE_TIMEOUT_MS)
                .bearerTokenAuthentication(token)
                .send()
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
                    }
                    return response.bodyAsString();
                });
    }

    /** The response's JSON object when its status is one of {@code statuses}; otherwise a failure naming it. */
    public static JsonObject expect(HttpResponse<?> response, String request, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                String text = response.bodyAsString();
                return text == null || text.isBlank() ? new JsonObject() : new JsonObject(text);
            }
        }
        String text = response.bodyAsString();
        throw new IllegalStateException(request + " answered " + response.statusCode() + ": "
                + (text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text));
    }

    public void close() {
        http.close();
    }
}
