package org.patrolgrid.web.alert;

import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.JsonBody;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.api.ShanghaiDay;
import org.patrolgrid.web.auth.AuthHandler;
import org.patrolgrid.web.auth.Scope;
import org.patrolgrid.web.auth.Session;
import org.patrolgrid.web.bus.BusAddress;
import org.patrolgrid.web.store.AlertStore;

/**
 * {@code /api/v1/alerts}: the alerts of visible devices, and a person's acknowledgement ({@code open} to {@code
 * acknowledged}) or resolution (to {@code resolved}, reason {@code manual}) with an optional note. Viewers only look.
 * A transition that does not apply answers 409; an alert out of scope is 404. A handled alert goes out on {@link
 * BusAddress#ALERT_HANDLED} (the tracker's book follows) and {@link BusAddress#ALERT_CHANGED} (consoles).
 */
public final class AlertResource {
    private static final Set<String> STATUSES = Set.of("open", "acknowledged", "resolved");
    private static final int NOTE_LIMIT = 2_000;

    private final AlertStore alerts;
    private final EventBus bus;
    private final Clock clock;

    public AlertResource(AlertStore alerts, EventBus bus, Clock clock) {
        this.alerts = alerts;
        this.bus = bus;
        this.clock = clock;
    }

    public void mount(Router router, String base) {
        router.get(base + "/alerts").handler(ctx -> Replies.handle(ctx, 200, () -> list(ctx)));
        router.post(base + "/alerts/:id/ack").handler(ctx -> Replies.handle(ctx, 200, () -> handle(ctx, false)));
        router.post(base + "/alerts/:id/resolve").handler(ctx -> Replies.handle(ctx, 200, () -> handle(ctx, true)));
    }

    private Future<JsonArray> list(RoutingContext ctx) {
        String status = ctx.request().getParam("status");
        if (status != null && !STATUSES.contains(status)) {
            throw ApiFault.badRequest("status must be open, acknowledged or resolved");
        }
        String date = ctx.request().getParam("date");
        ShanghaiDay day = date == null ? null : ShanghaiDay.parse("date", date, clock);
        AlertStore.Filter filter = new AlertStore.Filter(
                status,
                day == null ? null : day.start(),
                day == null ? null : day.end(),
                ctx.request().getParam("device"),
                ctx.request().getParam("kind"));
        return alerts.list(AuthHandler.scope(ctx), filter).map(JsonArray::new);
    }

    private Future<JsonObject> handle(RoutingContext ctx, boolean resolve) {
        Session session = AuthHandler.session(ctx);
        Scope scope = session.scope();
        scope.requireOperator();
        long id = id(ctx.pathParam("id"));
        String note = note(ctx);
        Instant now = clock.instant();
        Future<Optional<JsonObject>> changed = resolve
                ? alerts.resolve(id, scope, session.username(), note, now)
                : alerts.acknowledge(id, scope, session.username(), note, now);
        return changed.compose(done -> done.map(Future::succeededFuture).orElseGet(() -> refusal(id, scope, resolve)))
                .map(alert -> {
                    bus.publish(BusAddress.ALERT_HANDLED, alert);
                    bus.publish(BusAddress.ALERT_CHANGED, alert);
                    return alert;
                });
    }

    /** Why nothing changed: the alert is not visible (404), or its status does not allow the step (409). */
    private Future<JsonObject> refusal(long id, Scope scope, boolean resolve) {
        return alerts.find(id, scope).map(found -> {
            JsonObject alert = found.orElseThrow(() -> ApiFault.notFound("no alert " + id));
            String step = resolve ? "resolve" : "acknowledge";
            throw ApiFault.conflict("cannot " + step + " an alert that is " + alert.getString("status"));
        });
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiFault.notFound("no alert " + text);
        }
    }

    /** The optional {@code note}; an empty body is allowed. */
    private static String note(RoutingContext ctx) {
        if (ctx.body().buffer() == null || ctx.body().length() == 0) {
            return null;
        }
        String note = JsonBody.of(ctx).optionalString("note");
        if (note != null && note.length() > NOTE_LIMIT) {
            throw ApiFault.badRequest("note must be at most " + NOTE_LIMIT + " characters");
        }
        return note == null || note.isBlank() ? null : note;
    }
}
