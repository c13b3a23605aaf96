package org.patrolgrid.web.attendance;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.patrolgrid.web.api.CsvWriter;
import org.patrolgrid.web.store.AttendanceRow;

/** An attendance record as JSON (CONTRACT §3 "Attendance", plus name, unit, district and cells) and as CSV. */
final class AttendanceViews {
    static final List<String> CSV_HEADER = List.of(
            "shift",
            "device",
            "name",
            "unit",
            "district",
            "zones",
            "start",
            "end",
            "status",
            "arrivedAt",
            "leftAt",
            "onDutyMinutes",
            "offPostMinutes",
            "coverage",
            "gridsVisited",
            "gridsTotal",
            "cellsVisited",
            "cellsTotal",
            "checkpointsVisited",
            "checkpointsTotal",
            "routeAdherence");

    private AttendanceViews() {}

    static JsonObject json(AttendanceRow row) {
        return new JsonObject()
                .put("shift", row.shift())
                .put("device", row.device())
                .put("name", row.name())
                .put("unit", row.unit())
                .put("district", row.district())
                .put("zones", new JsonArray(row.zones()))
                .put("start", iso(row.start()))
                .put("end", iso(row.end()))
                .put("status", row.status())
                .put("arrivedAt", iso(row.arrivedAt()))
                .put("leftAt", iso(row.leftAt()))
                .put("onDutyMinutes", row.onDutyMinutes())
                .put("offPostMinutes", row.offPostMinutes())
                .put("coverage", row.coverage())
                .put("gridsVisited", row.gridsVisited())
                .put("gridsTotal", row.gridsTotal())
                .put("cellsVisited", row.cellsVisited())
                .put("cellsTotal", row.cellsTotal())
                .put("checkpointsVisited", row.checkpointsVisited())
                .put("checkpointsTotal", row.checkpointsTotal())
                .put("routeAdherence", row.routeAdherence());
    }

    /** The same fields in the order of {@link #CSV_HEADER}; zones are joined with semicolons. */
    static Buffer csv(List<AttendanceRow> rows) {
        CsvWriter out = new CsvWriter(CSV_HEADER);
        for (AttendanceRow row : rows) {
            out.number(row.shift())
                    .text(row.device())
                    .text(row.name())
                    .text(row.unit())
                    .text(row.district())
                    .text(String.join(";", row.zones()))
                    .time(row.start())
                    .time(row.end())
                    .text(row.status())
                    .time(row.arrivedAt())
                    .time(row.leftAt())
                    .number(row.onDutyMinutes())
                    .number(row.offPostMinutes())
                    .number(row.coverage())
                    .number(row.gridsVisited())
                    .number(row.gridsTotal())
                    .number(row.cellsVisited())
                    .number(row.cellsTotal())
                    .number(row.checkpointsVisited())
                    .number(row.checkpointsTotal())
                    .number(row.routeAdherence())
                    .endLine();
        }
        return out.finish();
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
