package org.patrolgrid.web.zone;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.api.ShanghaiDay;
import org.patrolgrid.web.auth.AuthHandler;
import org.patrolgrid.web.auth.Scope;
import org.patrolgrid.web.store.AttendanceStore;
import org.patrolgrid.web.store.ZoneStore;

/**
 * {@code GET /api/v1/zones/{id}/coverage?date=}: what the visible shifts on a visible zone visited that Asia/Shanghai
 * day (today when absent), from the tracker's attendance records.
 */
public final class CoverageResource {
    private final Vertx vertx;
    private final ZoneStore zones;
    private final AttendanceStore attendance;
    private final ZoneCatalog catalog;
    private final Clock clock;

    public CoverageResource(
            Vertx vertx, ZoneStore zones, AttendanceStore attendance, ZoneCatalog catalog, Clock clock) {
        this.vertx = vertx;
        this.zones = zones;
        this.attendance = attendance;
        this.catalog = catalog;
        this.clock = clock;
    }

    public void mount(Router router, String base) {
        router.get(base + "/zones/:id/coverage").handler(ctx -> Replies.handle(ctx, 200, () -> coverage(ctx)));
    }

    private Future<JsonObject> coverage(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Scope scope = AuthHandler.scope(ctx);
        ShanghaiDay day = ShanghaiDay.parse("date", ctx.request().getParam("date"), clock);
        return zones.find(id, scope).compose(found -> {
            var stored = found.orElseThrow(() -> ZoneResource.notFound(id));
            var zone = catalog.current().zone(id);
            return attendance
                    .visited(scope, id, day.start(), day.end())
                    .compose(shifts -> vertx.executeBlocking(
                            () -> ZoneCoverage.of(id, stored.grids(), zone, shifts)
                                    .put("date", day.date().toString()),
                            false));
        });
    }
}
