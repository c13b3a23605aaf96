package org.patrolgrid.tracker.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @Test
    void defaultsFollowTheContract() {
        ServerConfig c = ConfigLoader.load(new String[0], Map.of());
        assertEquals(1883, c.mqttPort());
        assertEquals(8080, c.httpPort());
        assertTrue(c.dbUrl().isEmpty());
        assertEquals(Path.of("./data").toAbsolutePath().normalize(), c.dataDir());
        assertEquals(Duration.ofMinutes(5), c.maxFutureSkew());
        assertEquals(Duration.ofDays(7), c.maxAge());
        assertEquals(65_536, c.maxPayloadBytes());
        assertEquals(1_000, c.maxBatch());
        assertEquals(Duration.ofMillis(2), c.commitLinger());
    }

    @Test
    void flagsOverrideTheFileAndEnvironmentOverridesBoth(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("patrolgrid.yaml");
        Files.writeString(file, "mqtt-port: 1900\nhttp-port: 9000\nmax-age: 2d\ncluster-members: [a, b]\n");
        ServerConfig c = ConfigLoader.load(
                new String[] {
                    "--config", file.toString(), "--http-port", "9100", "--max-future=30s", "--commit-linger", "0ms"
                },
                Map.of("PATROLGRID_MQTT_PORT", "1999"));
        assertEquals(1999, c.mqttPort());
        assertEquals(9100, c.httpPort());
        assertEquals(Duration.ofDays(2), c.maxAge());
        assertEquals(Duration.ofSeconds(30), c.maxFutureSkew());
        assertEquals(Duration.ZERO, c.commitLinger());
        assertEquals(List.of("a", "b"), c.clusterMembers());
    }

    @Test
    void adminPasswordComesFromTheEnvironment() {
        ServerConfig c = ConfigLoader.load(new String[0], Map.of("PATROLGRID_ADMIN_PASSWORD", "s3cret"));
        assertEquals("s3cret", c.adminPassword().orElseThrow());
    }

    @Test
    void badValuesNameTheKey(@TempDir Path dir) throws Exception {
        assertMessage("mqtt-port", "--mqtt-port", "70000");
        assertMessage("max-age", "--max-age", "soon");
        assertMessage("db", "--db", "mysql://x");
        assertMessage("commit-linger: must be between 0ms and 1s, got '5s'", "--commit-linger", "5s");
        assertMessage("needs a value", "--http-port");
        assertMessage("unexpected argument", "demo");
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "colour: blue\n");
        assertMessage("unknown key 'colour'", "--config", file.toString());
        assertMessage(
                "cannot read config file",
                "--config",
                dir.resolve("missing.yaml").toString());
    }

    private static void assertMessage(String expected, String... args) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(args, Map.of()));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
