package org.patrolgrid.tracker.cluster;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.geofence.position.Position;

/** Positions as JSON on the clustered event bus (never Java serialisation); missing numbers are left out. */
public final class PositionWire {
    private PositionWire() {}

    public static JsonArray encode(List<Position> positions) {
        JsonArray out = new JsonArray();
        positions.forEach(p -> out.add(encode(p)));
        return out;
    }

    public static JsonObject encode(Position p) {
        JsonObject o = new JsonObject()
                .put("device", p.device())
                .put("ts", p.fixTime().toEpochMilli())
                .put("receivedAt", p.receivedAt().toEpochMilli())
                .put("lat", p.lat())
                .put("lon", p.lon())
                .put("mock", p.mock());
        optional(o, "acc", p.accuracy());
        optional(o, "alt", p.altitude());
        optional(o, "speed", p.speed());
        optional(o, "course", p.course());
        optional(o, "batt", p.battery());
        if (!p.attributes().isEmpty()) {
            o.put("attributes", new JsonObject(p.attributes()));
        }
        return o;
    }

    public static List<Position> decode(JsonArray array) {
        List<Position> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(decode(array.getJsonObject(i)));
        }
        return out;
    }

    public static Position decode(JsonObject o) {
        JsonObject attributes = o.getJsonObject("attributes");
        return new Position(
                o.getString("device"),
                Instant.ofEpochMilli(o.getLong("ts")),
                o.getDouble("lat"),
                o.getDouble("lon"),
                number(o, "acc"),
                number(o, "alt"),
                number(o, "speed"),
                number(o, "course"),
                number(o, "batt"),
                o.getBoolean("mock", false),
                Instant.ofEpochMilli(o.getLong("receivedAt")),
                attributes == null ? null : attributes.getMap());
    }

    private static void optional(JsonObject o, String key, double value) {
        if (!Double.isNaN(value)) {
            o.put(key, value);
        }
    }

    private static double number(JsonObject o, String key) {
        Double d = o.getDouble(key);
        return d == null ? Double.NaN : d;
    }
}
