package org.patrolgrid.simulators.probe;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.patrolgrid.simulators.duty.ApiSession;
import org.patrolgrid.simulators.duty.DutySetup;
import org.patrolgrid.simulators.duty.DutySetupOptions;
import org.patrolgrid.simulators.duty.DutyWorld;
import org.patrolgrid.simulators.duty.Lanes;
import org.patrolgrid.simulators.load.DeviceCredential;

/**
 * Measures the time from the publish of a position that must raise an alert to the arrival of that alert on the live
 * stream. Each sample is a fresh probe device with its own grid and a shift covering now (one open alert per shift and
 * kind, so every sample's alert is new). Each device first sends one plain fix (its shift is activated then), and
 * after the settle time one fix flagged {@code "mock": true}, which the server must report as
 * {@code suspicious_location}. Everything runs on one event-loop context, so no state is shared.
 */
public final class AlertLatencyProbe {
    static final String KIND = "suspicious_location";

    private final AlertLatencyOptions options;
    private final PrintStream progress;
    private final DutyWorld world;
    private final Map<String, Integer> sampleOf = new HashMap<>();
    private final long[] sentAt;
    private final long[] sentAtMillis;
    private final long[] alertAt;
    private final long[] ackAt;
    /** The MQTT packet id of each sample's fix, to tell its PUBACK from the activation fix's. */
    private final int[] samplePacket;

    /** Sample {@code i}'s client at index {@code i}: clients connect in parallel lanes, so not in index order. */
    private final MqttClient[] clients;

    private int received;
    private Promise<Void> allReceived;

    public AlertLatencyProbe(AlertLatencyOptions options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
        int n = options.warmup() + options.samples();
        this.world = new DutyWorld(n, n, options.district(), options.idPrefix(), options.south(), options.west());
        this.sentAt = new long[n];
        this.sentAtMillis = new long[n];
        this.alertAt = new long[n];
        this.ackAt = new long[n];
        this.samplePacket = new int[n];
        this.clients = new MqttClient[n];
    }

    /** Runs set-up, the samples and the wait; completes with the result. */
    public Future<ProbeResult> run(Vertx vertx) {
        Context context = vertx.getOrCreateContext();
        Promise<ProbeResult> result = Promise.promise();
        context.runOnContext(v -> measure(vertx).onComplete(result));
        return result.future();
    }

    /**
     * The stream is watched as a district viewer of the probe's own district, as a district supervisor would: an
     * admin's stream also carries every position of the background load (thousands of events a second), which would
     * measure the probe's own SSE parsing rather than the server.
     */
    private Future<String> viewerToken(Vertx vertx, ApiSession admin) {
        String user = "probe-viewer-" + options.district();
        String password = "probe-" + Long.toHexString(System.nanoTime());
        JsonObject body = new JsonObject()
                .put("username", user + "-" + Long.toHexString(System.nanoTime()))
                .put("password", password)
                .put("role", "viewer")
                .put("districts", new JsonArray().add(options.district()));
        ApiSession viewer = new ApiSession(vertx, options.host(), options.httpPort());
        return admin.postExpecting("/users", body, 201)
                .compose(created -> viewer.login(body.getString("username"), password))
                .eventually(() -> {
                    viewer.close();
                    return Future.succeededFuture();
                });
    }

    private Future<ProbeResult> measure(Vertx vertx) {
        allReceived = Promise.promise();
        ApiSession api = new ApiSession(vertx, options.host(), options.httpPort());
        AlertStream[] stream = {null};
        return new DutySetup(setupOptions(), world, progress)
                .run(vertx)
                .compose(credentials -> api.login("admin", options.adminPassword())
                        .compose(adminToken -> viewerToken(vertx, api))
                        .compose(token -> AlertStream.open(
                                vertx, options.host(), options.httpPort(), token, options.events(), this::onEvent))
                        .compose(s -> {
                            stream[0] = s;
                            return connectAll(vertx, credentials);
                        }))
                .compose(v -> activateShifts())
                .compose(v -> {
                    progress.printf(
                            "alert-latency settling %dms%n", options.settle().toMillis());
                    return vertx.timer(options.settle().toMillis());
                })
                .compose(v -> sendSamples(vertx))
                .compose(v -> waitForAlerts(vertx))
                .compose(v -> diagnose(api))
                .map(v -> result())
                .eventually(() -> {
                    api.close();
                    Arrays.stream(clients).filter(c -> c != null).forEach(c -> c.disconnect()
                            .recover(e -> Future.succeededFuture()));
                    return stream[0] == null ? Future.succeededFuture() : stream[0].close();
                });
    }

