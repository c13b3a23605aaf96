package org.patrolgrid.tracker.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.patrolgrid.tracker.support.DutyWorld.await;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.patrolgrid.tracker.support.Devices;
import org.patrolgrid.tracker.support.DutyWorld;
import org.patrolgrid.tracker.support.TestDatabase;
import org.patrolgrid.tracker.support.TestServer;

/**
 * Two members of a Hazelcast cluster on one database: devices all connect to member A, and each device's owner is
 * the member of its partition. An sos sent to A for a device owned by B travels to B as JSON, B opens the alert, and
 * A (which holds the MQTT session) delivers it on the device's commands topic.
 */
class ClusterOwnershipTest {
    private static final int DEVICES = 8;

    @Test
    void devicesOwnedByAnotherMemberStillGetTheirAlerts() throws Exception {
        String db = TestDatabase.create();
        String members = "127.0.0.1:5931,127.0.0.1:5932";
        try (TestServer a =
                        TestServer.startOn(db, "--cluster", "--cluster-port", "5931", "--cluster-members", members);
                TestServer b =
                        TestServer.startOn(db, "--cluster", "--cluster-port", "5932", "--cluster-members", members)) {
            DutyWorld world = new DutyWorld(a::jdbc);
            List<Mqtt5BlockingClient> clients = new ArrayList<>();
            List<Mqtt5BlockingClient.Mqtt5Publishes> inboxes = new ArrayList<>();
            for (int i = 0; i < DEVICES; i++) {
                String id = "cl-" + i;
                Mqtt5BlockingClient c = Devices.connectV5(a.mqttPort(), id, world.device(id));
                inboxes.add(c.publishes(MqttGlobalPublishFilter.ALL));
                c.subscribeWith()
                        .topicFilter("devices/" + id + "/commands")
                        .qos(MqttQos.AT_LEAST_ONCE)
                        .send();
                String sos =
                        "{\"ts\":" + Instant.now().toEpochMilli() + ",\"type\":\"sos\",\"lat\":30.75,\"lon\":120.75}";
                DutyWorld.publish(c, "devices/" + id + "/events", sos);
                clients.add(c);
            }
            for (int i = 0; i < DEVICES; i++) {
                String id = "cl-" + i;
                await(Duration.ofSeconds(10), () -> world.alerts(id, null), l -> l.size() == 1);
                var message = inboxes.get(i).receive(10, TimeUnit.SECONDS).orElseThrow(() -> new AssertionError(id));
                JsonObject command = new JsonObject(new String(message.getPayloadAsBytes(), StandardCharsets.UTF_8));
                assertEquals("sos", command.getString("kind"));
            }
            assertTrue(forwarded(a) > 0, "with " + DEVICES + " devices some belong to member B");
            clients.forEach(Mqtt5BlockingClient::disconnect);
        }
    }

    private static double forwarded(TestServer server) throws Exception {
        String metrics = org.patrolgrid.tracker.support.Api.metrics(server.httpPort());
        Matcher m = Pattern.compile("patrolgrid_duty_forwarded_total(?:\\{[^}]*})? ([0-9.E]+)")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
