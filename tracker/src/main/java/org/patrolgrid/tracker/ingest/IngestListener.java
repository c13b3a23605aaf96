package org.patrolgrid.tracker.ingest;

import io.vertx.core.Future;
import java.util.List;
import org.patrolgrid.geofence.position.Position;

/** Where ingest hands what it accepted: committed positions, and device events (sos). Called on the listener loop. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
        @Override
        public void stored(List<Position> positions) {}

        @Override
        public void deviceEvent(Position event) {}
    };

    /** Positions of one device, after their commit. */
    void stored(List<Position> positions);

    /**
     * When the QoS 1/2 acknowledgement of stored positions may go out: at once, unless what they were handed to is
     * behind (backpressure). Called on the listener loop; the future's handlers run there.
     */
    default Future<Void> admission() {
        return Future.succeededFuture();
    }

    /** A valid device event, as a position whose attributes carry {@code type} (and {@code sos = true}). */
    void deviceEvent(Position event);
}
