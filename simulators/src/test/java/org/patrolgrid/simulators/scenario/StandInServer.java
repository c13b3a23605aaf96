package org.patrolgrid.simulators.scenario;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.patrolgrid.simulators.load.MosquittoBroker;

/**
 * A stand-in for the server in tests: a Vert.x HTTP server answering the CONTRACT §3 calls a scenario makes, and a
 * real Mosquitto broker with a subscriber that records every position published to {@code devices/+/positions}.
 */
public final class StandInServer implements AutoCloseable {
    final Vertx vertx = Vertx.vertx();
    final MosquittoBroker broker;
    final HttpServer http;
    final MqttClient subscriber;
    final AtomicInteger zonesPosted = new AtomicInteger();
    final Map<String, JsonObject> devices = new ConcurrentHashMap<>();
    final List<JsonObject> shifts = new CopyOnWriteArrayList<>();
    /** Every position received, with its device in {@code "device"}. */
    final List<JsonObject> positions = new CopyOnWriteArrayList<>();

    StandInServer(Path dir) throws Exception {
        broker = MosquittoBroker.start(dir);
        http = await(vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1"));
        subscriber = MqttClient.create(vertx, new MqttClientOptions().setMaxMessageSize(1 << 20));
        subscriber.publishHandler(m -> {
            String device = m.topicName().split("/")[1];
            Object body = Json.decodeValue(m.payload());
            if (body instanceof JsonArray array) {
                array.forEach(p -> positions.add(((JsonObject) p).put("device", device)));
            } else {
                positions.add(((JsonObject) body).put("device", device));
            }
        });
        await(subscriber.connect(broker.port(), "127.0.0.1"));
        await(subscriber.subscribe("devices/+/positions", MqttQoS.AT_LEAST_ONCE.value()));
    }

    ApiEndpoint endpoint() {
        return ApiEndpoint.loopback(http.actualPort(), broker.port(), "pw");
    }

    /** Completes once at least {@code count} positions arrived. */
    Future<Void> positionsReach(int count) {
        Promise<Void> reached = Promise.promise();
        vertx.setPeriodic(20, id -> {
            if (positions.size() >= count) {
                vertx.cancelTimer(id);
                reached.tryComplete();
            }
        });
        return reached.future();
    }

    private void handle(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            String path = request.path();
            if (path.equals("/api/v1/session")) {
                reply(request, 200, new JsonObject().put("token", "t0k3n").put("role", "admin"));
            } else if (!"Bearer t0k3n".equals(request.getHeader("Authorization"))) {
                reply(request, 401, new JsonObject().put("error", "not logged in"));
            } else if (path.equals("/api/v1/zones")) {
                int created = body.toJsonObject().getJsonArray("features").size();
                zonesPosted.addAndGet(created);
                reply(request, 201, new JsonObject().put("created", created));
            } else if (path.equals("/api/v1/devices")) {
                JsonObject device = body.toJsonObject();
                boolean known = devices.putIfAbsent(device.getString("id"), device) != null;
                reply(request, known ? 409 : 201, device.copy().put("secret", "s-" + device.getString("id")));
            } else if (path.endsWith("/secret")) {
                reply(request, 200, new JsonObject().put("secret", "rotated"));
            } else if (path.equals("/api/v1/shifts")) {
                shifts.add(body.toJsonObject());
                reply(request, 201, new JsonObject().put("id", "shift-" + shifts.size()));
            } else {
                reply(request, 404, new JsonObject().put("error", "no route"));
            }
        });
    }

    private static void reply(HttpServerRequest request, int status, JsonObject body) {
        request.response()
                .setStatusCode(status)
                .putHeader("content-type", "application/json")
                .end(body.encode());
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        await(vertx.close());
        broker.close();
    }
}
