package org.patrolgrid.tracker.ingest;

import io.netty.handler.codec.mqtt.MqttProperties;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.mqtt.MqttEndpoint;
import io.vertx.mqtt.messages.codes.MqttPubAckReasonCode;
import io.vertx.mqtt.messages.codes.MqttPubRecReasonCode;

/**
 * Answers a PUBLISH the way its protocol version allows. QoS 2 is handled as QoS 1: PUBREC goes out after the commit
 * and PUBCOMP answers the PUBREL. Under MQTT 5 a refusal carries a reason code and a reason string; under 3.1.1 a
 * refused QoS 1 message still gets a plain PUBACK, so that the device does not redeliver it forever.
 */
final class Acknowledger {
    private static final int MQTT_5 = 5;

    private Acknowledger() {}

    enum Outcome {
        ACCEPTED,
        PAYLOAD_INVALID,
        NOT_AUTHORIZED
    }

    static void acknowledge(MqttEndpoint endpoint, MqttQoS qos, int messageId, Outcome outcome, String reason) {
        if (qos == MqttQoS.AT_MOST_ONCE || !endpoint.isConnected()) {
            return;
        }
        boolean v5 = endpoint.protocolVersion() == MQTT_5;
        if (qos == MqttQoS.AT_LEAST_ONCE) {
            if (v5) {
                endpoint.publishAcknowledge(messageId, pubAckCode(outcome), reasonString(reason));
            } else {
                endpoint.publishAcknowledge(messageId);
            }
        } else {
            if (v5) {
                endpoint.publishReceived(messageId, pubRecCode(outcome), reasonString(reason));
            } else {
                endpoint.publishReceived(messageId);
            }
        }
    }

    private static MqttPubAckReasonCode pubAckCode(Outcome outcome) {
        return switch (outcome) {
            case ACCEPTED -> MqttPubAckReasonCode.SUCCESS;
            case PAYLOAD_INVALID -> MqttPubAckReasonCode.PAYLOAD_FORMAT_INVALID;
            case NOT_AUTHORIZED -> MqttPubAckReasonCode.NOT_AUTHORIZED;
        };
    }

    private static MqttPubRecReasonCode pubRecCode(Outcome outcome) {
        return switch (outcome) {
            case ACCEPTED -> MqttPubRecReasonCode.SUCCESS;
            case PAYLOAD_INVALID -> MqttPubRecReasonCode.PAYLOAD_FORMAT_INVALID;
            case NOT_AUTHORIZED -> MqttPubRecReasonCode.NOT_AUTHORIZED;
        };
    }

    static MqttProperties reasonString(String reason) {
        MqttProperties props = new MqttProperties();
        if (reason != null && !reason.isEmpty()) {
            String r = reason.length() > 500 ? reason.substring(0, 500) : reason;
            props.add(new MqttProperties.StringProperty(MqttProperties.MqttPropertyType.REASON_STRING.value(), r));
        }
        return props;
    }
}
