package org.patrolgrid.simulators.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertLatencyProbeTest {
    @Test
    void sampleFixIsAContractPositionFlaggedAsMock() {
        AlertLatencyOptions options = AlertLatencyOptions.parse(
                List.of("--port", "1", "--http-port", "2", "--admin-password", "pw", "--samples", "3"), Map.of());
        AlertLatencyProbe probe = new AlertLatencyProbe(options, new PrintStream(OutputStream.nullOutputStream()));
        JsonObject mock = new JsonObject(new String(probe.fix(2, 1_795_866_000_000L, true), StandardCharsets.US_ASCII));
        assertEquals(1_795_866_000_000L, mock.getLong("ts"));
        assertEquals(true, mock.getBoolean("mock"));
        assertEquals(30.80, mock.getDouble("lat"), 0.01);
        assertEquals(120.70, mock.getDouble("lon"), 0.01);
        JsonObject plain =
                new JsonObject(new String(probe.fix(2, 1_795_866_000_000L, false), StandardCharsets.US_ASCII));
        assertEquals(false, plain.getBoolean("mock"));
    }
}
