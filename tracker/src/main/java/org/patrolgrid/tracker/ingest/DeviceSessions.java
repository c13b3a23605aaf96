package org.patrolgrid.tracker.ingest;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Context;
import io.vertx.mqtt.MqttEndpoint;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live MQTT session of each device on this node, shared by all listener instances. A second connection with the
 * same device id takes over: the first is closed on its own event loop.
 */
public final class DeviceSessions {
    /** An endpoint and the context (event loop) it lives on; the endpoint is touched only from there. */
    public static final class Session {
        private final String device;
        private final MqttEndpoint endpoint;
        private final Context context;
        private volatile MqttQoS commandsQos;

        public Session(String device, MqttEndpoint endpoint, Context context) {
            this.device = device;
            this.endpoint = endpoint;
            this.context = context;
        }

        public String device() {
            return device;
        }

        public MqttEndpoint endpoint() {
            return endpoint;
        }

        /** Runs the action on the session's event loop. */
        public void run(Runnable action) {
            context.runOnContext(v -> action.run());
        }

        void subscribed(MqttQoS qos) {
            commandsQos = qos;
        }

        /** The QoS granted on the device's commands topic, or empty when it has not subscribed. */
        public Optional<MqttQoS> commandsQos() {
            return Optional.ofNullable(commandsQos);
        }
    }

    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();

    /** Registers the session and closes the one it replaces, if any. */
    public void open(Session session) {
        Session previous = sessions.put(session.device(), session);
        if (previous != null && previous != session) {
            previous.run(() -> {
                if (previous.endpoint().isConnected()) {
                    previous.endpoint().close();
                }
            });
        }
    }

    /** Forgets the session, unless a newer one already took its place. */
    public void closed(Session session) {
        sessions.remove(session.device(), session);
    }

    public Optional<Session> of(String device) {
        return Optional.ofNullable(sessions.get(device));
    }

    /** Closes the device's session, for example after its secret was rotated. */
    public void disconnect(String device) {
        of(device).ifPresent(s -> s.run(() -> s.endpoint().close()));
    }

    public int size() {
        return sessions.size();
    }
}
