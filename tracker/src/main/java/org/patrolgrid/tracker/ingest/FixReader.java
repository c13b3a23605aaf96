package org.patrolgrid.tracker.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one JSON object of a payload, read straight off the parser, with typed getters. A field of the wrong
 * type fails with a {@link FieldException} naming it, so that the element is refused with a precise reason. A
 * repeated field takes its last value, as in a JSON tree.
 *
 * <p>Scalars become Jackson's small value nodes and only nested values are read as trees. Decoding through a whole
 * {@code ObjectNode} (a linked hash map per fix) cost 1.6 times a bare {@code readTree} of the payload; read this way
 * the whole decode costs about one {@code readTree} ({@code PayloadDecodeBenchmark}).
 */
final class FixReader {
    /** Parses doubles with Jackson's fast parser (the JDK's was about 4 % of the server's CPU under load). */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private String[] names = new String[12];
    private JsonNode[] values = new JsonNode[12];
    private int size;

    private FixReader() {}

    /** Reads the object whose START_OBJECT the parser is at, leaving the parser at its END_OBJECT. */
    static FixReader read(JsonParser parser) throws IOException {
        FixReader fields = new FixReader();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            fields.add(name, value(parser, parser.nextToken()));
        }
        expectMore(parser, t);
        return fields;
    }

    /** The parser reports a truncated document itself; this guards against a parser that returns null instead. */
    static void expectMore(JsonParser parser, JsonToken token) throws JsonParseException {
        if (token == null) {
            throw new JsonParseException(parser, "Unexpected end-of-input");
        }
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_STRING -> TextNode.valueOf(parser.getText());
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.instance;
            default -> parser.readValueAsTree();
        };
    }

    private void add(String name, JsonNode value) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
    }

    /** The field's last value, or null when absent. */
    private JsonNode get(String field) {
        for (int i = size - 1; i >= 0; i--) {
            if (field.equals(names[i])) {
                return values[i];
            }
        }
        return null;
    }

    boolean has(String field) {
        JsonNode v = get(field);
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
        JsonNode v = get(field);
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
        JsonNode v = get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    boolean flag(String field) {
        JsonNode v = get(field);
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
        JsonNode v = get(field);
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

    /** Every field not in {@code known} and not null, kept verbatim as plain Java values. */
    Map<String, Object> attributesExcept(Set<String> known) {
        Map<String, Object> out = null;
        for (int i = 0; i < size; i++) {
            if (known.contains(names[i])) {
                continue;
            }
            if (out == null) {
                out = new LinkedHashMap<>();
            }
            if (values[i].isNull()) {
                out.remove(names[i]); // a repeated field's last value counts
            } else {
                out.put(names[i], MAPPER.convertValue(values[i], Object.class));
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
