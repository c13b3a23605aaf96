package org.patrolgrid.web.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.web.auth.Scope;

/** Tables {@code shift} and {@code schedule}: inserts, and reads limited to the devices a {@link Scope} may see. */
public final class ShiftStore {
    /** A shift to insert; {@code rules} is the JSON text of the complete rules. */
    public record NewShift(String device, List<String> zones, Instant start, Instant end, String rules) {}

    /** A schedule to insert with the start and end of each shift it expands to. */
    public record NewSchedule(
            String device,
            List<String> zones,
            List<String> days,
            java.time.LocalTime start,
            java.time.LocalTime end,
            java.time.LocalDate from,
            java.time.LocalDate until,
            String rules,
            List<Instant> shiftStarts,
            List<Instant> shiftEnds) {}

    /** What inserting a schedule made. */
    public record ScheduleIds(long schedule, List<Long> shifts) {}

    private final Pool pool;

    public ShiftStore(Pool pool) {
        this.pool = pool;
    }

    public Future<Long> insert(NewShift shift) {
        return pool.preparedQuery("insert into shift (device, zones, start_at, end_at, rules)"
                        + " values ($1, $2, $3, $4, $5::text::jsonb) returning id")
                .execute(Tuple.of(
                        shift.device(),
                        shift.zones().toArray(String[]::new),
                        utc(shift.start()),
                        utc(shift.end()),
                        shift.rules()))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Inserts the schedule and all its shifts in one transaction. */
    public Future<ScheduleIds> insert(NewSchedule schedule) {
        return pool.withTransaction(conn -> conn.preparedQuery(
                        "insert into schedule (device, zones, days, start_time, end_time, valid_from,"
                                + " valid_until, rules) values ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb)"
                                + " returning id")
                .execute(Tuple.of(
                                schedule.device(),
                                schedule.zones().toArray(String[]::new),
                                schedule.days().toArray(String[]::new),
                                schedule.start(),
                                schedule.end(),
                                schedule.from())
                        .addValue(schedule.until())
                        .addValue(schedule.rules()))
                .map(rows -> rows.iterator().next().getLong(0))
                .compose(id -> conn.preparedQuery("insert into shift (device, zones, start_at, end_at, rules,"
                                + " schedule) select $1, $2, s, e, $3::text::jsonb, $4"
                                + " from unnest($5::timestamptz[], $6::timestamptz[]) as t(s, e)"
                                + " order by s returning id")
                        .execute(Tuple.of(
                                        schedule.device(),
                                        schedule.zones().toArray(String[]::new),
                                        schedule.rules(),
                                        id)
                                .addValue(utc(schedule.shiftStarts()))
                                .addValue(utc(schedule.shiftEnds())))
                        .map(rows -> {
                            List<Long> ids = new ArrayList<>(rows.size());
                            rows.forEach(row -> ids.add(row.getLong(0)));
                            return new ScheduleIds(id, ids);
                        })));
    }

    /** The visible shifts that start in [from, to), of one device when given, by start; as the API shows them. */
    public Future<List<JsonObject>> list(Scope scope, Instant from, Instant to, String device) {
        SqlQuery query = SqlQuery.of("select s.id, s.device, s.zones, s.start_at, s.end_at, s.rules::text as rules,"
                        + " s.schedule from shift s join device d on d.id = s.device")
                .where("s.start_at >= ? and s.start_at < ?", from, to)
                .where(scope.devices("d"));
        if (device != null) {
            query.where("s.device = ?", device);
        }
        query.append(" order by s.start_at, s.id");
        return pool.preparedQuery(query.sql()).execute(query.tuple()).map(rows -> {
            List<JsonObject> shifts = new ArrayList<>(rows.size());
            rows.forEach(row -> shifts.add(json(row)));
            return shifts;
        });
    }

    private static JsonObject json(Row row) {
        return new JsonObject()
                .put("id", row.getLong("id"))
                .put("device", row.getString("device"))
                .put("zones", new JsonArray(List.of(row.getArrayOfStrings("zones"))))
                .put("start", Rows.instant(row, "start_at").toString())
                .put("end", Rows.instant(row, "end_at").toString())
                .put("rules", new JsonObject(row.getString("rules")))
                .put("schedule", row.getLong("schedule"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static OffsetDateTime[] utc(List<Instant> instants) {
        return instants.stream().map(ShiftStore::utc).toArray(OffsetDateTime[]::new);
    }
}
