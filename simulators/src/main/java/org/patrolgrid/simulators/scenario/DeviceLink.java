package org.patrolgrid.simulators.scenario;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;
import java.util.List;
import org.patrolgrid.simulators.load.DeviceCredential;
import org.patrolgrid.simulators.staff.SimFix;

/**
 * One simulated device's MQTT connection (username = device id, password = secret), publishing fixes to
 * {@code devices/{id}/positions} at QoS 1 one message at a time: {@link #publish} completes at the PUBACK, so the next
 * message is only sent once the server has the previous one.
 */
public final class DeviceLink {
    /** Fixes per message: well inside the 64 KiB and 1000-element limits of CONTRACT §2. */
    public static final int MAX_BATCH = 250;

    private final MqttClient client;
    private final String topic;
    private Promise<Void> pending;

    public DeviceLink(Vertx vertx, DeviceCredential credential) {
        MqttClientOptions options = new MqttClientOptions()
                .setClientId(credential.id())
                .setUsername(credential.id())
                .setPassword(credential.secret())
                .setCleanSession(true)
                .setKeepAliveInterval(60)
                .setAckTimeout(60);
        this.client = MqttClient.create(vertx, options);
        this.topic = "devices/" + credential.id() + "/positions";
        client.publishCompletionHandler(id -> settle(null));
        client.publishCompletionExpirationHandler(id -> settle(new IllegalStateException("no PUBACK for " + topic)));
        client.closeHandler(v -> settle(new IllegalStateException("connection closed: " + topic)));
    }

    public Future<Void> connect(String host, int port) {
        return client.connect(port, host)
                .compose(ack -> ack.code().byteValue() == 0
                        ? Future.succeededFuture()
                        : Future.failedFuture("CONNECT refused for " + topic + ": " + ack.code()));
    }

    public boolean connected() {
        return client.isConnected();
    }

    public boolean busy() {
        return pending != null;
    }

    /** Publishes up to {@link #MAX_BATCH} fixes as one message: one object for one fix, else an array. */
    public Future<Void> publish(List<SimFix> fixes) {
        if (pending != null) {
            return Future.failedFuture("a message is still in flight on " + topic);
        }
        Promise<Void> promise = Promise.promise();
        pending = promise;
        client.publish(topic, Buffer.buffer(PositionJson.of(fixes)), MqttQoS.AT_LEAST_ONCE, false, false)
                .onFailure(this::settle);
        return promise.future();
    }

    private void settle(Throwable failure) {
        Promise<Void> promise = pending;
        pending = null;
        if (promise != null) {
            if (failure == null) {
                promise.tryComplete();
            } else {
                promise.tryFail(failure);
            }
        }
    }

    public Future<Void> close() {
        return client.isConnected()
                ? client.disconnect().recover(e -> Future.succeededFuture())
                : Future.succeededFuture();
    }
}
