package org.patrolgrid.simulators.scenario;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.patrolgrid.simulators.load.DeviceCredential;
import org.patrolgrid.simulators.staff.SimFix;

/**
 * Pushes a scenario to a server as a black box: logs in, imports the world ({@code POST /api/v1/zones}), registers
 * the devices, creates the shifts, then uploads every device's past fixes over MQTT as QoS 1 batches in fix-time
 * order, {@link #LANES} devices at a time. Fixes more than 4 minutes ahead of the clock are skipped (the server refuses
 * fixes over 5 minutes in the future).
 */
public final class ScenarioPusher {
    public static final int LANES = 8;
    private static final long FUTURE_SLACK_MS = 4 * 60_000;

    private final Vertx vertx;
    private final ApiEndpoint endpoint;
    private final Clock clock;
    private final Consumer<String> progress;
    private final AtomicLong sent = new AtomicLong();

    public ScenarioPusher(Vertx vertx, ApiEndpoint endpoint, Clock clock, Consumer<String> progress) {
        this.vertx = vertx;
        this.endpoint = endpoint;
        this.clock = clock;
        this.progress = progress;
    }

    /** Pushes with the system clock and no progress output. */
    public static Future<PushReport> push(Vertx vertx, Scenario scenario, ApiEndpoint endpoint) {
        return new ScenarioPusher(vertx, endpoint, Clock.systemUTC(), line -> {}).push(scenario);
    }

    public long fixesSent() {
        return sent.get();
    }

    public Future<PushReport> push(Scenario scenario) {
        return register(scenario).compose(registration -> upload(scenario, registration.credentials())
                .map(skipped -> new PushReport(
                        registration.zonesCreated(),
                        registration.credentials().size(),
                        registration.shiftIds(),
                        sent.get(),
                        skipped)));
    }

    /** Imports the world, registers the devices and creates the shifts; sends no fixes. */
    public Future<Registration> register(Scenario scenario) {
        ServerApi api = new ServerApi(vertx, endpoint);
        Map<String, String> shiftIds = new HashMap<>();
        List<DeviceCredential> credentials = new ArrayList<>();
        int[] zones = new int[1];
        return api.login()
                .compose(v -> api.importZones(scenario.worldGeoJson()))
                .compose(created -> {
                    zones[0] = created;
                    progress.accept("push: " + created + " zones created");
                    return sequence(
                            scenario.devices(), d -> api.registerDevice(d).map(credentials::add));
                })
                .compose(v ->
                        sequence(scenario.shifts(), s -> api.createShift(s).map(id -> shiftIds.put(s.device(), id))))
                .map(v -> {
                    progress.accept("push: " + credentials.size() + " devices, " + shiftIds.size() + " shifts");
                    return new Registration(zones[0], credentials, shiftIds);
                })
                .andThen(done -> api.close());
    }

    /** What {@link #register} created: zones, the devices' MQTT credentials and the shift ids by device. */
    public record Registration(int zonesCreated, List<DeviceCredential> credentials, Map<String, String> shiftIds) {
        public Registration {
            credentials = List.copyOf(credentials);
            shiftIds = Map.copyOf(shiftIds);
        }
    }

    private Future<Long> upload(Scenario scenario, List<DeviceCredential> credentials) {
        long latest = clock.millis() + FUTURE_SLACK_MS;
        AtomicLong skipped = new AtomicLong();
        List<Future<Void>> lanes = new ArrayList<>();
        for (int lane = 0; lane < LANES; lane++) {
            List<DeviceCredential> mine = new ArrayList<>();
            for (int i = lane; i < credentials.size(); i += LANES) {
                mine.add(credentials.get(i));
            }
            lanes.add(sequence(
                    mine, c -> uploadDevice(c, scenario.fixes().getOrDefault(c.id(), List.of()), latest, skipped)));
        }
        return Future.all(lanes).map(v -> skipped.get());
    }

    private Future<Void> uploadDevice(
            DeviceCredential credential, List<SimFix> fixes, long latest, AtomicLong skipped) {
        List<SimFix> due = fixes.stream()
                .filter(f -> f.ts() <= latest)
                .sorted(Comparator.comparingLong(SimFix::ts))
                .toList();
        skipped.addAndGet(fixes.size() - due.size());
        if (due.isEmpty()) {
            return Future.succeededFuture();
        }
        DeviceLink link = new DeviceLink(vertx, credential);
        Future<Void> chain = link.connect(endpoint.host(), endpoint.mqttPort());
        for (int from = 0; from < due.size(); from += DeviceLink.MAX_BATCH) {
            List<SimFix> batch = due.subList(from, Math.min(due.size(), from + DeviceLink.MAX_BATCH));
            chain = chain.compose(v -> link.publish(batch)).map(v -> {
                sent.addAndGet(batch.size());
                return null;
            });
        }
        return chain.eventually(link::close);
    }

    /** Runs {@code step} for each item, one after the other. */
    static <T> Future<Void> sequence(List<T> items, java.util.function.Function<T, Future<?>> step) {
        Future<Void> chain = Future.succeededFuture();
        for (T item : items) {
            chain = chain.compose(v -> step.apply(item).mapEmpty());
        }
        return chain;
    }
}
