package org.patrolgrid.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.puback.Mqtt5PubAck;
import com.hivemq.client.mqtt.mqtt5.message.publish.puback.Mqtt5PubAckReasonCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.patrolgrid.tracker.support.Devices;
import org.patrolgrid.tracker.support.Fixes;
import org.patrolgrid.tracker.support.TestServer;

/**
 * Every kind of bad input in CONTRACT §2 is refused with its MQTT 5 reason code and a reason string, counted in
 * /metrics, and does not disturb another device publishing at the same time.
 */
class BadInputTest {
    private static final Instant GOOD_BASE = Instant.now().minusSeconds(3_600);
    private static final java.util.concurrent.atomic.AtomicLong GOOD_SEQ = new java.util.concurrent.atomic.AtomicLong();
    private static TestServer server;
    private static Mqtt5BlockingClient bad;
    private static String goodSecret;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        bad = Devices.connectV5(server.mqttPort(), "bad-1", server.addDevice("bad-1", "collector", "330402"));
        goodSecret = server.addDevice("good-1", "collector", "330402");
    }

    @AfterAll
    static void stop() {
        bad.disconnect();
        server.close();
    }

    static Stream<Arguments> badPayloads() {
        Instant now = Instant.now();
        String big = "[" + String.join(",", java.util.Collections.nCopies(1200, Fixes.fix(now))) + "]";
        String tooMany = "[" + String.join(",", java.util.Collections.nCopies(1001, "{}")) + "]";
        return Stream.of(
                Arguments.of("malformed JSON", "{\"ts\":1,", "malformed_json"),
                Arguments.of("not JSON at all", "hello", "malformed_json"),
                Arguments.of("a JSON string", "\"x\"", "not_a_position"),
                Arguments.of("missing ts", "{\"lat\":30.75,\"lon\":120.75}", "missing_field"),
                Arguments.of("missing lat", "{\"ts\":" + now.toEpochMilli() + ",\"lon\":120.75}", "missing_field"),
                Arguments.of("missing lon", "{\"ts\":" + now.toEpochMilli() + ",\"lat\":30.75}", "missing_field"),
                Arguments.of(
                        "infinite lat",
                        "{\"ts\":" + now.toEpochMilli() + ",\"lat\":1e999,\"lon\":120.75}",
                        "not_finite"),
                Arguments.of(
                        "NaN lon", "{\"ts\":" + now.toEpochMilli() + ",\"lat\":30.7,\"lon\":\"NaN\"}", "not_finite"),
                Arguments.of("lat out of range", Fixes.fix(now, 91, 120.75), "out_of_range"),
                Arguments.of("lon out of range", Fixes.fix(now, 30.7, -181), "out_of_range"),
                Arguments.of(
                        "negative accuracy",
                        "{\"ts\":" + now.toEpochMilli() + ",\"lat\":30.7,\"lon\":120.7,\"acc\":-1}",
                        "out_of_range"),
                Arguments.of(
                        "course over 360",
                        "{\"ts\":" + now.toEpochMilli() + ",\"lat\":30.7,\"lon\":120.7,\"course\":361}",
                        "out_of_range"),
                Arguments.of(
                        "battery over 100",
                        "{\"ts\":" + now.toEpochMilli() + ",\"lat\":30.7,\"lon\":120.7,\"batt\":101}",
                        "out_of_range"),
                Arguments.of("ts as garbage", "{\"ts\":\"yesterday\",\"lat\":30.7,\"lon\":120.7}", "out_of_range"),
                Arguments.of("ts in the future", Fixes.fix(now.plusSeconds(600)), "ts_in_future"),
                Arguments.of("ts too old", Fixes.fix(now.minusSeconds(8 * 86_400)), "ts_too_old"),
                Arguments.of("payload over 64 KiB", big, "payload_too_large"),
                Arguments.of("batch over 1000", tooMany, "batch_too_large"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPayloads")
    void badInputIsRefusedWithReasonWhileAnotherDeviceKeepsStoring(String what, String payload, String reason)
            throws Exception {
        long goodBefore = server.storedCount("good-1");
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Integer> good = CompletableFuture.supplyAsync(() -> publishGoodUntil(stop));
        double before = rejectedCount(reason);

        Mqtt5PubAck ack = MqttIngestTest.publish(bad, "devices/bad-1/positions", payload);

        assertEquals(Mqtt5PubAckReasonCode.PAYLOAD_FORMAT_INVALID, ack.getReasonCode(), what);
        String reasonString = ack.getReasonString().map(Object::toString).orElse("");
        assertTrue(reasonString.contains(reason), "reason string '" + reasonString + "' names " + reason);
        assertEquals(before + 1, rejectedCount(reason), 1e-9, "counted once in /metrics");
        stop.set(true);
        int sent = good.get(30, TimeUnit.SECONDS);
        assertTrue(sent > 0);
        assertEquals(goodBefore + sent, server.storedCount("good-1"), "the other device lost nothing");
        assertEquals(0, server.storedCount("bad-1"));
    }

    @ParameterizedTest(name = "one bad element of {0} leaves the good ones")
    @MethodSource("mixedBatches")
    void oneBadElementDoesNotRejectTheGoodOnes(int goodOnes) throws Exception {
        Mqtt5BlockingClient c = Devices.connectV5(
                server.mqttPort(), "mixed-" + goodOnes, server.addDevice("mixed-" + goodOnes, "officer", "330411"));
        Instant now = Instant.now();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < goodOnes; i++) {
            items.add(Fixes.fix(now.minusSeconds(i + 1)));
        }
        items.add(goodOnes / 2, Fixes.fix(now, 95, 120));
        Mqtt5PubAck ack = MqttIngestTest.publish(
                c, "devices/mixed-" + goodOnes + "/positions", "[" + String.join(",", items) + "]");
        assertEquals(Mqtt5PubAckReasonCode.SUCCESS, ack.getReasonCode());
        assertTrue(ack.getReasonString().map(Object::toString).orElse("").contains("1 rejected"));
        assertEquals(goodOnes, server.storedCount("mixed-" + goodOnes));
        c.disconnect();
    }

    static Stream<Integer> mixedBatches() {
        return Stream.of(1, 10, 500);
    }

    private static int publishGoodUntil(AtomicBoolean stop) {
        Mqtt5BlockingClient c = Devices.connectV5(server.mqttPort(), "good-1", goodSecret);
        int sent = 0;
        try {
            do {
                Mqtt5PubAck ack = MqttIngestTest.publish(
                        c, "devices/good-1/positions", Fixes.fix(GOOD_BASE.plusMillis(GOOD_SEQ.incrementAndGet())));
                assertEquals(Mqtt5PubAckReasonCode.SUCCESS, ack.getReasonCode());
                sent++;
            } while (!stop.get() || sent < 5);
        } finally {
            c.disconnect();
        }
        return sent;
    }

    private static double rejectedCount(String reason) throws Exception {
        HttpResponse<String> r = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return r.body()
                .lines()
                .filter(l -> l.startsWith("patrolgrid_positions_rejected_total{") && l.contains("\"" + reason + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
