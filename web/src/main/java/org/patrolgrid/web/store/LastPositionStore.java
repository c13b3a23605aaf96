package org.patrolgrid.web.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.web.auth.Scope;

/** Reads {@code device_last_position} joined with {@code device}, limited to what a scope may see. */
public final class LastPositionStore {
    /** A device with its latest fix. */
    public record LastFix(DeviceRecord device, Position position) {}

    private final Pool pool;

    public LastPositionStore(Pool pool) {
        this.pool = pool;
    }

    /** The latest fix of every visible device that has one, by device id. */
    public Future<List<LastFix>> latest(Scope scope) {
        SqlQuery query = SqlQuery.of("select d.id, d.name, d.kind, d.unit, d.district, d.created_at,"
                        + " d.secret_rotated_at, p.fix_time, p.received_at, p.lat, p.lon, p.accuracy, p.speed,"
                        + " p.course, p.battery, p.mock from device_last_position p join device d on d.id = p.device")
                .where(scope.devices("d"))
                .append(" order by d.id");
        return pool.preparedQuery(query.sql()).execute(query.tuple()).map(rows -> {
            List<LastFix> fixes = new ArrayList<>(rows.size());
            rows.forEach(row -> fixes.add(read(row)));
            return fixes;
        });
    }

    private static LastFix read(Row row) {
        DeviceRecord device = Rows.device(row);
        Position position = new Position(
                device.id(),
                Rows.instant(row, "fix_time"),
                row.getDouble("lat"),
                row.getDouble("lon"),
                Rows.real(row, "accuracy"),
                Double.NaN,
                Rows.real(row, "speed"),
                Rows.real(row, "course"),
                Rows.real(row, "battery"),
                row.getBoolean("mock"),
                Rows.instant(row, "received_at"),
                Map.of());
        return new LastFix(device, position);
    }
}
