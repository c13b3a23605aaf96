package org.patrolgrid.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON as the generic trees ({@code Map}, {@code List}, {@code Number}, {@code String}, {@code Boolean}) that the
 * geofence library reads and writes, without Vert.x's JsonObject wrappers in between.
 */
public final class JsonTrees {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonTrees() {}

    /** The tree of a request body; 400 when it is missing or malformed. */
    public static Object parse(Buffer body) {
        if (body == null || body.length() == 0) {
            throw ApiFault.badRequest("a JSON body is required");
        }
        try {
            return MAPPER.readValue(body.getBytes(), Object.class);
        } catch (JsonProcessingException e) {
            throw ApiFault.badRequest("invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree of stored JSON text, trusted to be well formed. */
    public static Object parse(String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is malformed: " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON text of a tree. */
    public static String encode(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not encodable as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
