package org.patrolgrid.tracker.ingest;

import org.patrolgrid.tracker.metrics.IngestMetrics;
import org.patrolgrid.tracker.storage.PositionWriter;

/** What a connection needs, per listener instance (one event loop). */
record IngestContext(
        int maxPayloadBytes,
        PayloadCodec nativeCodec,
        PayloadCodec ownTracksCodec,
        PayloadCodec eventCodec,
        PositionWriter writer,
        IngestMetrics metrics,
        RejectionLog rejectionLog,
        DeviceSessions sessions,
        IngestListener listener) {}
