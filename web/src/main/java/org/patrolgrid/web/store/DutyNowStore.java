package org.patrolgrid.web.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the database says about devices right now: the shift each is on (the earliest-started one covering the
 * instant) and the open {@code off_post} or {@code signal_lost} alert of that shift, if any. Reads only, so any node of
 * a cluster answers the same.
 */
public final class DutyNowStore {
    /**
     * A device's current shift.
     *
     * @param signalLostMinutes the shift's signal-lost limit, null when its rules do not say
     * @param alertKind {@code off_post} (preferred) or {@code signal_lost} when such an alert is open, else null
     */
    public record OnShift(
            String device,
            long shift,
            List<String> zones,
            Double signalLostMinutes,
            String alertKind,
            String alertZone) {}

    private static final String SQL = "select distinct on (s.device) s.device, s.id, s.zones,"
            + " (s.rules->>'signalLostMinutes')::float8 as lost_after, al.kind, al.zone from shift s"
            + " left join lateral (select a.kind, a.zone from alert a where a.shift = s.id and a.status <> 'resolved'"
            + " and a.kind in ('off_post', 'signal_lost') order by a.kind = 'off_post' desc, a.opened_at desc"
            + " limit 1) al on true"
            + " where s.device = any($1) and s.start_at <= $2 and s.end_at > $2 order by s.device, s.start_at, s.id";

    private final Pool pool;

    public DutyNowStore(Pool pool) {
        this.pool = pool;
    }

    /** The devices among {@code devices} on a shift at {@code now}, by device id. */
    public Future<Map<String, OnShift>> onShift(List<String> devices, Instant now) {
        if (devices.isEmpty()) {
            return Future.succeededFuture(Map.of());
        }
        return pool.preparedQuery(SQL)
                .execute(Tuple.of(devices.toArray(String[]::new), OffsetDateTime.ofInstant(now, ZoneOffset.UTC)))
                .map(rows -> {
                    Map<String, OnShift> out = new HashMap<>();
                    rows.forEach(row -> out.put(
                            row.getString("device"),
                            new OnShift(
                                    row.getString("device"),
                                    row.getLong("id"),
                                    List.of(row.getArrayOfStrings("zones")),
                                    row.getDouble("lost_after"),
                                    row.getString("kind"),
                                    row.getString("zone"))));
                    return out;
                });
    }
}
