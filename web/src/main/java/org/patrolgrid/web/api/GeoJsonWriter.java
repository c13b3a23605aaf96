package org.patrolgrid.web.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Writes a GeoJSON FeatureCollection of points straight to bytes, without building a JSON tree: tracks reach 50,000
 * features, and a tree of that size costs several times the encoding. Coordinates are lon-lat.
 *
 * <pre>{@code
 * GeoJsonWriter out = GeoJsonWriter.featureCollection();
 * out.point(lat, lon).string("device", id).number("acc", acc).endFeature();
 * Buffer body = out.finish();
 * }</pre>
 */
public final class GeoJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    private final JsonGenerator json;

    private GeoJsonWriter() {
        try {
            json = FACTORY.createGenerator(bytes);
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a collection; add features, then {@link #finish()}. */
    public static GeoJsonWriter featureCollection() {
        return new GeoJsonWriter();
    }

    /** Starts a Point feature and opens its properties. */
    public GeoJsonWriter point(double lat, double lon) {
        try {
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            json.writeObjectFieldStart("geometry");
            json.writeStringField("type", "Point");
            json.writeArrayFieldStart("coordinates");
            json.writeNumber(lon);
            json.writeNumber(lat);
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A string property; null is written as JSON null. */
    public GeoJsonWriter string(String name, String value) {
        try {
            json.writeStringField(name, value);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number property; NaN (not measured) is written as JSON null. */
    public GeoJsonWriter number(String name, double value) {
        try {
            if (Double.isNaN(value)) {
                json.writeNullField(name);
            } else {
                json.writeNumberField(name, value);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public GeoJsonWriter bool(String name, boolean value) {
        try {
            json.writeBooleanField(name, value);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An instant as ISO-8601 UTC, or null. */
    public GeoJsonWriter time(String name, Instant value) {
        return string(name, value == null ? null : value.toString());
    }

    /** Closes the properties and the feature. */
    public GeoJsonWriter endFeature() {
        try {
            json.writeEndObject();
            json.writeEndObject();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the collection and returns its bytes. */
    public Buffer finish() {
        try {
            json.writeEndArray();
            json.writeEndObject();
            json.close();
            return Buffer.buffer(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
