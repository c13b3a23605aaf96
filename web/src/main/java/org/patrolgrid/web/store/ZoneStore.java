package org.patrolgrid.web.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patrolgrid.web.auth.Scope;

/**
 * The {@code zone} table: upserts of whole imports in one transaction, and reads of the stored GeoJSON Features as
 * text (they are served as stored, never re-encoded), limited to what a {@link Scope} may see.
 */
public final class ZoneStore {
    private static final String UPSERT = "insert into zone as z (id, kind, name, district, code, grids, feature)"
            + " values ($1, $2, $3, $4, $5, $6, $7::text::jsonb) on conflict (id) do update set kind = excluded.kind,"
            + " name = excluded.name, district = excluded.district, code = excluded.code, grids = excluded.grids,"
            + " feature = excluded.feature, updated_at = now()";

    /** A stored zone: its id, kind, district, unit grids (areas) and Feature as JSON text. */
    public record StoredZone(String id, String kind, String district, List<String> grids, String feature) {}

    private final Pool pool;

    public ZoneStore(Pool pool) {
        this.pool = pool;
    }

    /** Inserts or replaces every row, all or nothing. */
    public Future<Integer> upsert(List<ZoneRow> rows) {
        List<Tuple> tuples = new ArrayList<>(rows.size());
        for (ZoneRow row : rows) {
            tuples.add(Tuple.of(
                    row.id(),
                    row.kind(),
                    row.name(),
                    row.district(),
                    row.code(),
                    row.grids().toArray(String[]::new),
                    row.feature()));
        }
        if (tuples.isEmpty()) {
            return Future.succeededFuture(0);
        }
        return pool.withTransaction(conn -> conn.preparedQuery(UPSERT).executeBatch(tuples))
                .map(done -> rows.size());
    }

    /** The Features visible to {@code scope}, filtered by kind and district when given, by id, as JSON text. */
    public Future<List<String>> features(Scope scope, String kind, String district) {
        SqlQuery query = SqlQuery.of("select z.feature::text from zone z").where(scope.zones("z"));
        if (kind != null) {
            query.where("z.kind = ?", kind);
        }
        if (district != null) {
            query.where("z.district = ?", district);
        }
        query.append(" order by z.id");
        return pool.preparedQuery(query.sql()).execute(query.tuple()).map(rows -> {
            List<String> features = new ArrayList<>(rows.size());
            rows.forEach(row -> features.add(row.getString(0)));
            return features;
        });
    }

    /** The Features of these zones visible to {@code scope}, in the order of {@code ids}, as JSON text. */
    public Future<List<String>> features(Scope scope, List<String> ids) {
        SqlQuery query = SqlQuery.of("select z.id, z.feature::text from zone z")
                .where("z.id = any(?)", (Object) ids.toArray(String[]::new))
                .where(scope.zones("z"));
        return pool.preparedQuery(query.sql()).execute(query.tuple()).map(rows -> {
            Map<String, String> byId = new HashMap<>();
            rows.forEach(row -> byId.put(row.getString(0), row.getString(1)));
            return ids.stream().filter(byId::containsKey).map(byId::get).toList();
        });
    }

    /** The zone if it exists and {@code scope} may see it. */
    public Future<Optional<StoredZone>> find(String id, Scope scope) {
        SqlQuery query = SqlQuery.of("select z.id, z.kind, z.district, z.grids, z.feature::text as feature from zone z")
                .where("z.id = ?", id)
                .where(scope.zones("z"));
        return pool.preparedQuery(query.sql())
                .execute(query.tuple())
                .map(rows -> rows.size() == 0
                        ? Optional.empty()
                        : Optional.of(stored(rows.iterator().next())));
    }

    /** The ids among {@code ids} that exist and {@code scope} may see. */
    public Future<List<String>> visibleIds(Scope scope, List<String> ids) {
        SqlQuery query = SqlQuery.of("select z.id from zone z")
                .where("z.id = any(?)", (Object) ids.toArray(String[]::new))
                .where(scope.zones("z"));
        return pool.preparedQuery(query.sql()).execute(query.tuple()).map(rows -> {
            List<String> found = new ArrayList<>(rows.size());
            rows.forEach(row -> found.add(row.getString(0)));
            return found;
        });
    }

    /** Every stored zone, grids first (so that areas can resolve their grids), for the zone index. */
    public Future<List<StoredZone>> all() {
        return pool.query("select z.id, z.kind, z.district, z.grids, z.feature::text as feature from zone z"
                        + " order by z.kind <> 'grid', z.id")
                .execute()
                .map(rows -> {
                    List<StoredZone> zones = new ArrayList<>(rows.size());
                    rows.forEach(row -> zones.add(stored(row)));
                    return zones;
                });
    }

    private static StoredZone stored(Row row) {
        return new StoredZone(
                row.getString("id"),
                row.getString("kind"),
                row.getString("district"),
                List.of(row.getArrayOfStrings("grids")),
                row.getString("feature"));
    }
}
