package org.patrolgrid.tracker.alerting;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.geofence.attendance.AttendanceRecord;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.web.bus.PositionBatch;

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

    /**
     * Positions an owner passed, as the live stream shows them: {@code {device, ts, lat, lon}} and, when known,
     * {@code acc, speed, course, batt}, and {@code mock: true}. Written straight to text (no JSON tree per position).
     */
    public static PositionBatch positions(List<Position> positions) {
        List<String> devices = new ArrayList<>(positions.size());
        List<String> objects = new ArrayList<>(positions.size());
        StringBuilder o = new StringBuilder(160);
        for (Position p : positions) {
            o.setLength(0);
            o.append("{\"device\":\"").append(JsonStringEncoder.getInstance().quoteAsString(p.device()));
            o.append("\",\"ts\":\"").append(p.fixTime()).append('"');
            o.append(",\"lat\":").append(p.lat()).append(",\"lon\":").append(p.lon());
            optional(o, "acc", p.accuracy());
            optional(o, "speed", p.speed());
            optional(o, "course", p.course());
            optional(o, "batt", p.battery());
            if (p.mock()) {
                o.append(",\"mock\":true");
            }
            devices.add(p.device());
            objects.add(o.append('}').toString());
        }
        return new PositionBatch(devices, objects);
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

    private static void optional(StringBuilder o, String key, double value) {
        if (Double.isFinite(value)) {
            o.append(",\"").append(key).append("\":").append(value);
        }
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
