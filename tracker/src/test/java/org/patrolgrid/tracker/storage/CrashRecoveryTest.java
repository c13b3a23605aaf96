package org.patrolgrid.tracker.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolgrid.tracker.support.Api;
import org.patrolgrid.tracker.support.Fixes;
import org.patrolgrid.tracker.support.ServerProcess;

/**
 * The durability promise: a QoS 1 position that was acknowledged survives kill -9 of the server (and of nothing
 * else: the embedded PostgreSQL is left orphaned, as after a real crash) and is served by /track after a restart.
 */
class CrashRecoveryTest {
    private static final String PASSWORD = "crash-test-pass";

    @Test
    void acknowledgedPositionsSurviveKillNineAndRestart(@TempDir Path dataDir) throws Exception {
        String[] args = {
            "--data-dir",
            dataDir.toString(),
            "--mqtt-port",
            "0",
            "--http-port",
            "0",
            "--admin-password",
            PASSWORD,
            "--host",
            "127.0.0.1"
        };
        Instant base = Instant.now().minusSeconds(3_600).truncatedTo(ChronoUnit.SECONDS);
        Set<Long> acked = ConcurrentHashMap.newKeySet();
        int sent;
        try (ServerProcess first = ServerProcess.start(args)) {
            int[] ports = first.awaitReady(180);
            String secret = Api.login(ports[1], "admin", PASSWORD).createDevice("crash-1", "collector", "330402");
            Mqtt5AsyncClient device = connect(ports[0], secret);
            // Phase 1: 500 positions, all acknowledged before the crash.
            awaitAll(publish(device, base, 0, 500, acked));
            assertEquals(500, acked.size());
            // Phase 2: a stream in flight; kill -9 once 300 more are acknowledged.
            List<CompletableFuture<Void>> inFlight = publish(device, base, 500, 3_000, acked);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acked.size() < 800 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            first.kill();
            sent = 3_000;
            inFlight.forEach(f -> f.exceptionally(e -> null));
        }
        Set<Long> ackedAtCrash = new HashSet<>(acked);
        assertTrue(ackedAtCrash.size() >= 800, "acked before the crash: " + ackedAtCrash.size());

        try (ServerProcess second = ServerProcess.start(args)) {
            int[] ports = second.awaitReady(180);
            Api api = Api.login(ports[1], "admin", PASSWORD);
            Api.Response track = api.get("/api/v1/devices/crash-1/track?from=" + base.minusSeconds(1) + "&to="
                    + base.plusSeconds(sent + 1) + "&limit=50000");
            assertEquals(200, track.status(), track.body());
            Set<Long> stored = new HashSet<>();
            Instant previous = Instant.MIN;
            for (Object f : track.json().getJsonArray("features")) {
                Instant ts = Instant.parse(
                        ((JsonObject) f).getJsonObject("properties").getString("ts"));
                assertTrue(ts.isAfter(previous), "ordered by ts");
                previous = ts;
                stored.add(ts.toEpochMilli());
            }
            assertTrue(stored.containsAll(ackedAtCrash), "every acknowledged position is stored");
            assertTrue(stored.size() <= sent);
            // Phase 1 ended with nothing in flight: its count matches exactly.
            long phaseOne = stored.stream()
                    .filter(t -> t < base.plusSeconds(500).toEpochMilli())
                    .count();
            assertEquals(500, phaseOne);
        }
    }

    private static Mqtt5AsyncClient connect(int port, String secret) throws Exception {
        Mqtt5AsyncClient c = MqttClient.builder()
                .useMqttVersion5()
                .identifier("crash-1")
                .serverHost("127.0.0.1")
                .serverPort(port)
                .buildAsync();
        c.connectWith()
                .simpleAuth()
                .username("crash-1")
                .password(secret.getBytes(StandardCharsets.UTF_8))
                .applySimpleAuth()
                .send()
                .get(30, TimeUnit.SECONDS);
        return c;
    }

    private static List<CompletableFuture<Void>> publish(
            Mqtt5AsyncClient c, Instant base, int from, int to, Set<Long> acked) {
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Instant ts = base.plusSeconds(i);
            futures.add(c.publishWith()
                    .topic("devices/crash-1/positions")
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .payload(Fixes.fix(ts).getBytes(StandardCharsets.UTF_8))
                    .send()
                    .thenAccept(r -> {
                        if (r.getError().isEmpty()) {
                            acked.add(ts.toEpochMilli());
                        }
                    }));
        }
        return futures;
    }

    private static void awaitAll(List<CompletableFuture<Void>> futures) throws Exception {
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
    }
}
