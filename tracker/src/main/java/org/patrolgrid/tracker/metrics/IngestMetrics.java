package org.patrolgrid.tracker.metrics;

import org.patrolgrid.tracker.ingest.Rejection;

/**
 * What ingest reports. {@link #NOOP} serves tests and tools that do not care; a test that watches one figure extends
 * {@link Noop}.
 */
public interface IngestMetrics {
    void received(String format, int positions);

    void rejected(Rejection reason);

    void connectionOpened();

    void connectionClosed();

    void connectRefused(String reason);

    void publishRefused(String reason);

    void acknowledged(long latencyNanos);

    void committed(int offered, int stored, long latencyNanos);

    void commitFailed();

    IngestMetrics NOOP = new Noop();

    /** Reports nothing. */
    class Noop implements IngestMetrics {
        @Override
        public void received(String format, int positions) {}

        @Override
        public void rejected(Rejection reason) {}

        @Override
        public void connectionOpened() {}

        @Override
        public void connectionClosed() {}

        @Override
        public void connectRefused(String reason) {}

        @Override
        public void publishRefused(String reason) {}

        @Override
        public void acknowledged(long latencyNanos) {}

        @Override
        public void committed(int offered, int stored, long latencyNanos) {}

        @Override
        public void commitFailed() {}
    }
}
