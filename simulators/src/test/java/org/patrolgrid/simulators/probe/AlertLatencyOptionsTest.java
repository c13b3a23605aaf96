package org.patrolgrid.simulators.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertLatencyOptionsTest {
    private static AlertLatencyOptions parse(String line, Map<String, String> env) {
        return AlertLatencyOptions.parse(List.of(line.split(" ")), env);
    }

    @Test
    void defaultsAndFlags() {
        AlertLatencyOptions o = parse("--port 1884 --http-port 8081 --admin-password pw", Map.of());
        assertEquals(1884, o.mqttPort());
        assertEquals(8081, o.httpPort());
        assertEquals(200, o.samples());
        assertEquals(0, o.warmup());
        assertEquals("alert", o.events());
        assertEquals(Duration.ofMillis(100), o.interval());
        assertEquals(Duration.ofSeconds(5), o.settle());
        assertEquals("330411", o.district());
        AlertLatencyOptions p = parse(
                "--port 1 --http-port 2 --samples 20 --warmup 5 --interval 50ms --timeout 3s",
                Map.of("PATROLGRID_ADMIN_PASSWORD", "e"));
        assertEquals("e", p.adminPassword());
        assertEquals(20, p.samples());
        assertEquals(5, p.warmup());
        assertEquals(Duration.ofMillis(50), p.interval());
        assertEquals(Duration.ofSeconds(3), p.timeout());
        assertEquals(
                "position,alert",
                parse("--port 1 --http-port 2 --events position,alert", Map.of("PATROLGRID_ADMIN_PASSWORD", "e"))
                        .events());
    }

    @Test
    void refusesAStreamWithoutAlertsOrWithUnknownKinds() {
        Map<String, String> env = Map.of("PATROLGRID_ADMIN_PASSWORD", "e");
        assertThrows(IllegalArgumentException.class, () -> parse("--port 1 --http-port 2 --events position", env));
        assertThrows(IllegalArgumentException.class, () -> parse("--port 1 --http-port 2 --events alerts", env));
        assertThrows(IllegalArgumentException.class, () -> parse("--port 1 --http-port 2 --events alert,", env));
    }

    @Test
    void refusesMissingPortsPasswordAndRemoteHosts() {
        assertThrows(IllegalArgumentException.class, () -> parse("--http-port 2 --admin-password pw", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> parse("--port 1 --http-port 2", Map.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> parse("--port 1 --http-port 2 --admin-password pw --host 192.0.2.1", Map.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> parse("--port 1 --http-port 2 --admin-password pw --samples 0", Map.of()));
    }
}
