package org.patrolgrid.web.health;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.ext.web.Router;

/** {@code GET /metrics} (no login): the Prometheus text format. */
public final class MetricsResource {
    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    public MetricsResource(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    public void mount(Router router) {
        router.get("/metrics")
                .handler(ctx ->
                        ctx.response().putHeader("Content-Type", CONTENT_TYPE).end(registry.scrape()));
    }
}
