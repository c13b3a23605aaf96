package org.patrolgrid.web.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patrolgrid.web.auth.Scope;

/** The {@code device} table. Reads are limited to what a {@link Scope} may see, in SQL. */
public final class DeviceStore {
    private static final String COLUMNS = "d.id, d.name, d.kind, d.unit, d.district, d.created_at, d.secret_rotated_at";

    private final Pool pool;

    public DeviceStore(Pool pool) {
        this.pool = pool;
    }

    /** Inserts a device with the hash of its secret; the stored row, or empty when the id is taken. */
    public Future<Optional<DeviceRecord>> insert(DeviceRecord device, byte[] secretHash) {
        return pool.preparedQuery("insert into device as d (id, name, kind, unit, district, secret_hash)"
                        + " values ($1, $2, $3, $4, $5, $6) on conflict (id) do nothing returning " + COLUMNS)
                .execute(Tuple.of(
                        device.id(),
                        device.name(),
                        device.kind(),
                        device.unit(),
                        device.district(),
                        Buffer.buffer(secretHash)))
                .map(DeviceStore::first);
    }

    /** The device if it exists and {@code scope} may see it. */
    public Future<Optional<DeviceRecord>> find(String id, Scope scope) {
        SqlQuery query = SqlQuery.of("select " + COLUMNS + " from device d")
                .where("d.id = ?", id)
                .where(scope.devices("d"));
        return pool.preparedQuery(query.sql()).execute(query.tuple()).map(DeviceStore::first);
    }

    /** Every device {@code scope} may see, by id. */
    public Future<List<DeviceRecord>> list(Scope scope) {
        SqlQuery query = SqlQuery.of("select " + COLUMNS + " from device d")
                .where(scope.devices("d"))
                .append(" order by d.id");
        return pool.preparedQuery(query.sql()).execute(query.tuple()).map(rows -> {
            List<DeviceRecord> devices = new ArrayList<>(rows.size());
            rows.forEach(row -> devices.add(Rows.device(row)));
            return devices;
        });
    }

    /** The devices among {@code ids} that exist, unscoped (for internal lookups). */
    public Future<List<DeviceRecord>> findAll(List<String> ids) {
        SqlQuery query = SqlQuery.of("select " + COLUMNS + " from device d")
                .where("d.id = any(?)", (Object) ids.toArray(String[]::new));
        return pool.preparedQuery(query.sql()).execute(query.tuple()).map(rows -> {
            List<DeviceRecord> devices = new ArrayList<>(rows.size());
            rows.forEach(row -> devices.add(Rows.device(row)));
            return devices;
        });
    }

    /** Replaces the secret hash; false when there is no such device. */
    public Future<Boolean> replaceSecret(String id, byte[] secretHash) {
        return pool.preparedQuery("update device set secret_hash = $2, secret_rotated_at = now() where id = $1")
                .execute(Tuple.of(id, Buffer.buffer(secretHash)))
                .map(rows -> rows.rowCount() == 1);
    }

    private static Optional<DeviceRecord> first(RowSet<Row> rows) {
        return rows.size() == 0
                ? Optional.empty()
                : Optional.of(Rows.device(rows.iterator().next()));
    }
}
