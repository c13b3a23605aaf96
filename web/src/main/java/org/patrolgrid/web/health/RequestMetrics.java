package org.patrolgrid.web.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Handler;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeUnit;
import org.patrolgrid.web.api.Replies;

/**
 * Times every request into {@link WebMeters#HTTP_REQUESTS}, tagged by route name or template (not by raw path); a
 * catch-all route should be named {@link WebMeters#UNMATCHED}.
 */
public final class RequestMetrics implements Handler<RoutingContext> {
    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(RoutingContext ctx) {
        long start = System.nanoTime();
        ctx.addEndHandler(done -> record(ctx, System.nanoTime() - start));
        ctx.next();
    }

    private void record(RoutingContext ctx, long nanos) {
        Timer.builder(WebMeters.HTTP_REQUESTS)
                .tag(WebMeters.TAG_METHOD, ctx.request().method().name())
                .tag(WebMeters.TAG_ROUTE, routeOf(ctx))
                .tag(WebMeters.TAG_STATUS, Integer.toString(ctx.response().getStatusCode()))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private static String routeOf(RoutingContext ctx) {
        String matched = Replies.matchedRoute(ctx);
        if (matched != null) {
            return matched;
        }
        Route route = ctx.currentRoute();
        if (route == null) {
            return WebMeters.UNMATCHED;
        }
        String name = route.getName() != null ? route.getName() : route.getPath();
        return name == null ? WebMeters.UNMATCHED : name;
    }
}
