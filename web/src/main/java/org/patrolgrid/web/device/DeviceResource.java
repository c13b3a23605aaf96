package org.patrolgrid.web.device;

import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.JsonBody;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.auth.AuthHandler;
import org.patrolgrid.web.auth.DeviceSecrets;
import org.patrolgrid.web.auth.Scope;
import org.patrolgrid.web.bus.BusAddress;
import org.patrolgrid.web.store.DeviceRecord;
import org.patrolgrid.web.store.DeviceStore;

/**
 * {@code /api/v1/devices}: create (admin; the secret is shown only in that answer), list and get (scoped: a device
 * out of scope is answered 404, as if it did not exist), and secret rotation (admin). Creation and rotation are
 * published on {@link BusAddress#DEVICE_CHANGED} so the MQTT side drops cached credentials and old sessions.
 */
public final class DeviceResource {
    private final DeviceStore devices;
    private final EventBus bus;

    public DeviceResource(DeviceStore devices, EventBus bus) {
        this.devices = devices;
        this.bus = bus;
    }

    public void mount(Router router, String base) {
        router.post(base + "/devices").handler(ctx -> Replies.handle(ctx, 201, () -> create(ctx)));
        router.get(base + "/devices").handler(ctx -> Replies.handle(ctx, 200, () -> list(ctx)));
        router.get(base + "/devices/:id").handler(ctx -> Replies.handle(ctx, 200, () -> get(ctx)));
        router.post(base + "/devices/:id/secret").handler(ctx -> Replies.handle(ctx, 200, () -> rotate(ctx)));
    }

    private Future<JsonObject> create(RoutingContext ctx) {
        AuthHandler.scope(ctx).requireAdmin();
        NewDevice device = NewDevice.from(JsonBody.of(ctx));
        String secret = DeviceSecrets.generate();
        return devices.insert(device.toRecord(), DeviceSecrets.hash(secret)).map(stored -> {
            DeviceRecord created = stored.orElseThrow(() -> ApiFault.conflict("device " + device.id() + " exists"));
            bus.publish(BusAddress.DEVICE_CHANGED, created.id());
            return toJson(created).put("secret", secret);
        });
    }

    private Future<JsonArray> list(RoutingContext ctx) {
        return devices.list(AuthHandler.scope(ctx)).map(all -> {
            JsonArray array = new JsonArray();
            all.forEach(device -> array.add(toJson(device)));
            return array;
        });
    }

    private Future<JsonObject> get(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        return devices.find(id, AuthHandler.scope(ctx)).map(device -> toJson(device.orElseThrow(() -> notFound(id))));
    }

    private Future<JsonObject> rotate(RoutingContext ctx) {
        Scope scope = AuthHandler.scope(ctx);
        scope.requireAdmin();
        String id = ctx.pathParam("id");
        String secret = DeviceSecrets.generate();
        return devices.replaceSecret(id, DeviceSecrets.hash(secret)).map(replaced -> {
            if (!replaced) {
                throw notFound(id);
            }
            bus.publish(BusAddress.DEVICE_CHANGED, id);
            return new JsonObject().put("id", id).put("secret", secret);
        });
    }

    static ApiFault notFound(String id) {
        return ApiFault.notFound("no device " + id);
    }

    /** The public form of a device: never its secret or hash. */
    public static JsonObject toJson(DeviceRecord device) {
        return new JsonObject()
                .put("id", device.id())
                .put("name", device.name())
                .put("kind", device.kind())
                .put("unit", device.unit())
                .put("district", device.district())
                .put("createdAt", iso(device.createdAt()))
                .put("secretRotatedAt", iso(device.secretRotatedAt()));
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
