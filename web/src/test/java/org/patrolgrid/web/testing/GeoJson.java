package org.patrolgrid.web.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** GeoJSON builders for tests: lon-lat order, squares near Jiaxing. */
public final class GeoJson {
    private GeoJson() {}

    public static JsonObject collection(JsonObject... features) {
        JsonArray all = new JsonArray();
        for (JsonObject feature : features) {
            all.add(feature);
        }
        return new JsonObject().put("type", "FeatureCollection").put("features", all);
    }

    public static JsonObject feature(JsonObject geometry, JsonObject properties) {
        return new JsonObject().put("type", "Feature").put("geometry", geometry).put("properties", properties);
    }

    public static JsonObject props(String id, String kind, String district) {
        return new JsonObject()
                .put("id", id)
                .put("kind", kind)
                .put("name", "name of " + id)
                .put("district", district);
    }

    /** A grid square from (lon, lat) with sides of {@code size} degrees. */
    public static JsonObject grid(String id, String district, String code, double lon, double lat, double size) {
        return feature(square(lon, lat, size), props(id, "grid", district).put("code", code));
    }

    public static JsonObject square(double lon, double lat, double size) {
        return polygon(lon, lat, lon + size, lat, lon + size, lat + size, lon, lat + size, lon, lat);
    }

    /** A Polygon of one ring given as lon, lat pairs (the ring is not closed for you). */
    public static JsonObject polygon(double... lonLat) {
        JsonArray ring = new JsonArray();
        for (int i = 0; i < lonLat.length; i += 2) {
            ring.add(new JsonArray().add(lonLat[i]).add(lonLat[i + 1]));
        }
        return new JsonObject().put("type", "Polygon").put("coordinates", new JsonArray().add(ring));
    }

    public static JsonObject point(double lon, double lat) {
        return new JsonObject()
                .put("type", "Point")
                .put("coordinates", new JsonArray().add(lon).add(lat));
    }

    public static JsonObject line(double... lonLat) {
        JsonArray coordinates = new JsonArray();
        for (int i = 0; i < lonLat.length; i += 2) {
            coordinates.add(new JsonArray().add(lonLat[i]).add(lonLat[i + 1]));
        }
        return new JsonObject().put("type", "LineString").put("coordinates", coordinates);
    }
}
