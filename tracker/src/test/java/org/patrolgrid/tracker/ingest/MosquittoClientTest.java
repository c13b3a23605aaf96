package org.patrolgrid.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolgrid.tracker.support.Fixes;
import org.patrolgrid.tracker.support.TestServer;

/**
 * A client that is not our code: Mosquitto's command-line tools (Debian package mosquitto-clients). In CI they must
 * be installed (.ci/run does it); elsewhere the test is skipped when they are missing.
 */
class MosquittoClientTest {
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/mosquitto_pub"));
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "mosquitto-clients is not installed");
        }
        assertTrue(installed, "CI must install mosquitto-clients");
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private record Result(int code, String output) {}

    private static Result run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + cmd);
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes()));
    }

    private static String[] pub(String version, String id, String secret, String topic, String message) {
        return new String[] {
            "mosquitto_pub",
            "-h",
            "127.0.0.1",
            "-p",
            String.valueOf(server.mqttPort()),
            "-V",
            version,
            "-i",
            id,
            "-u",
            id,
            "-P",
            secret,
            "-q",
            "1",
            "-t",
            topic,
            "-m",
            message
        };
    }

    @Test
    void mosquittoPubStoresPositionsWithMqtt311And5() throws Exception {
        String secret = server.addDevice("mq-1", "collector", "330402");
        Instant now = Instant.now();
        Result v311 = run(pub("mqttv311", "mq-1", secret, "devices/mq-1/positions", Fixes.fix(now.minusSeconds(100))));
        assertEquals(0, v311.code(), v311.output());
        Result v5 = run(pub("mqttv5", "mq-1", secret, "devices/mq-1/positions", Fixes.batch(now, 50)));
        assertEquals(0, v5.code(), v5.output());
        assertEquals(51, server.storedCount("mq-1"));
    }

    @Test
    void mosquittoPubWithWrongSecretIsRefused() throws Exception {
        server.addDevice("mq-2", "collector", "330402");
        Result r = run(pub("mqttv311", "mq-2", "not-the-secret", "devices/mq-2/positions", Fixes.fix(Instant.now())));
        assertNotEquals(0, r.code());
        assertTrue(r.output().toLowerCase().contains("refused"), r.output());
        assertEquals(0, server.storedCount("mq-2"));
    }

    @Test
    void mosquittoPubSeesTheReasonForABadPayloadUnderMqtt5() throws Exception {
        String secret = server.addDevice("mq-3", "collector", "330402");
        Result r = run(pub("mqttv5", "mq-3", secret, "devices/mq-3/positions", "{\"lat\":1}"));
        assertTrue(r.output().toLowerCase().contains("payload format invalid"), r.output());
        assertEquals(0, server.storedCount("mq-3"));
    }
}
