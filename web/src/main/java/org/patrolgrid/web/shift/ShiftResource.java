package org.patrolgrid.web.shift;

import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.JsonBody;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.api.ShanghaiDay;
import org.patrolgrid.web.auth.AuthHandler;
import org.patrolgrid.web.auth.Scope;
import org.patrolgrid.web.bus.BusAddress;
import org.patrolgrid.web.store.DeviceStore;
import org.patrolgrid.web.store.ShiftStore;
import org.patrolgrid.web.store.ShiftStore.NewSchedule;
import org.patrolgrid.web.store.ShiftStore.NewShift;
import org.patrolgrid.web.store.ZoneStore;

/**
 * {@code /api/v1/shifts} and {@code /api/v1/schedules}. Any role but viewer may plan shifts for the devices and zones
 * it sees; a device or zone it does not see is refused as unknown (400). New shifts go out on
 * {@link BusAddress#SHIFTS_CHANGED} so the tracker arms their timers.
 */
public final class ShiftResource {
    private final ShiftStore shifts;
    private final DeviceStore devices;
    private final ZoneStore zones;
    private final EventBus bus;
    private final Clock clock;

    public ShiftResource(ShiftStore shifts, DeviceStore devices, ZoneStore zones, EventBus bus, Clock clock) {
        this.shifts = shifts;
        this.devices = devices;
        this.zones = zones;
        this.bus = bus;
        this.clock = clock;
    }

    public void mount(Router router, String base) {
        router.post(base + "/shifts").handler(ctx -> Replies.handle(ctx, 201, () -> create(ctx)));
        router.get(base + "/shifts").handler(ctx -> Replies.handle(ctx, 200, () -> list(ctx)));
        router.post(base + "/schedules").handler(ctx -> Replies.handle(ctx, 201, () -> createSchedule(ctx)));
    }

    private Future<JsonObject> create(RoutingContext ctx) {
        Scope scope = AuthHandler.scope(ctx);
        scope.requireOperator();
        NewShift shift = ShiftRequests.shift(body(ctx));
        return checkVisible(scope, shift.device(), shift.zones())
                .compose(v -> shifts.insert(shift))
                .map(id -> {
                    published(List.of(id), shift.device());
                    return new JsonObject().put("id", id);
                });
    }

    private Future<JsonObject> createSchedule(RoutingContext ctx) {
        Scope scope = AuthHandler.scope(ctx);
        scope.requireOperator();
        NewSchedule schedule = ShiftRequests.schedule(body(ctx));
        return checkVisible(scope, schedule.device(), schedule.zones())
                .compose(v -> shifts.insert(schedule))
                .map(made -> {
                    published(made.shifts(), schedule.device());
                    return new JsonObject()
                            .put("id", made.schedule())
                            .put("shifts", made.shifts().size());
                });
    }

    private Future<JsonArray> list(RoutingContext ctx) {
        ShanghaiDay day = ShanghaiDay.parse("date", ctx.request().getParam("date"), clock);
        return shifts.list(
                        AuthHandler.scope(ctx),
                        day.start(),
                        day.end(),
                        ctx.request().getParam("device"))
                .map(JsonArray::new);
    }

    private Future<Void> checkVisible(Scope scope, String device, List<String> zoneIds) {
        return devices.find(device, scope)
                .compose(found -> {
                    if (found.isEmpty()) {
                        throw ApiFault.badRequest("unknown device " + device);
                    }
                    return zones.visibleIds(scope, zoneIds);
                })
                .map(visible -> {
                    List<String> missing = new ArrayList<>(zoneIds);
                    missing.removeAll(visible);
                    if (!missing.isEmpty()) {
                        throw ApiFault.badRequest("unknown zones " + String.join(", ", missing));
                    }
                    return null;
                });
    }

    private void published(List<Long> ids, String device) {
        if (!ids.isEmpty()) {
            bus.publish(
                    BusAddress.SHIFTS_CHANGED,
                    new JsonObject()
                            .put("shifts", new JsonArray(List.copyOf(ids)))
                            .put("devices", new JsonArray().add(device)));
        }
    }

    private static JsonObject body(RoutingContext ctx) {
        return JsonBody.of(ctx).json();
    }
}
