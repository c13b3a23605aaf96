package org.patrolgrid.simulators.load;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One simulated device's MQTT 3.1.1 connection (clean session, username = device id, password = secret) and its
 * window of unacknowledged messages. Created and used on one event loop.
 */
final class DeviceConnection {
    /** How long a connection attempt (TCP and CONNACK) may take before it counts as failed. */
    private static final long CONNECT_TIMEOUT_SECONDS = 30;

    private final DeviceCredential credential;
    private final String topic;
    private final MqttQoS qos;
    private final MovingDevice device;
    private final InFlightWindow window;
    private final LoadStats stats;
    private final MqttClient client;
    private Consumer<DeviceConnection> slotFreed = c -> {};
    private boolean open;

    DeviceConnection(
            Vertx vertx, DeviceCredential credential, LoadOptions options, MovingDevice device, LoadStats stats) {
        this.credential = credential;
        this.topic = options.topicFor(credential.id());
        this.qos = MqttQoS.valueOf(options.qos());
        this.device = device;
        this.window = new InFlightWindow(options.inflight());
        this.stats = stats;
        this.client = MqttClient.create(vertx, clientOptions(credential));
        client.publishCompletionHandler(this::acknowledged);
        client.closeHandler(v -> closed());
    }

    private static MqttClientOptions clientOptions(DeviceCredential credential) {
        MqttClientOptions options = new MqttClientOptions()
                .setClientId(credential.id())
                .setCleanSession(true)
                .setKeepAliveInterval(60)
                .setMaxInflightQueue(65_535) // our own window bounds it; the client's limit would only log errors
                .setAckTimeout(-1);
        options.setConnectTimeout((int) TimeUnit.SECONDS.toMillis(CONNECT_TIMEOUT_SECONDS));
        options.setTcpNoDelay(true);
        if (!credential.isAnonymous()) {
            options.setUsername(credential.id()).setPassword(credential.secret());
        }
        return options;
    }

    Future<Void> connect(String host, int port) {
        return client.connect(port, host)
                .timeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .<Void>mapEmpty()
                .onSuccess(v -> {
                    open = true;
                    stats.connected.increment();
                })
                .onFailure(stats::recordConnectFailure);
    }

    /** Called with this connection whenever one of its window slots frees up. */
    void onSlotFreed(Consumer<DeviceConnection> listener) {
        this.slotFreed = listener;
    }

    boolean canSend() {
        return open && window.hasRoom();
    }

    int inFlight() {
        return window.inFlight();
    }

    String id() {
        return credential.id();
    }

    /** Publishes the device's next fix(es); the caller has checked {@link #canSend()}. */
    void publish(PositionPayload payload, int batch) {
        byte[] json = payload.next(device, System.currentTimeMillis(), batch);
        window.reserve();
        long sentAt = System.nanoTime();
        stats.sent.increment();
        stats.positions.add(batch);
        client.publish(topic, Buffer.buffer(json), qos, false, false)
                .onComplete(
                        packetId -> {
                            if (qos == MqttQoS.AT_MOST_ONCE) {
                                window.release();
                                slotFreed.accept(this);
                            } else {
                                long latency = window.assign(packetId, sentAt, System.nanoTime());
                                if (latency != InFlightWindow.UNKNOWN) {
                                    stats.recordAck(latency);
                                    slotFreed.accept(this);
                                }
                            }
                        },
                        failure -> {
                            window.release();
                            stats.writeErrors.increment();
                        });
    }

    private void acknowledged(int packetId) {
        long latency = window.acknowledge(packetId, System.nanoTime());
        if (latency != InFlightWindow.UNKNOWN) {
            stats.recordAck(latency);
            slotFreed.accept(this);
        }
    }

    /** Counts messages unacknowledged since before {@code deadlineNanos} as timed out. */
    void expire(long deadlineNanos) {
        int expired = window.expire(deadlineNanos);
        if (expired > 0) {
            stats.timeouts.add(expired);
        }
    }

    /** Ends the run for this connection: what is still in flight counts as timed out. */
    void giveUpInFlight() {
        stats.timeouts.add(window.clear());
    }

    private void closed() {
        if (open) {
            open = false;
            stats.disconnects.increment();
            stats.lostOnDisconnect.add(window.clear());
        }
    }

    Future<Void> disconnect() {
        if (!open) {
            return Future.succeededFuture();
        }
        open = false;
        return client.disconnect().recover(e -> Future.succeededFuture());
    }
}
