package org.patrolgrid.tracker.support;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientBuilder;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import java.nio.charset.StandardCharsets;

/** Real MQTT clients (HiveMQ) connected as devices. */
public final class Devices {
    private Devices() {}

    private static MqttClientBuilder onLoopback(int port, String id) {
        return MqttClient.builder().identifier(id).serverHost("127.0.0.1").serverPort(port);
    }

    public static Mqtt5BlockingClient v5(int port, String id) {
        return onLoopback(port, id).useMqttVersion5().buildBlocking();
    }

    public static Mqtt5BlockingClient connectV5(int port, String id, String secret) {
        Mqtt5BlockingClient c = v5(port, id);
        c.connectWith()
                .simpleAuth()
                .username(id)
                .password(secret.getBytes(StandardCharsets.UTF_8))
                .applySimpleAuth()
                .send();
        return c;
    }

    public static Mqtt3BlockingClient v3(int port, String id) {
        return onLoopback(port, id).useMqttVersion3().buildBlocking();
    }

    public static Mqtt3BlockingClient connectV3(int port, String id, String secret) {
        Mqtt3BlockingClient c = v3(port, id);
        c.connectWith()
                .simpleAuth()
                .username(id)
                .password(secret.getBytes(StandardCharsets.UTF_8))
                .applySimpleAuth()
                .send();
        return c;
    }
}
