package org.patrolgrid.tracker.metrics;

/** Meter names, declared once. Prometheus shows them with dots as underscores (and _total on counters). */
public final class Meters {
    public static final String POSITIONS_RECEIVED = "patrolgrid.positions.received";
    public static final String POSITIONS_STORED = "patrolgrid.positions.stored";
    public static final String POSITIONS_DUPLICATE = "patrolgrid.positions.duplicate";
    public static final String POSITIONS_REJECTED = "patrolgrid.positions.rejected";
    public static final String MQTT_CONNECTIONS = "patrolgrid.mqtt.connections";
    public static final String MQTT_CONNECTS_REFUSED = "patrolgrid.mqtt.connects.refused";
    public static final String MQTT_PUBLISH_REFUSED = "patrolgrid.mqtt.publish.refused";
    public static final String ACK_LATENCY = "patrolgrid.mqtt.ack.latency";
    public static final String COMMIT_BATCH_SIZE = "patrolgrid.storage.commit.batch.size";
    public static final String COMMIT_LATENCY = "patrolgrid.storage.commit.latency";
    public static final String COMMIT_FAILURES = "patrolgrid.storage.commit.failures";

    public static final String ALERTS_OPENED = "patrolgrid.alerts.opened";
    public static final String TIMER_LAG = "patrolgrid.duty.timer.lag";
    public static final String STEP_LATENCY = "patrolgrid.pipeline.step.latency";
    public static final String PIPELINE_DROPPED = "patrolgrid.pipeline.dropped";
    public static final String DUTY_FORWARDED = "patrolgrid.duty.forwarded";
    public static final String DUTY_BACKLOG = "patrolgrid.duty.backlog";
    public static final String ACKS_HELD = "patrolgrid.mqtt.acks.held";
    public static final String WEBHOOK_DELIVERIES = "patrolgrid.webhook.deliveries";

    public static final String TAG_REASON = "reason";
    public static final String TAG_FORMAT = "format";
    public static final String TAG_KIND = "kind";
    public static final String TAG_STEP = "step";
    public static final String TAG_OUTCOME = "outcome";

    private Meters() {}
}
