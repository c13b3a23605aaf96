package org.patrolgrid.tracker.duty;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.tracker.alerting.DutyJson;
import org.patrolgrid.web.bus.BusAddress;
import org.patrolgrid.web.bus.PositionBatch;

/**
 * Publishes an owner's passed positions on {@link BusAddress#POSITIONS_STORED} in batches ({@link PositionBatch}), at
 * most one message per {@code period}: a bus message per position (thousands a second, each sent to every member of
 * a cluster) would cost more than the stream it feeds. A position waits at most one period. Used only from
 * the owner's event loop.
 */
final class PositionFeed {
    private final Vertx vertx;
    private final long periodMillis;
    private List<Position> pending = new ArrayList<>();
    private boolean scheduled;

    PositionFeed(Vertx vertx, Duration period) {
        this.vertx = vertx;
        this.periodMillis = Math.max(1, period.toMillis());
        PositionBatch.register(vertx.eventBus());
    }

    void add(List<Position> positions) {
        if (positions.isEmpty()) {
            return;
        }
        pending.addAll(positions);
        if (!scheduled) {
            scheduled = true;
            vertx.setTimer(periodMillis, id -> flush());
        }
    }

    /** Publishes what is pending now (also on stop). */
    void flush() {
        scheduled = false;
        if (pending.isEmpty()) {
            return;
        }
        List<Position> batch = pending;
        pending = new ArrayList<>();
        vertx.eventBus().publish(BusAddress.POSITIONS_STORED, DutyJson.positions(batch));
    }
}
