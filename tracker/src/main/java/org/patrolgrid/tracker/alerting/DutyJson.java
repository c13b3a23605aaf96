package org.patrolgrid.tracker.alerting;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.geofence.attendance.AttendanceRecord;
import org.patrolgrid.geofence.position.Position;

/** The JSON bodies of the event-bus messages the tracker publishes (as described in {@code BusAddress}). */
public final class DutyJson {
    private DutyJson() {}

    /** An alert as the HTTP API shows it, with its row id. */
    public static JsonObject alert(long row, Alert a, String zone) {
        return new JsonObject()
                .put("id", row)
                .put("kind", a.kind().wireName())
                .put("device", a.device())
                .put("shift", a.shift() == null ? null : Long.valueOf(a.shift()))
                .put("zone", zone)
                .put("status", a.status().wireName())
                .put("openedAt", text(a.openedAt()))
                .put("acknowledgedAt", text(a.acknowledgedAt()))
                .put("acknowledgedBy", a.acknowledgedBy())
                .put("resolvedAt", text(a.resolvedAt()))
                .put(
                        "resolution",
                        a.resolution() == null ? null : a.resolution().wireName())
                .put("detail", new JsonObject().put("text", a.detail()));
    }

    /** An attendance record as GET /attendance shows it. */
    public static JsonObject attendance(AttendanceRecord r) {
        return new JsonObject()
                .put("shift", Long.valueOf(r.shift()))
                .put("device", r.device())
                .put("zones", new JsonArray(List.copyOf(r.zones())))
                .put("start", text(r.start()))
                .put("end", text(r.end()))
                .put("status", r.status().wireName())
                .put("arrivedAt", text(r.arrivedAt()))
                .put("leftAt", text(r.leftAt()))
                .put("onDutyMinutes", r.onDutyMinutes())
                .put("offPostMinutes", r.offPostMinutes())
                .put("coverage", r.coverage())
                .put("gridsVisited", r.gridsVisited())
                .put("gridsTotal", r.gridsTotal())
                .put("cellsVisited", r.cellsVisited())
                .put("cellsTotal", r.cellsTotal())
                .put("checkpointsVisited", r.checkpointsVisited())
                .put("checkpointsTotal", r.checkpointsTotal())
                .put("routeAdherence", r.routeAdherence());
    }

    /** Committed positions, as the live stream shows them. */
    public static JsonArray positions(List<Position> positions) {
        JsonArray out = new JsonArray();
        for (Position p : positions) {
            JsonObject o = new JsonObject()
                    .put("device", p.device())
                    .put("ts", text(p.fixTime()))
                    .put("lat", p.lat())
                    .put("lon", p.lon());
            optional(o, "acc", p.accuracy());
            optional(o, "speed", p.speed());
            optional(o, "course", p.course());
            optional(o, "batt", p.battery());
            if (p.mock()) {
                o.put("mock", true);
            }
            out.add(o);
        }
        return out;
    }

    /** The message sent down to a device on its commands topic when an alert about it opens. */
    public static JsonObject alertCommand(JsonObject alert) {
        String kind = alert.getString("kind");
        return new JsonObject()
                .put("type", "alert")
                .put("id", alert.getValue("id"))
                .put("kind", kind)
                .put("shift", alert.getValue("shift"))
                .put("zone", alert.getString("zone"))
                .put("openedAt", alert.getString("openedAt"))
                .put("text", AlertTexts.forDevice(kind));
    }

    private static void optional(JsonObject o, String key, double value) {
        if (!Double.isNaN(value)) {
            o.put(key, value);
        }
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
