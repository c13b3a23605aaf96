package org.patrolgrid.tracker.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.patrolgrid.tracker.ingest.Rejection;

/** Ingest metrics on a Micrometer registry (scraped as Prometheus text at /metrics). */
public final class MicrometerIngestMetrics implements IngestMetrics {
    private final MeterRegistry registry;
    private final Map<String, Counter> received = new ConcurrentHashMap<>();
    private final Map<Rejection, Counter> rejected = new EnumMap<>(Rejection.class);
    private final Map<String, Counter> connectRefused = new ConcurrentHashMap<>();
    private final Map<String, Counter> publishRefused = new ConcurrentHashMap<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final Counter stored;
    private final Counter duplicates;
    private final Counter commitFailures;
    private final Timer ackLatency;
    private final Timer commitLatency;
    private final DistributionSummary batchSize;

    public MicrometerIngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Rejection r : Rejection.values()) {
            rejected.put(
                    r,
                    Counter.builder(Meters.POSITIONS_REJECTED)
                            .description("Positions or messages rejected, by reason")
                            .tag(Meters.TAG_REASON, r.code())
                            .register(registry));
        }
        registry.gauge(Meters.MQTT_CONNECTIONS, connections);
        stored = Counter.builder(Meters.POSITIONS_STORED)
                .description("Positions committed")
                .register(registry);
        duplicates = Counter.builder(Meters.POSITIONS_DUPLICATE)
                .description("Positions dropped as duplicates (same device and fix time)")
                .register(registry);
        commitFailures = Counter.builder(Meters.COMMIT_FAILURES).register(registry);
        ackLatency = Timer.builder(Meters.ACK_LATENCY)
                .description("From receiving a QoS 1 publish to sending its PUBACK, after the commit")
                .publishPercentileHistogram()
                .register(registry);
        commitLatency = Timer.builder(Meters.COMMIT_LATENCY)
                .publishPercentileHistogram()
                .register(registry);
        batchSize = DistributionSummary.builder(Meters.COMMIT_BATCH_SIZE)
                .description("Rows per group commit")
                .publishPercentileHistogram()
                .register(registry);
    }

    @Override
    public void received(String format, int positions) {
        received.computeIfAbsent(format, f -> Counter.builder(Meters.POSITIONS_RECEIVED)
                        .tag(Meters.TAG_FORMAT, f)
                        .register(registry))
                .increment(positions);
    }

    @Override
    public void rejected(Rejection reason) {
        rejected.get(reason).increment();
    }

    @Override
    public void connectionOpened() {
        connections.incrementAndGet();
    }

    @Override
    public void connectionClosed() {
        connections.decrementAndGet();
    }

    @Override
    public void connectRefused(String reason) {
        connectRefused
                .computeIfAbsent(reason, r -> Counter.builder(Meters.MQTT_CONNECTS_REFUSED)
                        .tag(Meters.TAG_REASON, r)
                        .register(registry))
                .increment();
    }

    @Override
    public void publishRefused(String reason) {
        publishRefused
                .computeIfAbsent(reason, r -> Counter.builder(Meters.MQTT_PUBLISH_REFUSED)
                        .tag(Meters.TAG_REASON, r)
                        .register(registry))
                .increment();
    }

    @Override
    public void acknowledged(long latencyNanos) {
        ackLatency.record(latencyNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void committed(int offered, int storedRows, long latencyNanos) {
        stored.increment(storedRows);
        duplicates.increment(offered - storedRows);
        batchSize.record(offered);
        commitLatency.record(latencyNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void commitFailed() {
        commitFailures.increment();
    }
}
