package org.patrolgrid.web.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.function.Supplier;

/** The {@code server_setting} table: server-wide values every node must agree on. */
public final class SettingStore {
    private final Pool pool;

    public SettingStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * The value of {@code key}, storing {@code initial} first when there is none. The insert ignores a conflict and the
     * value is read back, so concurrent nodes all end up with the one value that won.
     */
    public Future<String> getOrCreate(String key, Supplier<String> initial) {
        return pool.preparedQuery(
                        "insert into server_setting (key, value) values ($1, $2) on conflict (key) do nothing")
                .execute(Tuple.of(key, initial.get()))
                .compose(inserted -> pool.preparedQuery("select value from server_setting where key = $1")
                        .execute(Tuple.of(key)))
                .map(SettingStore::onlyValue);
    }

    private static String onlyValue(RowSet<Row> rows) {
        if (rows.size() != 1) {
            throw new IllegalStateException("server_setting row vanished");
        }
        return rows.iterator().next().getString("value");
    }
}
