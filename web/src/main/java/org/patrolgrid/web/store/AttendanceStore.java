package org.patrolgrid.web.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.web.auth.Scope;

/**
 * Reads table {@code attendance} (written by the tracker) joined with its shifts and devices, limited to the devices
 * a {@link Scope} may see. Every shift of the period appears, with or without a record.
 */
public final class AttendanceStore {
    /** Filters of a listing; null means any. */
    public record Filter(Instant from, Instant to, String device, String district, String unit) {}

    /** The grids and H3 cells one shift visited. */
    public record Visited(List<String> grids, List<Long> cells) {}

    private final Pool pool;

    public AttendanceStore(Pool pool) {
        this.pool = pool;
    }

    /** One row per visible shift starting in [from, to), by start then shift id. */
    public Future<List<AttendanceRow>> list(Scope scope, Filter filter) {
        SqlQuery query = SqlQuery.of("select s.id, s.device, d.name, d.unit, d.district, s.zones, s.start_at,"
                        + " s.end_at, coalesce(a.status, 'scheduled') as status, a.arrived_at, a.left_at,"
                        + " a.on_duty_minutes, a.off_post_minutes, a.coverage, a.grids_visited, a.grids_total,"
                        + " a.cells_visited, a.cells_total, a.checkpoints_visited, a.checkpoints_total,"
                        + " a.route_adherence from shift s join device d on d.id = s.device"
                        + " left join attendance a on a.shift = s.id")
                .where("s.start_at >= ? and s.start_at < ?", filter.from(), filter.to())
                .where(scope.devices("d"));
        if (filter.device() != null) {
            query.where("s.device = ?", filter.device());
        }
        if (filter.district() != null) {
            query.where("d.district = ?", filter.district());
        }
        if (filter.unit() != null) {
            query.where("d.unit = ?", filter.unit());
        }
        query.append(" order by s.start_at, s.id");
        return pool.preparedQuery(query.sql()).execute(query.tuple()).map(rows -> {
            List<AttendanceRow> out = new ArrayList<>(rows.size());
            rows.forEach(row -> out.add(row(row)));
            return out;
        });
    }

    /** What each visible shift starting in [from, to) on {@code zone} visited (nothing yet without a record). */
    public Future<List<Visited>> visited(Scope scope, String zone, Instant from, Instant to) {
        SqlQuery query = SqlQuery.of("select coalesce(a.visited_grids, '{}'), coalesce(a.visited_cells, '{}')"
                        + " from shift s join device d on d.id = s.device left join attendance a on a.shift = s.id")
                .where("s.start_at >= ? and s.start_at < ?", from, to)
                .where("? = any(s.zones)", zone)
                .where(scope.devices("d"));
        return pool.preparedQuery(query.sql()).execute(query.tuple()).map(rows -> {
            List<Visited> out = new ArrayList<>(rows.size());
            rows.forEach(
                    row -> out.add(new Visited(List.of(row.getArrayOfStrings(0)), List.of(row.getArrayOfLongs(1)))));
            return out;
        });
    }

    private static AttendanceRow row(Row row) {
        return new AttendanceRow(
                row.getLong("id"),
                row.getString("device"),
                row.getString("name"),
                row.getString("unit"),
                row.getString("district"),
                List.of(row.getArrayOfStrings("zones")),
                Rows.instant(row, "start_at"),
                Rows.instant(row, "end_at"),
                row.getString("status"),
                Rows.instant(row, "arrived_at"),
                Rows.instant(row, "left_at"),
                zeroIfNull(row.getDouble("on_duty_minutes")),
                zeroIfNull(row.getDouble("off_post_minutes")),
                zeroIfNull(row.getDouble("coverage")),
                zeroIfNull(row.getInteger("grids_visited")),
                zeroIfNull(row.getInteger("grids_total")),
                zeroIfNull(row.getInteger("cells_visited")),
                zeroIfNull(row.getInteger("cells_total")),
                zeroIfNull(row.getInteger("checkpoints_visited")),
                zeroIfNull(row.getInteger("checkpoints_total")),
                row.getDouble("route_adherence"));
    }

    private static double zeroIfNull(Double value) {
        return value == null ? 0 : value;
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
