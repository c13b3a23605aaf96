package org.patrolgrid.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import org.patrolgrid.web.alert.AlertResource;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.attendance.AttendanceResource;
import org.patrolgrid.web.auth.AuthHandler;
import org.patrolgrid.web.auth.Passwords;
import org.patrolgrid.web.auth.SessionResource;
import org.patrolgrid.web.auth.TokenCodec;
import org.patrolgrid.web.device.CommandResource;
import org.patrolgrid.web.device.DeviceResource;
import org.patrolgrid.web.device.TrackResource;
import org.patrolgrid.web.evaluation.EvaluationResource;
import org.patrolgrid.web.health.HealthResource;
import org.patrolgrid.web.health.MetricsResource;
import org.patrolgrid.web.health.RequestMetrics;
import org.patrolgrid.web.health.WebMeters;
import org.patrolgrid.web.live.LiveResource;
import org.patrolgrid.web.live.LiveStatusSource;
import org.patrolgrid.web.live.LiveStreamResource;
import org.patrolgrid.web.shift.ShiftResource;
import org.patrolgrid.web.store.AlertStore;
import org.patrolgrid.web.store.AttendanceStore;
import org.patrolgrid.web.store.DeviceStore;
import org.patrolgrid.web.store.EvaluationStore;
import org.patrolgrid.web.store.LastPositionStore;
import org.patrolgrid.web.store.PositionStore;
import org.patrolgrid.web.store.ShiftStore;
import org.patrolgrid.web.store.UserStore;
import org.patrolgrid.web.store.ZoneStore;
import org.patrolgrid.web.user.UserResource;
import org.patrolgrid.web.zone.CoverageResource;
import org.patrolgrid.web.zone.ZoneCatalog;
import org.patrolgrid.web.zone.ZoneResource;

/** Wires the resources into one router, in order: metrics, body limit, open routes, login wall, API, console. */
final class WebRoutes {
    /** The API base path. */
    static final String API = "/api/v1";

    /** Largest accepted request body. */
    static final long BODY_LIMIT = 1024 * 1024;

    /** Largest accepted zone import (a city's unit grids as GeoJSON). */
    static final long ZONE_IMPORT_LIMIT = 64L * 1024 * 1024;

    private WebRoutes() {}

    record Parts(
            Vertx vertx,
            Pool pool,
            PrometheusMeterRegistry registry,
            HealthProbe health,
            LiveStatusSource statusSource,
            TokenCodec tokens,
            Passwords passwords,
            LiveStreamResource liveStream,
            ZoneCatalog zoneCatalog,
            Clock clock) {}

    static Router create(Parts parts) {
        Router router = Router.router(parts.vertx());
        router.route().handler(new RequestMetrics(parts.registry()));
        AuthHandler auth = new AuthHandler(parts.tokens());
        // Large zone imports: the token is checked before the body is read, so strangers cannot make us buffer 64 MiB.
        router.post(API + "/zones").handler(auth);
        router.post(API + "/zones").handler(BodyHandler.create(false).setBodyLimit(ZONE_IMPORT_LIMIT));
        router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));
        new HealthResource(parts.pool(), parts.health()).mount(router);
        new MetricsResource(parts.registry()).mount(router);

        UserStore users = new UserStore(parts.pool());
        DeviceStore devices = new DeviceStore(parts.pool());
        SessionResource sessions = new SessionResource(users, parts.passwords(), parts.tokens());
        sessions.mountLogin(router, API);
        router.route(API + "/*").handler(auth);
        sessions.mountCurrent(router, API);
        new UserResource(users, parts.passwords()).mount(router, API);
        new DeviceResource(devices, parts.vertx().eventBus()).mount(router, API);
        new TrackResource(parts.vertx(), devices, new PositionStore(parts.pool()), parts.clock()).mount(router, API);
        ZoneStore zones = new ZoneStore(parts.pool());
        new ZoneResource(parts.vertx(), zones, parts.zoneCatalog()).mount(router, API);
        new ShiftResource(
                        new ShiftStore(parts.pool()),
                        devices,
                        zones,
                        parts.vertx().eventBus(),
                        parts.clock())
                .mount(router, API);
        AttendanceStore attendance = new AttendanceStore(parts.pool());
        new AttendanceResource(parts.vertx(), attendance, parts.clock()).mount(router, API);
        new CoverageResource(parts.vertx(), zones, attendance, parts.zoneCatalog(), parts.clock()).mount(router, API);
        new EvaluationResource(new EvaluationStore(parts.pool()), parts.clock()).mount(router, API);
        new AlertResource(new AlertStore(parts.pool()), parts.vertx().eventBus(), parts.clock()).mount(router, API);
        new CommandResource(devices, parts.vertx().eventBus(), parts.clock()).mount(router, API);
        new LiveResource(parts.vertx(), new LastPositionStore(parts.pool()), parts.statusSource()).mount(router, API);
        parts.liveStream().mount(router, API);
        router.route("/api/*")
                .setName(WebMeters.UNMATCHED)
                .handler(ctx -> ctx.fail(ApiFault.notFound("no such endpoint")));

        router.route("/*").handler(StaticHandler.create("console"));
        router.route().failureHandler(Replies::failure);
        router.errorHandler(404, ctx -> Replies.error(ctx, 404, Replies.reasonFor(404)));
        router.errorHandler(405, ctx -> Replies.error(ctx, 405, Replies.reasonFor(405)));
        return router;
    }
}
