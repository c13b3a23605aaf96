package org.patrolgrid.simulators.load;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One load run: get device credentials, connect every device at the connect rate (spread over the event loops), then
 * publish for the duration (or hold the connections idle), wait for the last acknowledgements and report.
 */
public final class LoadRun {
    private static final long PROGRESS_MS = 5000;
    private static final int APPROX_FIX_BYTES = 105;
    /**
     * Held so the level sticks. The MQTT client logs every connection at INFO and every refused one at SEVERE, which
     * at thousands of devices drowns the output; the counters and the summary report them instead.
     */
    private static final Logger MQTT_CLIENT_LOG = Logger.getLogger("io.vertx.mqtt");

    static {
        MQTT_CLIENT_LOG.setLevel(Level.OFF);
    }

    private final LoadOptions options;
    private final PrintStream progress;
    private final LoadStats stats = new LoadStats();

    private final DeviceMotion motion;

    public LoadRun(LoadOptions options, PrintStream progress) {
        this(options, progress, DeviceMotion.FREE_WALK);
    }

    /** @param motion how the devices move, for example {@code WorldMotion.of(seed)} along the world's patrols */
    public LoadRun(LoadOptions options, PrintStream progress, DeviceMotion motion) {
        this.options = options;
        this.progress = progress;
        this.motion = motion;
    }

    /** Runs to the end and returns the result; blocks the calling thread (never call it on an event loop). */
    public LoadResult run() {
        warnIfServerWouldReject();
        Vertx vertx = Vertx.vertx(
                new VertxOptions().setEventLoopPoolSize(options.eventLoops()).setBlockedThreadCheckInterval(10_000));
        try {
            return readAreas(vertx)
                    .compose(areas -> new DeviceCredentials(options)
                            .obtain(vertx)
                            .map(credentials -> withAreas(credentials, areas))
                            .compose(credentials -> runWith(vertx, credentials, areas)))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .join();
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    /**
     * Each device's fixes are at least 1 ms apart, so above 1000 fixes/s a device's ts runs ahead of the clock; and a
     * fix is about 100 bytes of JSON, so a large batch passes the contract's 64 KiB payload limit.
     */
    private void warnIfServerWouldReject() {
        if (options.batch() * APPROX_FIX_BYTES > 64 * 1024) {
            progress.printf(
                    "load warning: a batch of %d fixes is about %d KiB, over the 64 KiB a PatrolGrid server accepts%n",
                    options.batch(), options.batch() * APPROX_FIX_BYTES / 1024);
        }
        double perDevice = options.ratePerSecond() * options.batch() / options.devices();
        if (perDevice > 1000) {
            progress.printf(
                    "load warning: %.0f positions/s per device; ts will run ahead of the clock and a server may"
                            + " reject them as future fixes; use more devices%n",
                    perDevice);
        }
    }

    private Future<Map<String, WalkArea>> readAreas(Vertx vertx) {
        Path file = options.positionsFile();
        return file == null ? Future.succeededFuture(Map.of()) : vertx.executeBlocking(() -> PositionsFile.read(file));
    }

    /** With a positions file, every device must be in it: a device walking elsewhere would skew a duty benchmark. */
    private List<DeviceCredential> withAreas(List<DeviceCredential> credentials, Map<String, WalkArea> areas) {
        if (!areas.isEmpty()) {
            List<String> missing = credentials.stream()
                    .map(DeviceCredential::id)
                    .filter(id -> !areas.containsKey(id))
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(missing.size() + " devices are not in " + options.positionsFile()
                        + ", the first: " + missing.get(0));
            }
        }
        return credentials;
    }

    private Future<LoadResult> runWith(Vertx vertx, List<DeviceCredential> credentials, Map<String, WalkArea> areas) {
        long startedAt = System.nanoTime();
        long[] last = {startedAt};
        LoadStats.Snapshot[] before = {stats.snapshot()};
        long progressTimer = vertx.setPeriodic(PROGRESS_MS, t -> {
            long now = System.nanoTime();
            LoadStats.Snapshot snapshot = stats.snapshot();
            progress.println(LoadReport.progressLine(
                    (now - startedAt) / 1e9, snapshot, before[0], (now - last[0]) / 1e9, stats.takeLatencies()));
            before[0] = snapshot;
            last[0] = now;
        });
        List<LoadVerticle> verticles = slices(credentials, areas);
        return deployAll(vertx, verticles)
                .compose(v -> publishWindow(vertx, verticles))
                .eventually(() -> {
                    vertx.cancelTimer(progressTimer);
                    return Future.succeededFuture();
                });
    }

    private List<LoadVerticle> slices(List<DeviceCredential> credentials, Map<String, WalkArea> areas) {
        int loops = Math.min(options.eventLoops(), credentials.size());
        List<List<DeviceCredential>> slices = new ArrayList<>();
        for (int i = 0; i < loops; i++) {
            slices.add(new ArrayList<>());
        }
        for (int i = 0; i < credentials.size(); i++) {
            slices.get(i % loops).add(credentials.get(i));
        }
        List<LoadVerticle> verticles = new ArrayList<>();
        for (int i = 0; i < loops; i++) {
            double share = slices.get(i).size() / (double) credentials.size();
            verticles.add(new LoadVerticle(slices.get(i), i, share, areas, options, stats, motion));
        }
        return verticles;
    }

    private Future<Void> deployAll(Vertx vertx, List<LoadVerticle> verticles) {
        long start = System.nanoTime();
        List<Future<String>> deployments = new ArrayList<>();
        verticles.forEach(verticle -> deployments.add(vertx.deployVerticle(verticle)));
        return Future.all(deployments).map(all -> {
            LoadStats.Snapshot s = stats.snapshot();
            progress.printf(
                    "load connected %d of %d devices in %.1fs (%d failed%s)%n",
                    s.connected(),
                    options.devices(),
                    (System.nanoTime() - start) / 1e9,
                    s.connectFailed(),
                    s.connectFailed() == 0 ? "" : ", first: " + stats.firstConnectFailure());
            if (s.connected() == 0) {
                throw new IllegalStateException("no device could connect to " + options.host() + ":"
                        + options.mqttPort() + " (" + stats.firstConnectFailure() + ")");
            }
            return null;
        });
    }

    private Future<LoadResult> publishWindow(Vertx vertx, List<LoadVerticle> verticles) {
        long windowStart = System.nanoTime();
        if (!options.idle()) {
            verticles.forEach(LoadVerticle::startPublishing);
        }
        return vertx.timer(options.duration().toMillis()).compose(v -> {
            double seconds = (System.nanoTime() - windowStart) / 1e9;
            LoadStats.Snapshot atWindowEnd = stats.snapshot();
            List<Future<Void>> drains = new ArrayList<>();
            if (!options.idle()) {
                verticles.forEach(verticle -> drains.add(verticle.stopPublishing()));
            }
            return Future.all(drains).map(all -> {
                stats.takeLatencies();
                return new LoadResult(
                        atWindowEnd,
                        stats.snapshot(),
                        stats.totalLatencies(),
                        seconds,
                        options.qos(),
                        options.devices());
            });
        });
    }
}