    private DutySetupOptions setupOptions() {
        int n = options.warmup() + options.samples();
        return new DutySetupOptions(
                options.host(),
                options.httpPort(),
                options.adminPassword(),
                n,
                options.idPrefix(),
                n,
                options.idPrefix(),
                options.district(),
                options.south(),
                options.west(),
                20,
                Duration.ofHours(4),
                30,
                options.lanes(),
                500,
                Path.of("unused"),
                null,
                null);
    }

    private Future<Void> connectAll(Vertx vertx, List<DeviceCredential> credentials) {
        for (int i = 0; i < credentials.size(); i++) {
            sampleOf.put(credentials.get(i).id(), i);
        }
        return new Lanes(vertx, options.lanes(), progress).run("alert-latency connect", credentials.size(), i -> {
            DeviceCredential c = credentials.get(i);
            MqttClient client = MqttClient.create(
                    vertx,
                    new MqttClientOptions()
                            .setClientId(c.id())
                            .setUsername(c.id())
                            .setPassword(c.secret())
                            .setCleanSession(true)
                            .setKeepAliveInterval(120));
            client.publishCompletionHandler(packetId -> {
                if (samplePacket[i] == packetId && ackAt[i] == 0) {
                    ackAt[i] = System.nanoTime();
                }
            });
            clients[i] = client;
            return client.connect(options.mqttPort(), options.host());
        });
    }

    /**
     * One plain fix per probe device before the samples: the server activates a device's shift at its first fix, and
     * the samples should time a device already on duty, not that one-off activation.
     */
    private Future<Void> activateShifts() {
        List<Future<Integer>> acks = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (int i = 0; i < clients.length; i++) {
            byte[] fix = fix(i, now - 2000, false);
            acks.add(clients[i].publish(topic(i), Buffer.buffer(fix), MqttQoS.AT_LEAST_ONCE, false, false));
        }
        return Future.all(acks).mapEmpty();
    }

    private Future<Void> sendSamples(Vertx vertx) {
        Promise<Void> sent = Promise.promise();
        int[] next = {0};
        progress.printf(
                "alert-latency sampling %d devices every %dms (the first %d a warm-up, not counted)%n",
                sentAt.length, options.interval().toMillis(), options.warmup());
        vertx.setPeriodic(0, Math.max(1, options.interval().toMillis()), timer -> {
            int i = next[0]++;
            if (i >= sentAt.length) {
                vertx.cancelTimer(timer);
                sent.complete();
                return;
            }
            sentAtMillis[i] = System.currentTimeMillis();
            byte[] fix = fix(i, sentAtMillis[i], true);
            sentAt[i] = System.nanoTime();
            clients[i]
                    .publish(topic(i), Buffer.buffer(fix), MqttQoS.AT_LEAST_ONCE, false, false)
                    .onSuccess(packetId -> samplePacket[i] = packetId);
        });
        return sent.future();
    }

    private String topic(int sample) {
        return "devices/" + clients[sample].clientId() + "/positions";
    }

