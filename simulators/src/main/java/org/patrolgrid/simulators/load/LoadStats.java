package org.patrolgrid.simulators.load;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Counters of a load run, written from every event loop, and the QoS 1 acknowledgement latencies in microseconds.
 * Latencies are recorded into an HdrHistogram {@link Recorder}; {@link #takeLatencies()} moves the interval since the
 * last call into the running total.
 */
public final class LoadStats {
    private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(5);

    final LongAdder sent = new LongAdder();
    final LongAdder positions = new LongAdder();
    final LongAdder acked = new LongAdder();
    final LongAdder timeouts = new LongAdder();
    final LongAdder writeErrors = new LongAdder();
    final LongAdder lostOnDisconnect = new LongAdder();
    final LongAdder connected = new LongAdder();
    final LongAdder connectFailed = new LongAdder();
    final LongAdder disconnects = new LongAdder();

    private final AtomicReference<String> firstConnectFailure = new AtomicReference<>();
    private final Recorder recorder = new Recorder(MAX_LATENCY_MICROS, 3);
    private final Histogram total = new Histogram(MAX_LATENCY_MICROS, 3);
    private Histogram interval;

    public void recordAck(long latencyNanos) {
        acked.increment();
        if (latencyNanos >= 0) {
            recorder.recordValue(Math.min(MAX_LATENCY_MICROS, Math.max(1, latencyNanos / 1000)));
        }
    }

    /** Moves the latencies recorded since the last call into the total and returns them (the last interval). */
    public synchronized Histogram takeLatencies() {
        interval = recorder.getIntervalHistogram(interval);
        total.add(interval);
        return interval;
    }

    /** All latencies taken so far by {@link #takeLatencies()}. */
    public synchronized Histogram totalLatencies() {
        return total.copy();
    }

    void recordConnectFailure(Throwable cause) {
        connectFailed.increment();
        firstConnectFailure.compareAndSet(null, String.valueOf(cause));
    }

    /** Why the first failed connection attempt failed, or null. */
    public String firstConnectFailure() {
        return firstConnectFailure.get();
    }

    public long failed() {
        return timeouts.sum() + writeErrors.sum() + lostOnDisconnect.sum();
    }

    public Snapshot snapshot() {
        return new Snapshot(
                sent.sum(),
                positions.sum(),
                acked.sum(),
                failed(),
                connected.sum(),
                connectFailed.sum(),
                disconnects.sum());
    }

    /** Counter values at one moment. */
    public record Snapshot(
            long sent, long positions, long acked, long failed, long connected, long connectFailed, long disconnects) {}
}
