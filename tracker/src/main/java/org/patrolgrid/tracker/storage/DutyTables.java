package org.patrolgrid.tracker.storage;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.geofence.shift.ShiftRules;

/** Reads of the duty schema (V2) the tracker needs: zones, the shifts around now, and a shift's stored positions. */
public final class DutyTables {
    private final SqlClient client;

    public DutyTables(SqlClient client) {
        this.client = client;
    }

    /** Every zone's GeoJSON Feature, as generic trees. */
    public Future<List<Map<String, Object>>> zoneFeatures() {
        return client.query("select feature from zone").execute().map(rows -> {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(((JsonObject) r.getValue("feature")).getMap());
            }
            return out;
        });
    }

    /** A cheap fingerprint of table zone (row count and latest change), to notice changes made without a message. */
    public Future<String> zoneVersion() {
        return client.query("select count(*) || '|' || coalesce(max(updated_at)::text, '') from zone")
                .execute()
                .map(rows -> rows.iterator().next().getString(0));
    }

    /**
     * The shifts that overlap [from, to), and the unsettled ones that ended since {@code settleSince}: no final
     * attendance yet (planned after the fact, or the server was down), or positions stored for them after their record
     * was last written (a device uploading what it buffered offline).
     */
    public Future<List<Shift>> shifts(Instant from, Instant to, Instant settleSince) {
        return client.preparedQuery(
                        """
                        select s.id, s.device, s.zones, s.start_at, s.end_at, s.rules
                        from shift s left join attendance a on a.shift = s.id
                        where (s.end_at > $1 and s.start_at < $2)
                           or (s.end_at > $3 and s.end_at <= $1
                               and (a.shift is null or a.status in ('scheduled', 'on_duty')
                                    or exists (select 1 from position p
                                               where p.device = s.device and p.fix_time >= s.start_at
                                                 and p.fix_time < s.end_at and p.received_at > a.updated_at)))
                        """)
                .execute(Tuple.of(utc(from), utc(to), utc(settleSince)))
                .map(rows -> {
                    List<Shift> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(shift(r));
                    }
                    return out;
                });
    }

    private static Shift shift(Row r) {
        Object stored = r.getValue("rules");
        JsonObject rules = stored instanceof String text ? new JsonObject(text) : (JsonObject) stored;
        ShiftRules parsed = rules == null
                ? ShiftRules.DEFAULTS
                : ShiftRules.of(
                        rules.getDouble("graceMinutes"),
                        rules.getDouble("offPostMinutes"),
                        rules.getDouble("stationaryMinutes"),
                        rules.getDouble("signalLostMinutes"),
                        rules.getDouble("minCoverage"));
        return new Shift(
                String.valueOf(r.getLong("id")),
                r.getString("device"),
                List.of(r.getArrayOfStrings("zones")),
                r.getOffsetDateTime("start_at").toInstant(),
                r.getOffsetDateTime("end_at").toInstant(),
                parsed);
    }

    /** The device's stored positions with fix time in [from, to), in fix-time order. */
    public Future<List<Position>> positions(String device, Instant from, Instant to) {
        return client.preparedQuery("select fix_time, received_at, lat, lon, accuracy, altitude, speed, course,"
                        + " battery, mock from position where device = $1 and fix_time >= $2 and fix_time < $3"
                        + " order by fix_time")
                .execute(Tuple.of(device, utc(from), utc(to)))
                .map(rows -> {
                    List<Position> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(new Position(
                                device,
                                r.getOffsetDateTime("fix_time").toInstant(),
                                r.getDouble("lat"),
                                r.getDouble("lon"),
                                real(r, "accuracy"),
                                real(r, "altitude"),
                                real(r, "speed"),
                                real(r, "course"),
                                real(r, "battery"),
                                r.getBoolean("mock"),
                                r.getOffsetDateTime("received_at").toInstant(),
                                Map.of()));
                    }
                    return out;
                });
    }

    private static double real(Row r, String column) {
        Float f = r.getFloat(column);
        return f == null ? Double.NaN : f;
    }

    /**
     * The instant as a UTC timestamp to bind. Not {@code Instant.atOffset}: on Java 17 that builds a new
     * {@code ZoneRules} for every call, which showed up at 3 % of the server's CPU when binding every stored position.
     */
    static OffsetDateTime utc(Instant t) {
        return t == null
                ? null
                : OffsetDateTime.of(
                        LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