    /** A fix at the centre of the sample's own grid, flagged as a mock location or not. */
    byte[] fix(int sample, long nowMillis, boolean mock) {
        return String.format(
                        Locale.ROOT,
                        "{\"ts\":%d,\"lat\":%.7f,\"lon\":%.7f,\"acc\":5,\"mock\":%b}",
                        nowMillis,
                        world.centreLat(sample),
                        world.centreLon(sample),
                        mock)
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private void onEvent(SseEvent event) {
        if (!event.name().equals("alert")) {
            return;
        }
        JsonObject alert;
        try {
            alert = new JsonObject(event.data());
        } catch (RuntimeException e) {
            return;
        }
        Integer sample = sampleOf.get(alert.getString("device"));
        if (sample == null || !KIND.equals(alert.getString("kind")) || sentAt[sample] == 0 || alertAt[sample] != 0) {
            return;
        }
        alertAt[sample] = System.nanoTime();
        if (++received == sentAt.length) {
            allReceived.tryComplete();
        }
    }

    private Future<Void> waitForAlerts(Vertx vertx) {
        long timer = vertx.setTimer(options.timeout().toMillis(), t -> allReceived.tryComplete());
        return allReceived.future().andThen(ar -> vertx.cancelTimer(timer));
    }

    /**
     * When alerts are missing, names the first few samples and asks the API whether their alert exists at all (then
     * the stream lost it) and how many live events the server dropped, to tell an unarmed shift from a lost event.
     */
    private Future<Void> diagnose(ApiSession api) {
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < sentAt.length; i++) {
            if (alertAt[i] == 0) {
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            return Future.succeededFuture();
        }
        List<Future<String>> checks = new ArrayList<>();
        for (int i : missing.subList(0, Math.min(5, missing.size()))) {
            String device = clients[i].clientId();
            checks.add(api.getText(ApiSession.BASE + "/alerts?kind=" + KIND + "&device=" + device)
                    .map(body -> "#" + (i + 1) + (ackAt[i] == 0 ? " (no puback)" : "") + " stored alerts: "
                            + (body.length() > 2 ? "yes" : "none"))
                    .recover(e -> Future.succeededFuture("#" + (i + 1) + " " + e.getMessage())));
        }
        checks.add(api.getText("/metrics")
                .map(AlertLatencyProbe::counterLines)
                .recover(e -> Future.succeededFuture("metrics: " + e.getMessage())));
        return Future.join(checks).map(all -> {
            progress.printf(
                    "alert-latency: no alert on the stream within the timeout for %d samples%n", missing.size());
            checks.stream().filter(Future::succeeded).forEach(f -> progress.println("  " + f.result()));
            return null;
        });
    }

    /** The server's counters of dropped live events, dropped pipeline work and opened alerts. */
    private static String counterLines(String metrics) {
        List<String> lines = metrics.lines()
                .filter(line -> line.startsWith("patrolgrid_live_dropped")
                        || line.startsWith("patrolgrid_pipeline_dropped")
                        || line.startsWith("patrolgrid_alerts_opened"))
                .toList();
        return lines.isEmpty() ? "no live/pipeline/alert counters in /metrics" : String.join("\n  ", lines);
    }

    /** The counted samples (after the warm-up); the warm-up's own figures go to the progress stream. */
    private ProbeResult result() {
        int warmup = options.warmup();
        if (warmup > 0) {
            LatencySummary warmupAlerts = latencies(alertAt, 0, warmup);
            progress.printf(
                    "alert-latency warm-up (not counted): samples=%d received=%d %s %s%n",
                    warmup,
                    warmupAlerts.count(),
                    warmupAlerts.line(""),
                    latencies(ackAt, 0, warmup).line("puback_"));
        }
        List<ProbeSample> timeline = new ArrayList<>(options.samples());
        for (int i = warmup; i < sentAt.length; i++) {
            timeline.add(new ProbeSample(
                    i - warmup + 1, clients[i].clientId(), sentAtMillis[i], since(i, ackAt), since(i, alertAt)));
        }
        return new ProbeResult(
                options.samples(),
                latencies(alertAt, warmup, sentAt.length),
                latencies(ackAt, warmup, sentAt.length),
                timeline);
    }

    private long since(int sample, long[] arrivals) {
        return arrivals[sample] != 0 && sentAt[sample] != 0 ? arrivals[sample] - sentAt[sample] : -1;
    }

    private LatencySummary latencies(long[] arrivals, int from, int to) {
        long[] values = new long[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            long latency = since(i, arrivals);
            if (latency >= 0) {
                values[n++] = latency;
            }
        }
        return new LatencySummary(Arrays.copyOf(values, n));
    }
}
