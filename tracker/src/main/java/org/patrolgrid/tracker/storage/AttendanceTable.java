package org.patrolgrid.tracker.storage;

import static org.patrolgrid.tracker.storage.DutyTables.utc;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.List;
import org.patrolgrid.geofence.attendance.AttendanceRecord;

/** Upserts attendance records (one row per shift) in one batch. */
public final class AttendanceTable {
    /** A record with the visited grid ids and H3 cells for the coverage view. */
    public record Row(AttendanceRecord record, List<String> visitedGrids, long[] visitedCells) {}

    private static final String UPSERT =
            """
            insert into attendance (shift, status, arrived_at, left_at, on_duty_minutes, off_post_minutes, coverage,
                grids_visited, grids_total, cells_visited, cells_total, checkpoints_visited, checkpoints_total,
                route_adherence, visited_grids, visited_cells, updated_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, now())
            on conflict (shift) do update set status = excluded.status, arrived_at = excluded.arrived_at,
                left_at = excluded.left_at, on_duty_minutes = excluded.on_duty_minutes,
                off_post_minutes = excluded.off_post_minutes, coverage = excluded.coverage,
                grids_visited = excluded.grids_visited, grids_total = excluded.grids_total,
                cells_visited = excluded.cells_visited, cells_total = excluded.cells_total,
                checkpoints_visited = excluded.checkpoints_visited, checkpoints_total = excluded.checkpoints_total,
                route_adherence = excluded.route_adherence, visited_grids = excluded.visited_grids,
                visited_cells = excluded.visited_cells, updated_at = now()
            """;

    private final SqlClient client;

    public AttendanceTable(SqlClient client) {
        this.client = client;
    }

    public Future<Void> upsert(List<Row> rows) {
        if (rows.isEmpty()) {
            return Future.succeededFuture();
        }
        return client.preparedQuery(UPSERT)
                .executeBatch(rows.stream().map(AttendanceTable::bind).toList())
                .mapEmpty();
    }

    private static Tuple bind(Row row) {
        AttendanceRecord r = row.record();
        return Tuple.tuple()
                .addLong(Long.valueOf(r.shift()))
                .addString(r.status().wireName())
                .addOffsetDateTime(utc(r.arrivedAt()))
                .addOffsetDateTime(utc(r.leftAt()))
                .addDouble(r.onDutyMinutes())
                .addDouble(r.offPostMinutes())
                .addDouble(r.coverage())
                .addInteger(r.gridsVisited())
                .addInteger(r.gridsTotal())
                .addInteger(r.cellsVisited())
                .addInteger(r.cellsTotal())
                .addInteger(r.checkpointsVisited())
                .addInteger(r.checkpointsTotal())
                .addDouble(r.routeAdherence())
                .addArrayOfString(row.visitedGrids().toArray(String[]::new))
                .addArrayOfLong(Arrays.stream(row.visitedCells()).boxed().toArray(Long[]::new));
    }
}
