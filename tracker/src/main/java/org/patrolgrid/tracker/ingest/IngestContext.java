package org.patrolgrid.tracker.ingest;

import java.util.List;
import java.util.function.Consumer;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.tracker.metrics.IngestMetrics;
import org.patrolgrid.tracker.storage.PositionWriter;

/** What a connection needs, per listener instance (one event loop). */
record IngestContext(
        int maxPayloadBytes,
        PayloadCodec nativeCodec,
        PayloadCodec ownTracksCodec,
        PositionWriter writer,
        IngestMetrics metrics,
        RejectionLog rejectionLog,
        DeviceSessions sessions,
        Consumer<List<Position>> onStored) {}
