package org.patrolgrid.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.sqlclient.Pool;

/** The HTTP API, live streams, tiles and console. Deployed by the tracker with the shared pool and registry. */
public final class WebVerticle extends VerticleBase {
    private final WebOptions options;
    private final Pool pool;
    private final PrometheusMeterRegistry registry;
    private final HealthProbe health;
    private volatile int actualPort = -1;

    public WebVerticle(WebOptions options, Pool pool, PrometheusMeterRegistry registry, HealthProbe health) {
        this.options = options;
        this.pool = pool;
        this.registry = registry;
        this.health = health;
    }

    /** The bound port, once started. */
    public int actualPort() {
        return actualPort;
    }

    @Override
    public Future<?> start() {
        return vertx.createHttpServer()
                .requestHandler(req -> {
                    if (req.path().equals("/metrics")) {
                        req.response().putHeader("content-type", "text/plain; version=0.0.4").end(registry.scrape());
                    } else {
                        req.response().setStatusCode(503).end();
                    }
                })
                .listen(options.port(), options.host())
                .onSuccess(server -> actualPort = server.actualPort());
    }
}
