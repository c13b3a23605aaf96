package org.patrolgrid.tracker.ingest;

import io.vertx.core.Future;
import java.util.List;
import org.patrolgrid.geofence.position.Position;

/**
 * Where ingest hands what it accepted: positions, and device events (sos). Called on the listener loop.
 *
 * <p>Positions are handed over as soon as they are decoded, while their commit runs: the duty pipeline works alongside
 * persistence (DESIGN, "How a position flows": the pipeline runs before persist), so an alert does not wait for its
 * position's commit on top of its own. What depends on durability still waits for it: the QoS 1/2 acknowledgement goes
 * out only after the commit. If the commit fails the message stays unacknowledged and the device sends it again; the
 * pipeline drops the repeat as a duplicate of the fix it has already counted.
 */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
        @Override
        public void accepted(List<Position> positions, Future<Void> stored) {}

        @Override
        public void deviceEvent(Position event) {}
    };

    /**
     * Positions of one device, valid and decoded, in the order of their PUBLISHes; {@code stored} completes when their
     * commit ends.
     */
    void accepted(List<Position> positions, Future<Void> stored);

    /**
     * When the QoS 1/2 acknowledgement of committed positions may go out: at once, unless what they were handed to is
     * behind (backpressure). Called on the listener loop; the future's handlers run there.
     */
    default Future<Void> admission() {
        return Future.succeededFuture();
    }

    /** A valid device event, as a position whose attributes carry {@code type} (and {@code sos = true}). */
    void deviceEvent(Position event);
}
