package org.patrolgrid.tracker.alerting;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import org.patrolgrid.alerts.AlertStatus;
import org.patrolgrid.tracker.ingest.DeviceSessions;
import org.patrolgrid.tracker.ingest.DeviceTopic;
import org.patrolgrid.web.bus.BusAddress;

/**
 * Sends JSON messages down to a device on {@code devices/{id}/commands}, through its live MQTT session on this node
 * and only if it subscribed there. It carries user commands ({@link BusAddress#DEVICE_COMMAND}) and tells the person
 * about an alert that opened about them ({@link BusAddress#ALERT_CHANGED}). In a cluster every node listens and the
 * one holding the session sends.
 */
public final class DeviceCommands {
    private final DeviceSessions sessions;

    public DeviceCommands(DeviceSessions sessions) {
        this.sessions = sessions;
    }

    public void listen(EventBus bus) {
        bus.<JsonObject>consumer(BusAddress.DEVICE_COMMAND, msg -> {
            JsonObject payload = msg.body().getJsonObject("payload");
            String device = msg.body().getString("device");
            if (device != null && payload != null) {
                send(device, payload);
            }
        });
        bus.<JsonObject>consumer(BusAddress.ALERT_CHANGED, msg -> {
            JsonObject alert = msg.body();
            if (AlertStatus.OPEN.wireName().equals(alert.getString("status"))) {
                send(alert.getString("device"), DutyJson.alertCommand(alert));
            }
        });
    }

    /** Sends the payload if the device is connected here and subscribed; answers whether it was sent. */
    public boolean send(String device, JsonObject payload) {
        DeviceSessions.Session session = sessions.of(device).orElse(null);
        if (session == null || session.commandsQos().isEmpty()) {
            return false;
        }
        Buffer body = payload.toBuffer();
        session.run(() -> {
            if (session.endpoint().isConnected()) {
                session.endpoint()
                        .publish(
                                DeviceTopic.commandsOf(device),
                                body,
                                session.commandsQos().get(),
                                false,
                                false);
            }
        });
        return true;
    }
}
