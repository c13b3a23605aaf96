package org.patrolgrid.simulators.probe;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code patrolgrid-sim alert-latency ...}: runs an {@link AlertLatencyProbe} and prints its summary line on stdout.
 * Exit code 2 for bad arguments, 1 when the server refuses or no alert arrives at all.
 */
public final class AlertLatencyCommand {
    /** Held so the level sticks: the MQTT client logs every connection at INFO. */
    private static final Logger MQTT_CLIENT_LOG = Logger.getLogger("io.vertx.mqtt");

    private AlertLatencyCommand() {}

    public static int run(List<String> args) {
        AlertLatencyOptions options;
        try {
            options = AlertLatencyOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("patrolgrid-sim alert-latency: " + e.getMessage());
            System.err.println(AlertLatencyOptions.USAGE);
            return 2;
        }
        MQTT_CLIENT_LOG.setLevel(Level.WARNING);
        Vertx vertx = Vertx.vertx();
        try {
            ProbeResult result = new AlertLatencyProbe(options, System.err)
                    .run(vertx)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .join();
            System.out.println(result.summaryLine());
            if (options.samplesOut() != null) {
                Files.write(options.samplesOut(), result.timelineCsv());
            }
            if (result.alerts().count() == 0) {
                System.err.println("patrolgrid-sim alert-latency: no " + AlertLatencyProbe.KIND
                        + " alert arrived on the live stream within "
                        + options.timeout().toMillis() + "ms");
                return 1;
            }
            return 0;
        } catch (IOException e) {
            System.err.println("patrolgrid-sim alert-latency: cannot write " + options.samplesOut() + ": " + e);
            return 1;
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            System.err.println("patrolgrid-sim alert-latency failed: " + cause.getMessage());
            return 1;
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
