package org.patrolgrid.simulators.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives a real Mosquitto (skipped when it is not installed) with a short, small run. */
class LoadRunAgainstMosquittoTest {
    @TempDir
    Path dir;

    private LoadResult runAgainstMosquitto(String... extra) throws Exception {
        assumeTrue(MosquittoBroker.installed(), "mosquitto is not on PATH");
        try (MosquittoBroker broker = MosquittoBroker.start(dir)) {
            String args = "--host 127.0.0.1 --port " + broker.port() + " --raw-topic load/{id} --event-loops 2 "
                    + String.join(" ", extra);
            LoadOptions options = new LoadOptionsParser(Map.of()).parse(List.of(args.split(" ")));
            return new LoadRun(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                    .run();
        }
    }

    @Test
    void qos1RunCountsEveryAcknowledgementWithLatency() throws Exception {
        LoadResult result = runAgainstMosquitto("--devices 20 --rate 2000 --qos 1 --duration 1500ms --batch 3");
        LoadStats.Snapshot end = result.afterDrain();
        assertEquals(20, end.connected());
        assertEquals(0, end.failed());
        // lower bounds are generous (a third of the 3000 asked for): the 2-core machine is shared with other builds
        assertTrue(end.sent() > 1000, "sent " + end.sent());
        assertEquals(end.sent(), end.acked());
        assertEquals(end.sent() * 3, end.positions());
        assertEquals(end.acked(), result.latencies().getTotalCount(), "every ack has a latency");
        assertTrue(result.ackedRate() > 600 && result.ackedRate() < 2300, "acked rate " + result.ackedRate());
        String summary = LoadReport.summaryLine(result);
        assertTrue(summary.startsWith("load summary: sent=" + end.sent() + " acked=" + end.acked() + " failed=0 "));
    }

    @Test
    void qos0RunSendsAtTheRateWithoutAcks() throws Exception {
        LoadResult result = runAgainstMosquitto("--devices 5 --rate 1000 --qos 0 --duration 1s");
        assertEquals(0, result.afterDrain().acked());
        assertEquals(0, result.afterDrain().failed());
        assertTrue(
                result.afterDrain().sent() > 500 && result.afterDrain().sent() < 1200,
                "sent " + result.afterDrain().sent());
    }

    @Test
    void idleRunHoldsConnectionsAndSendsNothing() throws Exception {
        LoadResult result = runAgainstMosquitto("--devices 30 --idle --duration 500ms --connect-rate 1000");
        assertEquals(30, result.afterDrain().connected());
        assertEquals(0, result.afterDrain().sent());
        assertEquals(0, result.afterDrain().disconnects());
    }

    @Test
    void devicesLogInWithTheirSecretAndAWrongSecretIsRefused() throws Exception {
        assumeTrue(MosquittoBroker.installed(), "mosquitto is not on PATH");
        try (MosquittoBroker broker = MosquittoBroker.startWithLogin(dir, "load-00001", "right")) {
            Path good = dir.resolve("good.csv");
            CredentialsFile.write(good, List.of(new DeviceCredential("load-00001", "right")));
            LoadResult result = quietRun(broker.port(), good, "--rate 50 --duration 300ms");
            assertEquals(1, result.afterDrain().connected());
            assertEquals(result.afterDrain().sent(), result.afterDrain().acked());

            Path bad = dir.resolve("bad.csv");
            CredentialsFile.write(bad, List.of(new DeviceCredential("load-00001", "wrong")));
            Exception e = assertThrows(Exception.class, () -> quietRun(broker.port(), bad, "--duration 300ms"));
            assertTrue(e.getMessage().contains("no device could connect"), e.getMessage());
        }
    }

    private static LoadResult quietRun(int port, Path credentials, String extra) {
        String args =
                "--port " + port + " --credentials " + credentials + " --devices 1 --raw-topic load/{id} " + extra;
        LoadOptions options = new LoadOptionsParser(Map.of()).parse(List.of(args.split(" ")));
        return new LoadRun(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
    }

    @Test
    void refusedConnectionsAreCountedAndTheRunFails() {
        LoadOptions options = new LoadOptionsParser(Map.of())
                .parse(List.of("--port", "1", "--raw-topic", "x", "--devices", "2", "--duration", "1s"));
        LoadRun run = new LoadRun(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Exception e = assertThrows(Exception.class, run::run);
        assertTrue(String.valueOf(e.getMessage()).contains("no device could connect"), e.getMessage());
    }
}
