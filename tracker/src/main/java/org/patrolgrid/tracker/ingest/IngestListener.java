package org.patrolgrid.tracker.ingest;

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

    /** Positions of one device, after their commit (and after the QoS 1 ack went out). */
    void stored(List<Position> positions);

    /** A valid device event, as a position whose attributes carry {@code type} (and {@code sos = true}). */
    void deviceEvent(Position event);
}
