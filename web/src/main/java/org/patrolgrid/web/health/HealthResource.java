package org.patrolgrid.web.health;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.patrolgrid.web.HealthProbe;
import org.patrolgrid.web.api.Replies;

/**
 * {@code GET /health} (no login): 200 {@code {"status":"up","components":{...}}} when every component is up, else 503
 * with {@code "status":"down"}. The database is checked here with {@code select 1}; the rest comes from the
 * {@link HealthProbe}.
 */
public final class HealthResource {
    /** How long a check may take before its component counts as down. */
    public static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

    private static final String UP = "up";

    private final Pool pool;
    private final HealthProbe probe;

    public HealthResource(Pool pool, HealthProbe probe) {
        this.pool = pool;
        this.probe = probe;
    }

    public void mount(Router router) {
        router.get("/health").handler(this::health);
    }

    private void health(RoutingContext ctx) {
        Future<String> db = pool.query("select 1")
                .execute()
                .timeout(CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .map(rows -> UP)
                .recover(e -> Future.succeededFuture("down: " + e.getMessage()));
        Future<Map<String, String>> others = probe.components()
                .timeout(CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .recover(e -> Future.succeededFuture(Map.of("probe", "down: " + e.getMessage())));
        Future.all(db, others)
                .onSuccess(all -> answer(ctx, db.result(), others.result()))
                .onFailure(ctx::fail);
    }

    private static void answer(RoutingContext ctx, String db, Map<String, String> others) {
        Map<String, String> components = new TreeMap<>(others);
        components.put("db", db);
        boolean up = components.values().stream().allMatch(UP::equals);
        JsonObject body = new JsonObject()
                .put("status", up ? UP : "down")
                .put("components", new JsonObject(Map.copyOf(components)));
        Replies.json(ctx, up ? 200 : 503, body);
    }
}
