package org.patrolgrid.simulators.load;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drives one slice of the devices from one event loop: connects them at a paced rate ({@link #start()} completes when
 * every attempt has settled), then publishes at its share of the total rate until told to stop. Sending is clocked
 * both by a 5 ms tick and by freed window slots, so a full window refills as soon as acknowledgements return.
 */
final class LoadVerticle extends VerticleBase {
    private static final long TICK_MS = 5;
    /** Backlog a stalled loop may catch up on: 100 ms worth of the rate. */
    private static final double BURST_SECONDS = 0.1;

    private final List<DeviceCredential> slice;
    private final LoadOptions options;
    private final LoadStats stats;
    private final DeviceMotion motion;
    private final int sliceIndex;
    private final double shareOfTotal;
    private final Map<String, WalkArea> areas;
    private final List<DeviceConnection> connections = new ArrayList<>();
    private final PositionPayload payload = new PositionPayload();
    private RatePacer pacer;
    private boolean publishing;
    private int cursor;
    private long sendTimer = -1;
    private long expiryTimer = -1;

    /** @param areas where each device walks ({@code --positions-from}); a device not in it moves by {@code motion} */
    LoadVerticle(
            List<DeviceCredential> slice,
            int sliceIndex,
            double shareOfTotal,
            Map<String, WalkArea> areas,
            LoadOptions options,
            LoadStats stats,
            DeviceMotion motion) {
        this.motion = motion;
        this.slice = List.copyOf(slice);
        this.areas = areas;
        this.sliceIndex = sliceIndex;
        this.shareOfTotal = shareOfTotal;
        this.options = options;
        this.stats = stats;
    }

    @Override
    public Future<?> start() {
        long now = System.currentTimeMillis();
        for (int i = 0; i < slice.size(); i++) {
            long seed = options.seed() * 1_000_003L + sliceIndex * 100_003L + i;
            DeviceCredential credential = slice.get(i);
            DeviceConnection connection =
                    new DeviceConnection(vertx, credential, options, moving(credential, seed, now - 1000), stats);
            connection.onSlotFreed(this::sendOnFreedSlot);
            connections.add(connection);
        }
        return connectAllPaced();
    }

    private MovingDevice moving(DeviceCredential credential, long seed, long startTs) {
        WalkArea area = areas.get(credential.id());
        return area == null ? motion.create(seed, startTs) : new WalkingDevice(seed, startTs, area);
    }

    private Future<Void> connectAllPaced() {
        Promise<Void> settled = Promise.promise();
        if (connections.isEmpty()) {
            return Future.succeededFuture();
        }
        RatePacer connectPacer = new RatePacer(options.connectRate() * shareOfTotal, 0.05, System.nanoTime());
        int[] next = {0};
        int[] pending = {connections.size()};
        vertx.setPeriodic(0, TICK_MS, timer -> {
            int due = Math.min(connectPacer.available(System.nanoTime()), connections.size() - next[0]);
            connectPacer.consume(due);
            for (int i = 0; i < due; i++) {
                connections
                        .get(next[0]++)
                        .connect(options.host(), options.mqttPort())
                        .onComplete(ar -> {
                            if (--pending[0] == 0) {
                                settled.complete();
                            }
                        });
            }
            if (next[0] == connections.size()) {
                vertx.cancelTimer(timer);
            }
        });
        return settled.future();
    }

    /** Starts publishing at this slice's share of the rate; runs on this verticle's event loop. */
    void startPublishing() {
        context.runOnContext(v -> {
            pacer = new RatePacer(options.ratePerSecond() * shareOfTotal, BURST_SECONDS, System.nanoTime());
            publishing = true;
            sendTimer = vertx.setPeriodic(TICK_MS, t -> sendDue());
            long timeoutNanos = options.ackTimeout().toNanos();
            expiryTimer = vertx.setPeriodic(500, t -> expireOlderThan(System.nanoTime() - timeoutNanos));
        });
    }

    /**
     * Stops publishing and waits until nothing is in flight or the ack timeout has passed; what is still in flight
     * then counts as timed out.
     */
    Future<Void> stopPublishing() {
        Promise<Void> drained = Promise.promise();
        context.runOnContext(v -> {
            publishing = false;
            vertx.cancelTimer(sendTimer);
            long giveUpAt = System.nanoTime() + options.ackTimeout().toNanos();
            vertx.setPeriodic(20, timer -> {
                if (inFlight() == 0 || System.nanoTime() - giveUpAt > 0) {
                    vertx.cancelTimer(timer);
                    vertx.cancelTimer(expiryTimer);
                    connections.forEach(DeviceConnection::giveUpInFlight);
                    drained.complete();
                }
            });
        });
        return drained.future();
    }

    private void sendDue() {
        int budget = pacer.available(System.nanoTime());
        int sent = 0;
        int idleSteps = 0;
        int n = connections.size();
        while (sent < budget && idleSteps < n) {
            DeviceConnection connection = connections.get(cursor);
            cursor = cursor + 1 == n ? 0 : cursor + 1;
            if (connection.canSend()) {
                connection.publish(payload, options.batch());
                sent++;
                idleSteps = 0;
            } else {
                idleSteps++;
            }
        }
        pacer.consume(sent);
    }

    private void sendOnFreedSlot(DeviceConnection connection) {
        if (publishing && connection.canSend() && pacer.tryTake(System.nanoTime())) {
            connection.publish(payload, options.batch());
        }
    }

    private void expireOlderThan(long deadlineNanos) {
        for (DeviceConnection connection : connections) {
            connection.expire(deadlineNanos);
        }
    }

    private int inFlight() {
        int total = 0;
        for (DeviceConnection connection : connections) {
            total += connection.inFlight();
        }
        return total;
    }

    @Override
    public Future<?> stop() {
        List<Future<Void>> closing = new ArrayList<>();
        for (DeviceConnection connection : connections) {
            closing.add(connection.disconnect());
        }
        return Future.join(closing);
    }
}
