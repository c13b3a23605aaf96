package org.patrolgrid.web.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** Builds GeoJSON (lon-lat order) answers. */
public final class GeoJson {
    private GeoJson() {}

    public static JsonObject point(double lat, double lon) {
        return new JsonObject()
                .put("type", "Point")
                .put("coordinates", new JsonArray().add(lon).add(lat));
    }

    public static JsonObject feature(JsonObject geometry, JsonObject properties) {
        return new JsonObject().put("type", "Feature").put("geometry", geometry).put("properties", properties);
    }

    public static JsonObject featureCollection(JsonArray features) {
        return new JsonObject().put("type", "FeatureCollection").put("features", features);
    }

    /** A number property, null when NaN (not measured). */
    public static Double number(double value) {
        return Double.isNaN(value) ? null : value;
    }

    /** An instant as ISO-8601 UTC, null when absent. */
    public static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
