package org.patrolgrid.tracker.storage;

import static org.patrolgrid.tracker.storage.DutyTables.utc;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.alerts.AlertKind;
import org.patrolgrid.alerts.AlertResolution;
import org.patrolgrid.alerts.AlertStatus;

/**
 * The {@code alert} table. An alert's row id is its public id; an insert that meets the one-open-per-(shift, kind)
 * index adopts the open row instead of failing, so nothing is opened twice (e.g. after a restart).
 */
public final class AlertTable {
    /** An alert as stored: its row id, the alert (id = row id) and the zone it concerns. */
    public record StoredAlert(long rowId, Alert alert, String zone) {}

    private static final String INSERT =
            """
            insert into alert (kind, device, shift, zone, status, opened_at, acknowledged_at, acknowledged_by,
                               resolved_at, resolved_by, resolution, detail)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb)
            on conflict (coalesce(shift, -1), device, kind) where status <> 'resolved'
            do update set status = case when excluded.status = 'open' then alert.status else excluded.status end,
                resolved_at = excluded.resolved_at, resolved_by = excluded.resolved_by,
                resolution = excluded.resolution
            returning id
            """;

    private static final String UPDATE =
            """
            update alert set status = $2, acknowledged_at = coalesce($3, acknowledged_at),
                acknowledged_by = coalesce($4, acknowledged_by), resolved_at = $5, resolved_by = $6, resolution = $7
            where id = $1
            """;

    private final SqlClient client;

    public AlertTable(SqlClient client) {
        this.client = client;
    }

    /** Inserts a new alert (or adopts the open one of its shift and kind); answers the row id. */
    public Future<Long> insert(Alert a, String zone) {
        Tuple t = Tuple.of(a.kind().wireName(), a.device(), a.shift() == null ? null : Long.valueOf(a.shift()), zone)
                .addString(a.status().wireName())
                .addOffsetDateTime(utc(a.openedAt()))
                .addOffsetDateTime(utc(a.acknowledgedAt()))
                .addString(a.acknowledgedBy())
                .addOffsetDateTime(utc(a.resolvedAt()))
                .addString(a.resolvedBy())
                .addString(a.resolution() == null ? null : a.resolution().wireName())
                .addJsonObject(new JsonObject().put("text", a.detail()));
        return client.preparedQuery(INSERT)
                .execute(t)
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Writes the lifecycle fields of a known row. */
    public Future<Void> update(long rowId, Alert a) {
        Tuple t = Tuple.of(rowId, a.status().wireName(), utc(a.acknowledgedAt()), a.acknowledgedBy())
                .addOffsetDateTime(utc(a.resolvedAt()))
                .addString(a.resolvedBy())
                .addString(a.resolution() == null ? null : a.resolution().wireName());
        return client.preparedQuery(UPDATE).execute(t).mapEmpty();
    }

    /** Every alert of the shift, oldest first. */
    public Future<List<StoredAlert>> ofShift(String shift) {
        return client.preparedQuery("select * from alert where shift = $1 order by opened_at, id")
                .execute(Tuple.of(Long.valueOf(shift)))
                .map(rows -> {
                    List<StoredAlert> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(stored(r));
                    }
                    return out;
                });
    }

    static StoredAlert stored(Row r) {
        long id = r.getLong("id");
        Long shift = r.getLong("shift");
        String resolution = r.getString("resolution");
        Object detail = r.getValue("detail");
        Alert alert = new Alert(
                String.valueOf(id),
                AlertKind.fromWire(r.getString("kind")),
                r.getString("device"),
                shift == null ? null : String.valueOf(shift),
                AlertStatus.valueOf(r.getString("status").toUpperCase(java.util.Locale.ROOT)),
                instant(r.getOffsetDateTime("opened_at")),
                instant(r.getOffsetDateTime("acknowledged_at")),
                r.getString("acknowledged_by"),
                instant(r.getOffsetDateTime("resolved_at")),
                r.getString("resolved_by"),
                resolution == null ? null : AlertResolution.valueOf(resolution.toUpperCase(java.util.Locale.ROOT)),
                detail instanceof JsonObject o ? o.getString("text") : detail == null ? null : detail.toString(),
                0);
        return new StoredAlert(id, alert, r.getString("zone"));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
