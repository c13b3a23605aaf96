package org.patrolgrid.tracker.ingest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads typed fields out of one JSON object of a payload. A field of the wrong type fails with a
 * {@link FieldException} naming it, so that the element is refused with a precise reason.
 */
final class FixReader {
    /** Parses doubles with Jackson's fast parser (the JDK's was about 4 % of the server's CPU under load). */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private final JsonNode node;

    FixReader(JsonNode node) {
        this.node = node;
    }

    boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    /** A required finite number. */
    double required(String field) {
        if (!has(field)) {
            throw new FieldException(Rejection.MISSING_FIELD, field + " is missing");
        }
        return optional(field);
    }

    /** An optional number: NaN when absent. Refuses strings, NaN and infinities. */
    double optional(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Double.NaN;
        }
        if (!v.isNumber()) {
            if (v.isTextual() && v.asText().matches("(?i)[+-]?(nan|inf(inity)?)")) {
                throw new FieldException(Rejection.NOT_FINITE, field + " is not finite");
            }
            throw new FieldException(Rejection.OUT_OF_RANGE, field + " must be a number");
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new FieldException(Rejection.NOT_FINITE, field + " is not finite");
        }
        return d;
    }

    String text(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    boolean flag(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.intValue() != 0;
        }
        throw new FieldException(Rejection.OUT_OF_RANGE, field + " must be a boolean");
    }

    /** Epoch milliseconds or an ISO-8601 date-time with an offset. */
    Instant timestamp(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new FieldException(Rejection.MISSING_FIELD, field + " is missing");
        }
        if (v.isNumber()) {
            double ms = v.doubleValue();
            if (!Double.isFinite(ms)) {
                throw new FieldException(Rejection.NOT_FINITE, field + " is not finite");
            }
            return Instant.ofEpochMilli((long) ms);
        }
        if (v.isTextual()) {
            try {
                return OffsetDateTime.parse(v.asText()).toInstant();
            } catch (DateTimeParseException e) {
                throw new FieldException(
                        Rejection.OUT_OF_RANGE, field + " must be epoch milliseconds or ISO-8601 with an offset");
            }
        }
        throw new FieldException(Rejection.OUT_OF_RANGE, field + " must be epoch milliseconds or ISO-8601");
    }

    /** Every field not in {@code known}, kept verbatim as plain Java values. */
    Map<String, Object> attributesExcept(Set<String> known) {
        Map<String, Object> out = null;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!known.contains(e.getKey())) {
                if (out == null) {
                    out = new LinkedHashMap<>();
                }
                out.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class));
            }
        }
        return out == null ? Map.of() : out;
    }

    /** A field that is missing or not of its type. */
    static final class FieldException extends RuntimeException {
        final Rejection reason;

        FieldException(Rejection reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }
}
