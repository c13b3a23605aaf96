package org.patrolgrid.tracker.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.patrolgrid.simulators.probe.AlertLatencyOptions;
import org.patrolgrid.simulators.probe.AlertLatencyProbe;
import org.patrolgrid.simulators.probe.ProbeResult;
import org.patrolgrid.tracker.support.SimulatorRig;
import org.patrolgrid.tracker.support.TestServer;

/**
 * The benchmark's alert-latency probe against the real server, with fewer lanes than samples so that its devices
 * connect out of index order: every sample must be matched to its own PUBACK and its own alert on the live stream.
 * (A probe that confused its devices reported alerts that the server had sent as missing.)
 */
class AlertLatencyProbeEndToEndTest {
    private static final int SAMPLES = 24;

    @RegisterExtension
    static final SimulatorRig RIG = new SimulatorRig();

    @Test
    void everySampleIsMatchedToItsAckAndItsAlert() throws Exception {
        AlertLatencyOptions options = AlertLatencyOptions.parse(
                List.of(
                        "--port",
                        String.valueOf(RIG.server().mqttPort()),
                        "--http-port",
                        String.valueOf(RIG.server().httpPort()),
                        "--admin-password",
                        TestServer.ADMIN_PASSWORD,
                        "--samples",
                        String.valueOf(SAMPLES),
                        "--warmup",
                        "3",
                        "--lanes",
                        "5",
                        "--interval",
                        "20ms",
                        "--settle",
                        "200ms",
                        "--timeout",
                        "20s"),
                Map.of());
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        ProbeResult result = new AlertLatencyProbe(options, new PrintStream(progress, true, StandardCharsets.UTF_8))
                .run(RIG.vertx())
                .await(2, TimeUnit.MINUTES);

        // The warm-up's 3 alerts are timed the same way and reported apart, not counted.
        assertTrue(
                progress.toString(StandardCharsets.UTF_8).contains("warm-up (not counted): samples=3 received=3"),
                progress.toString(StandardCharsets.UTF_8));
        assertEquals(SAMPLES, result.timeline().size());
        assertEquals(1, result.timeline().get(0).index());
        assertEquals(SAMPLES, result.alerts().count(), result.summaryLine());
        assertEquals(SAMPLES, result.acks().count(), result.summaryLine());
        // An alert cannot reach the stream before its fix was acknowledged as stored.
        assertTrue(result.alerts().percentileNanos(50) >= result.acks().percentileNanos(50), result.summaryLine());
    }
}
