package org.patrolgrid.web.api;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/** Reads a request body as a JSON object and its fields, refusing bad input with a 400 that names the field. */
public final class JsonBody {
    private final JsonObject json;

    private JsonBody(JsonObject json) {
        this.json = json;
    }

    /** The request body as a JSON object; 400 when it is missing, malformed or not an object. */
    public static JsonBody of(RoutingContext ctx) {
        return parse(ctx.body().buffer());
    }

    /** Parses {@code buffer} as a JSON object; 400 when it is missing, malformed or not an object. */
    public static JsonBody parse(Buffer buffer) {
        if (buffer == null || buffer.length() == 0) {
            throw ApiFault.badRequest("a JSON object body is required");
        }
        Object value;
        try {
            value = Json.decodeValue(buffer);
        } catch (DecodeException e) {
            throw ApiFault.badRequest("invalid JSON: " + firstLine(e.getMessage()));
        }
        if (!(value instanceof JsonObject object)) {
            throw ApiFault.badRequest("the body must be a JSON object");
        }
        return new JsonBody(object);
    }

    /** The whole body. */
    public JsonObject json() {
        return json;
    }

    public static JsonBody wrap(JsonObject json) {
        return new JsonBody(json);
    }

    /** A required, non-blank string field. */
    public String requiredString(String field) {
        String value = optionalString(field);
        if (value == null || value.isBlank()) {
            throw ApiFault.badRequest(field + " is required");
        }
        return value;
    }

    /** An optional string field: null when absent or JSON null; 400 when it has another type. */
    public String optionalString(String field) {
        Object value = json.getValue(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw ApiFault.badRequest(field + " must be a string");
        }
        return text;
    }

    /** An optional array of strings; empty when absent. */
    public List<String> stringList(String field) {
        Object value = json.getValue(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw ApiFault.badRequest(field + " must be an array of strings");
        }
        List<String> strings = new ArrayList<>(array.size());
        for (Object element : array) {
            if (!(element instanceof String text) || text.isBlank()) {
                throw ApiFault.badRequest(field + " must be an array of non-empty strings");
            }
            strings.add(text);
        }
        return List.copyOf(strings);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
