package org.patrolgrid.tracker.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Meters of the duty side: alerts opened by kind, timer lag, pipeline step latency, webhook delivery. */
public final class DutyMetrics {
    private final MeterRegistry registry;
    private final Timer timerLag;
    private final Counter forwarded;
    private final Map<String, Timer> steps = new ConcurrentHashMap<>();
    private final Map<String, Counter> opened = new ConcurrentHashMap<>();
    private final Map<String, Counter> dropped = new ConcurrentHashMap<>();
    private final Map<String, Counter> webhooks = new ConcurrentHashMap<>();

    public DutyMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.timerLag = Timer.builder(Meters.TIMER_LAG)
                .description("how late a shift-timer tick ran after it was due")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.forwarded = Counter.builder(Meters.DUTY_FORWARDED)
                .description("positions and events sent to the owning cluster member")
                .register(registry);
    }

    /** Gauges of the owners' backlog (positions) and of the acknowledgements held until it shrinks. */
    public void backlog(Supplier<Number> positions, Supplier<Number> heldAcks) {
        Gauge.builder(Meters.DUTY_BACKLOG, positions)
                .description("positions handed to this node's owners and not yet through their pipeline")
                .register(registry);
        Gauge.builder(Meters.ACKS_HELD, heldAcks)
                .description("QoS 1/2 acknowledgements held because the owners are behind")
                .register(registry);
    }

    public void forwarded() {
        forwarded.increment();
    }

    /** Meters that go nowhere, for tests and tools. */
    public static DutyMetrics noop() {
        return new DutyMetrics(new SimpleMeterRegistry());
    }

    public void stepLatency(String step, long nanos) {
        steps.computeIfAbsent(step, s -> Timer.builder(Meters.STEP_LATENCY)
                        .tag(Meters.TAG_STEP, s)
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    public void alertOpened(String kind) {
        opened.computeIfAbsent(kind, k -> Counter.builder(Meters.ALERTS_OPENED)
                        .tag(Meters.TAG_KIND, k)
                        .register(registry))
                .increment();
    }

    public void timerLag(long nanos) {
        timerLag.record(Math.max(0, nanos), TimeUnit.NANOSECONDS);
    }

    public void dropped(String reason) {
        dropped.computeIfAbsent(reason, r -> Counter.builder(Meters.PIPELINE_DROPPED)
                        .tag(Meters.TAG_REASON, r)
                        .register(registry))
                .increment();
    }

    /** A webhook delivery ended: {@code delivered}, {@code retried}, {@code failed} or {@code dropped}. */
    public void webhook(String outcome) {
        webhooks.computeIfAbsent(outcome, o -> Counter.builder(Meters.WEBHOOK_DELIVERIES)
                        .tag(Meters.TAG_OUTCOME, o)
                        .register(registry))
                .increment();
    }
}
