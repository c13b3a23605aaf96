package org.patrolgrid.web.device;

import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.JsonBody;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.auth.AuthHandler;
import org.patrolgrid.web.auth.Session;
import org.patrolgrid.web.bus.BusAddress;
import org.patrolgrid.web.store.DeviceStore;

/**
 * {@code POST /api/v1/devices/{id}/commands}: a message down to a visible device. Answered 202 once handed to
 * {@link BusAddress#DEVICE_COMMAND}; the tracker delivers it on {@code devices/{id}/commands} when the device is
 * subscribed. The payload carries {@code type}, {@code text}, {@code from} (the user) and {@code ts}.
 */
public final class CommandResource {
    /** The longest message text. */
    public static final int TEXT_LIMIT = 1_000;

    private final DeviceStore devices;
    private final EventBus bus;
    private final Clock clock;

    public CommandResource(DeviceStore devices, EventBus bus, Clock clock) {
        this.devices = devices;
        this.bus = bus;
        this.clock = clock;
    }

    public void mount(Router router, String base) {
        router.post(base + "/devices/:id/commands").handler(ctx -> Replies.handle(ctx, 202, () -> send(ctx)));
    }

    private Future<JsonObject> send(RoutingContext ctx) {
        Session session = AuthHandler.session(ctx);
        session.scope().requireOperator();
        String id = ctx.pathParam("id");
        JsonBody body = JsonBody.of(ctx);
        String type = body.requiredString("type");
        if (!type.equals("message")) {
            throw ApiFault.badRequest("type must be message");
        }
        String text = body.requiredString("text");
        if (text.length() > TEXT_LIMIT) {
            throw ApiFault.badRequest("text must be at most " + TEXT_LIMIT + " characters");
        }
        JsonObject payload = new JsonObject()
                .put("type", type)
                .put("text", text)
                .put("from", session.username())
                .put("ts", clock.instant().toString());
        return devices.find(id, session.scope()).map(device -> {
            device.orElseThrow(() -> DeviceResource.notFound(id));
            JsonObject command = new JsonObject().put("device", id).put("payload", payload);
            bus.publish(BusAddress.DEVICE_COMMAND, command);
            return command;
        });
    }
}
