package org.patrolgrid.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3SubAckException;
import com.hivemq.client.mqtt.mqtt3.message.connect.connack.Mqtt3ConnAckReturnCode;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAckReturnCode;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5SubAckException;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAckReasonCode;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;
import com.hivemq.client.mqtt.mqtt5.message.publish.puback.Mqtt5PubAck;
import com.hivemq.client.mqtt.mqtt5.message.publish.puback.Mqtt5PubAckReasonCode;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAckReasonCode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolgrid.tracker.support.Devices;
import org.patrolgrid.tracker.support.Fixes;
import org.patrolgrid.tracker.support.TestServer;

/** Ingest over real MQTT (HiveMQ client, 3.1.1 and 5) against the real server and PostgreSQL. */
class MqttIngestTest {
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Mqtt5PubAck publish(Mqtt5BlockingClient c, String topic, String payload) {
        try {
            Mqtt5PublishResult r = c.publishWith()
                    .topic(topic)
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .payload(payload.getBytes(StandardCharsets.UTF_8))
                    .send();
            return ((Mqtt5PublishResult.Mqtt5Qos1Result) r).getPubAck();
        } catch (Mqtt5PubAckException e) {
            return e.getMqttMessage();
        }
    }

    @Test
    void qos1PositionIsStoredBeforeItIsAcknowledged() throws Exception {
        String secret = server.addDevice("ack-1", "collector", "330402");
        Mqtt5BlockingClient c = Devices.connectV5(server.mqttPort(), "ack-1", secret);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < 20; i++) {
            Mqtt5PubAck ack = publish(c, "devices/ack-1/positions", Fixes.fix(now.minusSeconds(20 - i)));
            assertEquals(Mqtt5PubAckReasonCode.SUCCESS, ack.getReasonCode());
            // The PUBACK is sent after the commit, so the row is already visible to another connection.
            assertEquals(i + 1, server.storedCount("ack-1"));
        }
        c.disconnect();
    }

    @Test
    void wrongSecretUnknownDeviceAndMissingCredentialsAreRefused() throws Exception {
        server.addDevice("auth-1", "officer", "330402");
        Mqtt5ConnAckException v5 = assertThrows(
                Mqtt5ConnAckException.class, () -> Devices.connectV5(server.mqttPort(), "auth-1", "wrong-secret"));
        assertEquals(
                Mqtt5ConnAckReasonCode.BAD_USER_NAME_OR_PASSWORD,
                v5.getMqttMessage().getReasonCode());
        Mqtt3ConnAckException v3 = assertThrows(
                Mqtt3ConnAckException.class, () -> Devices.connectV3(server.mqttPort(), "nobody", "whatever"));
        assertEquals(
                Mqtt3ConnAckReturnCode.BAD_USER_NAME_OR_PASSWORD,
                v3.getMqttMessage().getReturnCode());
        Mqtt3ConnAckException anonymous =
                assertThrows(Mqtt3ConnAckException.class, () -> Devices.v3(server.mqttPort(), "anon")
                        .connect());
        assertEquals(
                Mqtt3ConnAckReturnCode.BAD_USER_NAME_OR_PASSWORD,
                anonymous.getMqttMessage().getReturnCode());
    }

    @Test
    void deviceCannotPublishOrSubscribeToAnotherDevicesTopics() throws Exception {
        String mine = server.addDevice("acl-1", "collector", "330402");
        server.addDevice("acl-2", "collector", "330402");
        Mqtt5BlockingClient c = Devices.connectV5(server.mqttPort(), "acl-1", mine);
        Mqtt5PubAck refused = publish(c, "devices/acl-2/positions", Fixes.fix(Instant.now()));
        assertEquals(Mqtt5PubAckReasonCode.NOT_AUTHORIZED, refused.getReasonCode());
        assertEquals(
                Mqtt5PubAckReasonCode.NOT_AUTHORIZED,
                publish(c, "somewhere/else", Fixes.fix(Instant.now())).getReasonCode());
        assertEquals(0, server.storedCount("acl-2"));
        Mqtt5SubAckException subAck = assertThrows(
                Mqtt5SubAckException.class,
                () -> c.subscribeWith().topicFilter("devices/acl-2/commands").send());
        assertEquals(
                Mqtt5SubAckReasonCode.NOT_AUTHORIZED,
                subAck.getMqttMessage().getReasonCodes().get(0));
        var own = c.subscribeWith()
                .topicFilter("devices/acl-1/commands")
                .qos(MqttQos.AT_LEAST_ONCE)
                .send();
        assertEquals(Mqtt5SubAckReasonCode.GRANTED_QOS_1, own.getReasonCodes().get(0));
        c.disconnect();

        Mqtt3BlockingClient v3 = Devices.connectV3(server.mqttPort(), "acl-1", mine);
        Mqtt3SubAckException v3SubAck = assertThrows(
                Mqtt3SubAckException.class,
                () -> v3.subscribeWith().topicFilter("devices/acl-2/commands").send());
        assertEquals(
                Mqtt3SubAckReturnCode.FAILURE,
                v3SubAck.getMqttMessage().getReturnCodes().get(0));
        // 3.1.1 cannot say no to a PUBLISH: it is acknowledged and dropped.
        v3.publishWith()
                .topic("devices/acl-2/positions")
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(Fixes.fix(Instant.now()).getBytes(StandardCharsets.UTF_8))
                .send();
        assertEquals(0, server.storedCount("acl-2"));
        v3.disconnect();
    }

    @Test
    void ownTracksLocationLandsAsPositionAndOtherTypesAreIgnored() throws Exception {
        String secret = server.addDevice("ot-1", "collector", "330402");
        Mqtt5BlockingClient c = Devices.connectV5(server.mqttPort(), "ot-1", secret);
        long tst = Instant.now().minusSeconds(60).getEpochSecond();
        String location = "{\"_type\":\"location\",\"acc\":9,\"alt\":93,\"batt\":94,\"cog\":252,\"lat\":30.7522,"
                + "\"lon\":120.7585,\"tid\":\"SG\",\"tst\":" + tst + ",\"vel\":18}";
        assertEquals(
                Mqtt5PubAckReasonCode.SUCCESS,
                publish(c, "owntracks/ot-1/phone", location).getReasonCode());
        assertEquals(
                Mqtt5PubAckReasonCode.SUCCESS,
                publish(c, "owntracks/ot-1/phone", "{\"_type\":\"lwt\",\"tst\":" + tst + "}")
                        .getReasonCode());
        try (Connection conn = server.jdbc();
                Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("select fix_time, lat, lon, speed, course, battery, attributes->>'tid'"
                        + " from position where device = 'ot-1'")) {
            assertTrue(rs.next());
            assertEquals(tst * 1000, rs.getTimestamp(1).getTime());
            assertEquals(30.7522, rs.getDouble(2), 1e-9);
            assertEquals(5.0, rs.getDouble(4), 1e-3, "vel 18 km/h is 5 m/s");
            assertEquals(252, rs.getDouble(5), 1e-6);
            assertEquals(94, rs.getDouble(6), 1e-6);
            assertEquals("SG", rs.getString(7));
            assertFalse(rs.next(), "lwt carries no position");
        }
        c.disconnect();
    }

    @Test
    void batchOfThousandIsStoredInFixTimeOrderWithDuplicatesDropped() throws Exception {
        String secret = server.addDevice("batch-1", "collector", "330402");
        Mqtt5BlockingClient c = Devices.connectV5(server.mqttPort(), "batch-1", secret);
        Instant last = Instant.now().minusSeconds(10).truncatedTo(ChronoUnit.MILLIS);
        List<String> fixes = new ArrayList<>();
        for (int i = 0; i < 900; i++) {
            fixes.add(Fixes.compact(last.minusSeconds(i * 2L), Fixes.LAT + i * 1e-5, Fixes.LON));
        }
        for (int i = 0; i < 100; i++) {
            fixes.add(fixes.get(i * 7)); // 100 duplicates of fixes already in the batch
        }
        Collections.shuffle(fixes, new Random(42));
        Mqtt5PubAck ack = publish(c, "devices/batch-1/positions", "[" + String.join(",", fixes) + "]");
        assertEquals(Mqtt5PubAckReasonCode.SUCCESS, ack.getReasonCode());
        // The same batch again (a device that did not see the PUBACK resends it): nothing new is stored.
        publish(c, "devices/batch-1/positions", "[" + String.join(",", fixes) + "]");
        assertEquals(900, server.storedCount("batch-1"));
        try (Connection conn = server.jdbc();
                Statement st = conn.createStatement();
                ResultSet rs =
                        st.executeQuery("select fix_time from position where device = 'batch-1' order by ctid")) {
            Instant previous = Instant.MIN;
            while (rs.next()) {
                Instant t = rs.getTimestamp(1).toInstant();
                assertTrue(t.isAfter(previous), "rows are written in fix-time order");
                previous = t;
            }
        }
        c.disconnect();
    }

    @Test
    void secondConnectionWithSameDeviceTakesOver() throws Exception {
        String secret = server.addDevice("take-1", "officer", "330411");
        Mqtt5BlockingClient first = Devices.connectV5(server.mqttPort(), "take-1", secret);
        Mqtt5BlockingClient second = Devices.v5(server.mqttPort(), "take-1-b");
        second.connectWith()
                .simpleAuth()
                .username("take-1")
                .password(secret.getBytes(StandardCharsets.UTF_8))
                .applySimpleAuth()
                .send();
        long deadline = System.currentTimeMillis() + 5_000;
        while (first.getState().isConnected() && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertFalse(first.getState().isConnected(), "the first connection was closed");
        assertEquals(
                Mqtt5PubAckReasonCode.SUCCESS,
                publish(second, "devices/take-1/positions", Fixes.fix(Instant.now()))
                        .getReasonCode());
        second.disconnect();
    }

    @Test
    void qos2IsAcceptedAndStoredOnce() throws Exception {
        String secret = server.addDevice("q2-1", "officer", "330411");
        Mqtt5BlockingClient c = Devices.connectV5(server.mqttPort(), "q2-1", secret);
        c.publishWith()
                .topic("devices/q2-1/positions")
                .qos(MqttQos.EXACTLY_ONCE)
                .payload(Fixes.fix(Instant.now()).getBytes(StandardCharsets.UTF_8))
                .send();
        assertEquals(1, server.storedCount("q2-1"));
        c.disconnect();
    }
}
