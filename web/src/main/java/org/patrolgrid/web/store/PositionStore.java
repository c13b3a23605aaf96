package org.patrolgrid.web.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patrolgrid.geofence.position.Position;

/** Reads the {@code position} table (the tracker writes it). */
public final class PositionStore {
    private final Pool pool;

    public PositionStore(Pool pool) {
        this.pool = pool;
    }

    /** Fixes of {@code device} with {@code from <= fix time < to}, oldest first, at most {@code limit}. */
    public Future<List<Position>> track(String device, Instant from, Instant to, int limit) {
        SqlQuery query = SqlQuery.of(
                        "select device, fix_time, received_at, lat, lon, accuracy, altitude, speed, course, battery,"
                                + " mock from position")
                .where("device = ?", device)
                .where("fix_time >= ?", from)
                .where("fix_time < ?", to)
                .append(" order by fix_time limit ?", limit);
        return pool.preparedQuery(query.sql()).execute(query.tuple()).map(rows -> {
            List<Position> track = new ArrayList<>(rows.size());
            rows.forEach(row -> track.add(read(row)));
            return track;
        });
    }

    private static Position read(Row row) {
        return new Position(
                row.getString("device"),
                Rows.instant(row, "fix_time"),
                row.getDouble("lat"),
                row.getDouble("lon"),
                Rows.real(row, "accuracy"),
                Rows.real(row, "altitude"),
                Rows.real(row, "speed"),
                Rows.real(row, "course"),
                Rows.real(row, "battery"),
                row.getBoolean("mock"),
                Rows.instant(row, "received_at"),
                Map.of());
    }
}
