package org.patrolgrid.simulators.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadOptionsParserTest {
    private final LoadOptionsParser parser = new LoadOptionsParser(Map.of());

    private LoadOptions parse(String line) {
        return parser.parse(List.of(line.split(" ")));
    }

    @Test
    void provisioningRunTakesEveryFlag() {
        LoadOptions o = parse("--host 127.0.0.1 --port 1884 --devices 250 --rate 5000 --qos 0 --duration 2m"
                + " --http-port 8081 --admin-password pw --batch 10 --connect-rate 100 --inflight 4 --event-loops 3");
        assertEquals("127.0.0.1", o.host());
        assertEquals(1884, o.mqttPort());
        assertEquals(250, o.devices());
        assertEquals(5000, o.ratePerSecond());
        assertEquals(0, o.qos());
        assertEquals(Duration.ofMinutes(2), o.duration());
        assertTrue(o.provisionsOverHttp());
        assertEquals(8081, o.httpPort());
        assertEquals("pw", o.adminPassword());
        assertEquals(10, o.batch());
        assertEquals(100, o.connectRate());
        assertEquals(4, o.inflight());
        assertEquals(3, o.eventLoops());
        assertFalse(o.anonymous());
        assertEquals("devices/load-00007/positions", o.topicFor(o.deviceId(6)));
    }

    @Test
    void rawTopicMeansAnonymousPlainBroker() {
        LoadOptions o = parse("--port 1883 --devices 3 --raw-topic load/{id}");
        assertTrue(o.anonymous());
        assertFalse(o.provisionsOverHttp());
        assertEquals("load/load-00001", o.topicFor(o.deviceId(0)));
        assertEquals(Duration.ofSeconds(30), o.duration());
        assertEquals(1, o.qos());
        assertEquals(10, o.inflight());
    }

    @Test
    void credentialsFileIsAnAlternativeToProvisioning() {
        LoadOptions o = parse("--credentials creds.csv --duration 500ms --idle");
        assertEquals(Path.of("creds.csv"), o.credentialsFile());
        assertTrue(o.idle());
        assertEquals(0, o.ratePerSecond());
        assertEquals(Duration.ofMillis(500), o.duration());
        assertNull(o.adminPassword());
        assertFalse(o.world());
        assertTrue(parse("--credentials creds.csv --world").world());
    }

    @Test
    void adminPasswordFallsBackToEnvironment() {
        LoadOptions o = new LoadOptionsParser(Map.of("PATROLGRID_ADMIN_PASSWORD", "from-env"))
                .parse(List.of("--http-port", "8080"));
        assertEquals("from-env", o.adminPassword());
    }

    @Test
    void refusesWhatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> parse("--duration 5"), "no credential source");
        assertThrows(IllegalArgumentException.class, () -> parse("--http-port 8080"), "no password");
        assertThrows(
                IllegalArgumentException.class, () -> parse("--http-port 8080 --admin-password x --credentials f"));
        assertThrows(IllegalArgumentException.class, () -> parse("--raw-topic t --qos 2"));
        assertThrows(IllegalArgumentException.class, () -> parse("--raw-topic t --devices 0"));
        assertThrows(IllegalArgumentException.class, () -> parse("--raw-topic t --batch 1001"));
        assertThrows(IllegalArgumentException.class, () -> parse("--raw-topic t --duration soon"));
        assertThrows(IllegalArgumentException.class, () -> parse("--raw-topic t --bogus 1"));
        assertThrows(IllegalArgumentException.class, () -> parse("--raw-topic t --rate"));
    }

    @Test
    void onlyLoopbackTargets() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> parse("--raw-topic t --host 8.8.8.8"));
        assertTrue(e.getMessage().contains("loopback"), e.getMessage());
        assertEquals("localhost", parse("--raw-topic t --host localhost").host());
    }

    @Test
    void positionsFromIsOptionalAndTakesAPath() {
        assertNull(parse("--raw-topic load/{id}").positionsFile());
        assertEquals(
                Path.of("pos.csv"),
                parse("--raw-topic load/{id} --positions-from pos.csv").positionsFile());
    }
}
