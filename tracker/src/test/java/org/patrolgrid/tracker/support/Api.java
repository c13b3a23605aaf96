package org.patrolgrid.tracker.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A plain HTTP client for the contract's API (CONTRACT §3). */
public final class Api {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private final String token;

    /** The Prometheus text of GET /metrics (open, no login). */
    public static String metrics(int httpPort) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/metrics"))
                .timeout(Duration.ofSeconds(30))
                .build();
        return HTTP.send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static Api login(int httpPort, String username, String password) throws Exception {
        String base = "http://127.0.0.1:" + httpPort;
        Api anonymous = new Api(base, null);
        Response r = anonymous.post(
                "/api/v1/session", new JsonObject().put("username", username).put("password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("login failed: " + r);
        }
        return new Api(base, r.json().getString("token"));
    }

    public record Response(int status, String body) {
        public JsonObject json() {
            return new JsonObject(body);
        }

        public JsonArray array() {
            return new JsonArray(body);
        }
    }

    public Response get(String path) throws Exception {
        return send(request(path).GET());
    }

    public Response post(String path, JsonObject body) throws Exception {
        return send(request(path)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.encode())));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("authorization", "Bearer " + token);
        }
        return b;
    }

    /**
     * Opens {@code GET path} as Server-Sent Events (HTTP/1.1, kept open) and collects its events as {@code "name
     * data"} lines, in arrival order.
     */
    public BlockingQueue<String> events(String path) throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest r = request(path).timeout(Duration.ofMinutes(5)).GET().build();
        HttpResponse<java.util.stream.Stream<String>> response =
                HTTP.sendAsync(r, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        Thread reader = new Thread(
                () -> {
                    String[] name = {"message"};
                    response.body().forEach(line -> {
                        if (line.startsWith("event: ")) {
                            name[0] = line.substring("event: ".length());
                        } else if (line.startsWith("data: ")) {
                            events.add(name[0] + " " + line.substring("data: ".length()));
                        } else if (line.isEmpty()) {
                            name[0] = "message";
                        }
                    });
                },
                "sse " + path);
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    private static Response send(HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body());
    }

    /** Registers a device through the API and returns its secret. */
    public String createDevice(String id, String kind, String district) throws Exception {
        Response r = post(
                "/api/v1/devices",
                new JsonObject()
                        .put("id", id)
                        .put("name", "Device " + id)
                        .put("kind", kind)
                        .put("unit", "unit-1")
                        .put("district", district));
        if (r.status() != 201) {
            throw new IllegalStateException("create device: " + r);
        }
        return r.json().getString("secret");
    }
}
