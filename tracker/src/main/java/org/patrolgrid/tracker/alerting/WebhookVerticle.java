package org.patrolgrid.tracker.alerting;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import org.patrolgrid.tracker.metrics.DutyMetrics;
import org.patrolgrid.web.bus.BusAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs every alert change (the {@link BusAddress#ALERT_CHANGED} body) to each configured URL. A bounded queue keeps a
 * slow or failing webhook away from ingest: when full, the oldest delivery is dropped and counted. A failure (no 2xx)
 * is retried with exponential back-off, up to {@code maxAttempts}.
 */
public final class WebhookVerticle extends VerticleBase {
    /** Tuning: queue size, attempts, the first back-off, parallel requests and the request timeout. */
    public record Options(int capacity, int maxAttempts, Duration firstBackoff, int parallel, Duration timeout) {
        public static final Options DEFAULTS = new Options(10_000, 6, Duration.ofSeconds(1), 4, Duration.ofSeconds(10));
    }

    private record Delivery(String url, JsonObject body, int attempt) {}

    private static final Logger LOG = LoggerFactory.getLogger(WebhookVerticle.class);
    private final List<String> urls;
    private final Options options;
    private final DutyMetrics metrics;
    private final ArrayDeque<Delivery> queue = new ArrayDeque<>();
    private WebClient client;
    private int inFlight;

    public WebhookVerticle(List<String> urls, Options options, DutyMetrics metrics) {
        this.urls = List.copyOf(urls);
        this.options = options;
        this.metrics = metrics;
    }

    @Override
    public Future<?> start() {
        client = WebClient.create(vertx, new WebClientOptions().setUserAgent("patrolgrid-webhook"));
        // Local: in a cluster, the node whose owner changed the alert delivers it, once.
        vertx.eventBus().<JsonObject>localConsumer(BusAddress.ALERT_CHANGED, msg -> {
            urls.forEach(url -> enqueue(new Delivery(url, msg.body(), 0)));
            pump();
        });
        return Future.succeededFuture();
    }

    private void enqueue(Delivery d) {
        if (queue.size() >= options.capacity()) {
            Delivery dropped = queue.pollFirst();
            metrics.webhook("dropped");
            LOG.warn("webhook queue full, dropped an alert for {}", dropped.url());
        }
        queue.addLast(d);
    }

    private void pump() {
        while (inFlight < options.parallel() && !queue.isEmpty()) {
            send(queue.pollFirst());
        }
    }

    private void send(Delivery d) {
        inFlight++;
        client.postAbs(d.url())
                .timeout(options.timeout().toMillis())
                .sendJsonObject(d.body())
                .transform(ar -> ar.succeeded() && ar.result().statusCode() / 100 == 2
                        ? Future.succeededFuture()
                        : Future.failedFuture(
                                ar.succeeded()
                                        ? "HTTP " + ar.result().statusCode()
                                        : ar.cause().getMessage()))
                .onComplete(ar -> {
                    inFlight--;
                    if (ar.succeeded()) {
                        metrics.webhook("delivered");
                    } else {
                        retry(d, ar.cause().getMessage());
                    }
                    pump();
                });
    }

    private void retry(Delivery d, String why) {
        if (d.attempt() + 1 >= options.maxAttempts()) {
            metrics.webhook("failed");
            LOG.warn("webhook {} gave up after {} attempts: {}", d.url(), d.attempt() + 1, why);
            return;
        }
        metrics.webhook("retried");
        long delay = options.firstBackoff().toMillis() << d.attempt();
        vertx.setTimer(delay, id -> {
            enqueue(new Delivery(d.url(), d.body(), d.attempt() + 1));
            pump();
        });
    }

    @Override
    public Future<?> stop() {
        client.close();
        return Future.succeededFuture();
    }
}
