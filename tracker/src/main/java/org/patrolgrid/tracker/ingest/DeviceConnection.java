package org.patrolgrid.tracker.ingest;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Future;
import io.vertx.mqtt.MqttEndpoint;
import io.vertx.mqtt.MqttTopicSubscription;
import io.vertx.mqtt.messages.MqttPublishMessage;
import io.vertx.mqtt.messages.MqttSubscribeMessage;
import io.vertx.mqtt.messages.codes.MqttSubAckReasonCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.tracker.ingest.Acknowledger.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One authenticated device's MQTT connection. Each PUBLISH is one chain: check the topic, check the size, decode,
 * then store and hand to the duty side at once (see {@link IngestListener}), then acknowledge after the commit (held
 * while the duty side is behind). Answers go out in PUBLISH order. Client faults are answered and counted; a storage
 * failure leaves the message unacknowledged, so the device sends it again.
 */
final class DeviceConnection {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceConnection.class);
    private final MqttEndpoint endpoint;
    private final String device;
    private final IngestContext ctx;
    /** The answer to the latest PUBLISH: each answer waits for the one before (see {@link #acknowledge}). */
    private Future<Void> acked = Future.succeededFuture();

    DeviceConnection(MqttEndpoint endpoint, String device, IngestContext ctx) {
        this.endpoint = endpoint;
        this.device = device;
        this.ctx = ctx;
    }

    void attach() {
        endpoint.publishHandler(this::onPublish);
        endpoint.publishReleaseHandler(endpoint::publishComplete);
        endpoint.subscribeHandler(this::onSubscribe);
        endpoint.unsubscribeHandler(m -> endpoint.unsubscribeAcknowledge(m.messageId()));
    }

    private void onPublish(MqttPublishMessage msg) {
        long started = System.nanoTime();
        DeviceTopic topic = DeviceTopic.parse(msg.topicName());
        if (topic == null || !topic.publishableBy(device)) {
            refuseTopic(msg);
            return;
        }
        if (msg.payload().length() > ctx.maxPayloadBytes()) {
            reject(
                    msg,
                    Decoded.refused(
                            Rejection.PAYLOAD_TOO_LARGE,
                            "payload of " + msg.payload().length() + " bytes exceeds " + ctx.maxPayloadBytes()));
            return;
        }
        PayloadCodec codec =
                switch (topic.kind()) {
                    case POSITIONS -> ctx.nativeCodec();
                    case OWNTRACKS -> ctx.ownTracksCodec();
                    default -> ctx.eventCodec();
                };
        if (codec == ctx.eventCodec()) {
            onEvent(msg);
            return;
        }
        Decoded decoded = codec.decode(device, msg.payload().getBytes(), Instant.now());
        ctx.metrics()
                .received(
                        codec.format(),
                        decoded.accepted().size() + decoded.rejected().size());
        if (decoded.accepted().isEmpty()) {
            if (decoded.rejected().isEmpty()) {
                // Valid, but carries no position (e.g. an OwnTracks lwt or card).
                acknowledge(msg, Future.succeededFuture(), Outcome.ACCEPTED, null);
            } else {
                reject(msg, decoded);
            }
            return;
        }
        countRejections(decoded);
        Future<Void> stored = ctx.writer().store(decoded.accepted());
        ctx.listener().accepted(decoded.accepted(), stored);
        Future<Void> ready = stored.compose(v -> ctx.listener().admission());
        ready.onFailure(e -> LOG.warn("positions of {} not stored, left unacknowledged: {}", device, e.getMessage()));
        acknowledge(msg, ready, Outcome.ACCEPTED, decoded.summary()).onSuccess(v -> {
            if (msg.qosLevel() != MqttQoS.AT_MOST_ONCE) {
                ctx.metrics().acknowledged(System.nanoTime() - started);
            }
        });
    }

    /** devices/{id}/events: decoded and validated like positions, handed to the device's owner, then acknowledged. */
    private void onEvent(MqttPublishMessage msg) {
        Decoded decoded = ctx.eventCodec().decode(device, msg.payload().getBytes(), Instant.now());
        ctx.metrics()
                .received(
                        ctx.eventCodec().format(),
                        decoded.accepted().size() + decoded.rejected().size());
        if (decoded.accepted().isEmpty() && !decoded.rejected().isEmpty()) {
            reject(msg, decoded);
            return;
        }
        countRejections(decoded);
        decoded.accepted().forEach(ctx.listener()::deviceEvent);
        acknowledge(msg, Future.succeededFuture(), Outcome.ACCEPTED, decoded.summary());
    }

    private void reject(MqttPublishMessage msg, Decoded decoded) {
        countRejections(decoded);
        acknowledge(msg, Future.succeededFuture(), Outcome.PAYLOAD_INVALID, decoded.summary());
    }

    private void countRejections(Decoded decoded) {
        if (decoded.rejected().isEmpty()) {
            return;
        }
        decoded.rejected().forEach(r -> ctx.metrics().rejected(r.reason()));
        RejectedPosition first = decoded.rejected().get(0);
        ctx.rejectionLog().log(device, first.reason().code(), decoded.summary());
    }

    private void refuseTopic(MqttPublishMessage msg) {
        ctx.metrics().publishRefused("topic_not_allowed");
        ctx.rejectionLog().log(device, "topic_not_allowed", "publish to " + msg.topicName());
        acknowledge(
                msg,
                Future.succeededFuture(),
                Outcome.NOT_AUTHORIZED,
                "device " + device + " may not publish to " + msg.topicName());
    }

    /**
     * Answers {@code msg} once {@code ready} succeeds and every earlier PUBLISH of this connection is answered (MQTT
     * wants acknowledgements in PUBLISH order); a failed {@code ready} leaves it unanswered, so the device resends it.
     */
    private Future<Void> acknowledge(MqttPublishMessage msg, Future<Void> ready, Outcome outcome, String reason) {
        Future<Void> answered = acked.transform(previous -> ready).andThen(r -> {
            if (r.succeeded()) {
                Acknowledger.acknowledge(endpoint, msg.qosLevel(), msg.messageId(), outcome, reason);
            }
        });
        acked = answered.recover(e -> Future.succeededFuture());
        return answered;
    }

    private void onSubscribe(MqttSubscribeMessage msg) {
        boolean v5 = endpoint.protocolVersion() == 5;
        List<MqttSubAckReasonCode> codes = new ArrayList<>();
        List<MqttQoS> granted = new ArrayList<>();
        for (MqttTopicSubscription s : msg.topicSubscriptions()) {
            DeviceTopic topic = DeviceTopic.parse(s.topicName());
            if (topic != null && topic.subscribableBy(device)) {
                MqttQoS qos =
                        s.qualityOfService() == MqttQoS.AT_MOST_ONCE ? MqttQoS.AT_MOST_ONCE : MqttQoS.AT_LEAST_ONCE;
                granted.add(qos);
                codes.add(MqttSubAckReasonCode.qosGranted(qos));
                ctx.sessions().of(device).ifPresent(session -> session.subscribed(qos));
            } else {
                ctx.metrics().publishRefused("subscribe_not_allowed");
                ctx.rejectionLog().log(device, "subscribe_not_allowed", "subscribe to " + s.topicName());
                granted.add(MqttQoS.FAILURE);
                codes.add(MqttSubAckReasonCode.NOT_AUTHORIZED);
            }
        }
        if (v5) {
            endpoint.subscribeAcknowledge(msg.messageId(), codes, new io.netty.handler.codec.mqtt.MqttProperties());
        } else {
            endpoint.subscribeAcknowledge(msg.messageId(), granted);
        }
    }
}
