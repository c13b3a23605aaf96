package org.patrolgrid.web.store;

import io.vertx.core.Future;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patrolgrid.web.auth.Scope;

/**
 * The {@code alert} table, written by the tracker's rules; the web layer reads it and records a person's
 * acknowledgement or resolution. Rows are visible when their device is. Answers are alerts as the API shows them.
 */
public final class AlertStore {
    /** The most alerts one listing returns, newest first. */
    public static final int LIST_LIMIT = 5_000;

    private static final String COLUMNS = "a.id, a.kind, a.device, a.shift, a.zone, a.status, a.opened_at,"
            + " a.acknowledged_at, a.acknowledged_by, a.resolved_at, a.resolved_by, a.resolution, a.note,"
            + " a.detail::text as detail";

    /** Filters of a listing; null means any. */
    public record Filter(String status, Instant from, Instant to, String device, String kind) {}

    private final Pool pool;

    public AlertStore(Pool pool) {
        this.pool = pool;
    }

    public Future<List<JsonObject>> list(Scope scope, Filter filter) {
        SqlQuery query = SqlQuery.of("select " + COLUMNS + " from alert a join device d on d.id = a.device")
                .where(scope.devices("d"));
        if (filter.status() != null) {
            query.where("a.status = ?", filter.status());
        }
        if (filter.from() != null) {
            query.where("a.opened_at >= ? and a.opened_at < ?", filter.from(), filter.to());
        }
        if (filter.device() != null) {
            query.where("a.device = ?", filter.device());
        }
        if (filter.kind() != null) {
            query.where("a.kind = ?", filter.kind());
        }
        query.append(" order by a.opened_at desc, a.id desc limit " + LIST_LIMIT);
        return pool.preparedQuery(query.sql()).execute(query.tuple()).map(AlertStore::all);
    }

    /** The alert if it exists and {@code scope} may see it. */
    public Future<Optional<JsonObject>> find(long id, Scope scope) {
        SqlQuery query = SqlQuery.of("select " + COLUMNS + " from alert a join device d on d.id = a.device")
                .where("a.id = ?", id)
                .where(scope.devices("d"));
        return pool.preparedQuery(query.sql()).execute(query.tuple()).map(AlertStore::first);
    }

    /** Open to acknowledged, by {@code user} at {@code at}; empty when not visible or not open. */
    public Future<Optional<JsonObject>> acknowledge(long id, Scope scope, String user, String note, Instant at) {
        SqlQuery query = SqlQuery.of(
                        "update alert a set status = 'acknowledged', acknowledged_at = ?, acknowledged_by = ?,"
                                + " note = nullif(concat_ws(E'\\n', a.note, ?::text), '') from device d",
                        at,
                        user,
                        note)
                .where("d.id = a.device and a.id = ? and a.status = 'open'", id)
                .where(scope.devices("d"))
                .append(" returning " + COLUMNS);
        return pool.preparedQuery(query.sql()).execute(query.tuple()).map(AlertStore::first);
    }

    /**
     * Open or acknowledged to resolved ({@code manual}), by {@code user} at {@code at}; an open alert counts as
     * acknowledged by the same person. Empty when not visible or already resolved.
     */
    public Future<Optional<JsonObject>> resolve(long id, Scope scope, String user, String note, Instant at) {
        SqlQuery query = SqlQuery.of(
                        "update alert a set status = 'resolved', resolved_at = ?, resolved_by = ?,"
                                + " resolution = 'manual', acknowledged_at = coalesce(a.acknowledged_at, ?),"
                                + " acknowledged_by = coalesce(a.acknowledged_by, ?),"
                                + " note = nullif(concat_ws(E'\\n', a.note, ?::text), '') from device d",
                        at,
                        user,
                        at,
                        user,
                        note)
                .where("d.id = a.device and a.id = ? and a.status <> 'resolved'", id)
                .where(scope.devices("d"))
                .append(" returning " + COLUMNS);
        return pool.preparedQuery(query.sql()).execute(query.tuple()).map(AlertStore::first);
    }

    private static List<JsonObject> all(RowSet<Row> rows) {
        List<JsonObject> alerts = new ArrayList<>(rows.size());
        rows.forEach(row -> alerts.add(json(row)));
        return alerts;
    }

    private static Optional<JsonObject> first(RowSet<Row> rows) {
        return rows.size() == 0
                ? Optional.empty()
                : Optional.of(json(rows.iterator().next()));
    }

    private static JsonObject json(Row row) {
        return new JsonObject()
                .put("id", row.getLong("id"))
                .put("kind", row.getString("kind"))
                .put("device", row.getString("device"))
                .put("shift", row.getLong("shift"))
                .put("zone", row.getString("zone"))
                .put("status", row.getString("status"))
                .put("openedAt", iso(Rows.instant(row, "opened_at")))
                .put("acknowledgedAt", iso(Rows.instant(row, "acknowledged_at")))
                .put("acknowledgedBy", row.getString("acknowledged_by"))
                .put("resolvedAt", iso(Rows.instant(row, "resolved_at")))
                .put("resolvedBy", row.getString("resolved_by"))
                .put("resolution", row.getString("resolution"))
                .put("note", row.getString("note"))
                .put("detail", detail(row.getString("detail")));
    }

    /** The detail object; one stored as a JSON string holding an object is unwrapped. */
    private static Object detail(String text) {
        Object value = text == null ? null : Json.decodeValue(text);
        if (value instanceof String inner && inner.startsWith("{")) {
            try {
                return new JsonObject(inner);
            } catch (DecodeException e) {
                return inner;
            }
        }
        return value;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
