package org.patrolgrid.simulators.probe;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.patrolgrid.simulators.duty.ApiSession;

/**
 * A subscription to {@code GET /api/v1/live/stream?events=...&token=...} (CONTRACT §3 "Live"): every Server-Sent Event is handed
 * to the consumer on the context that opened the stream. A status other than 200 fails {@link #open} with the answer.
 */
final class AlertStream {
    private final HttpClient client;

    private AlertStream(HttpClient client) {
        this.client = client;
    }

    static Future<AlertStream> open(
            Vertx vertx, String host, int port, String token, String events, Consumer<SseEvent> onEvent) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(10_000));
        String path = ApiSession.BASE + "/live/stream";
        SseParser parser = new SseParser();
        return client.request(
                        HttpMethod.GET,
                        port,
                        host,
                        path + "?events=" + events + "&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
                .compose(request ->
                        request.putHeader("Accept", "text/event-stream").send())
                .compose(response -> {
                    if (response.statusCode() != 200) {
                        return response.body()
                                .transform(body -> Future.failedFuture(new IllegalStateException("GET " + path
                                        + " answered " + response.statusCode() + ": "
                                        + (body.succeeded() ? body.result().toString() : ""))));
                    }
                    response.handler(chunk -> parser.feed(chunk.getBytes()).forEach(onEvent));
                    return Future.succeededFuture(new AlertStream(client));
                })
                .onFailure(e -> client.close());
    }

    Future<Void> close() {
        return client.close();
    }
}
