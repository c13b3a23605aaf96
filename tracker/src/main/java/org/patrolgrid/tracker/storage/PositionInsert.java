package org.patrolgrid.tracker.storage;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import org.patrolgrid.geofence.position.Position;

/**
 * One statement that stores a group of positions and moves each device's latest position forward, atomically. Rows
 * are bound as arrays and unnested, the fastest bulk path of vertx-pg-client. Duplicates (same device and fix time)
 * are dropped by the primary key; the statement returns how many rows were new.
 */
final class PositionInsert {
    static final String SQL =
            """
            with incoming as (
                select * from unnest($1::text[], $2::timestamptz[], $3::timestamptz[], $4::float8[], $5::float8[],
                                     $6::real[], $7::real[], $8::real[], $9::real[], $10::real[], $11::bool[],
                                     $12::text[])
                    as t(device, fix_time, received_at, lat, lon, accuracy, altitude, speed, course, battery, mock,
                         attributes)
            ), inserted as (
                insert into position (device, fix_time, received_at, lat, lon, accuracy, altitude, speed, course,
                                      battery, mock, attributes)
                select device, fix_time, received_at, lat, lon, accuracy, altitude, speed, course, battery, mock,
                       attributes::jsonb
                from incoming order by device, fix_time
                on conflict do nothing
                returning device, fix_time, received_at, lat, lon, accuracy, speed, course, battery, mock
            ), latest as (
                insert into device_last_position as d (device, fix_time, received_at, lat, lon, accuracy, speed,
                                                      course, battery, mock)
                select distinct on (device) * from inserted order by device, fix_time desc
                on conflict (device) do update set fix_time = excluded.fix_time,
                    received_at = excluded.received_at, lat = excluded.lat, lon = excluded.lon,
                    accuracy = excluded.accuracy, speed = excluded.speed, course = excluded.course,
                    battery = excluded.battery, mock = excluded.mock
                where excluded.fix_time > d.fix_time
            )
            select count(*) from inserted
            """;

    private PositionInsert() {}

    static Tuple bind(List<Position> positions) {
        int n = positions.size();
        String[] device = new String[n];
        OffsetDateTime[] fixTime = new OffsetDateTime[n];
        OffsetDateTime[] receivedAt = new OffsetDateTime[n];
        Double[] lat = new Double[n];
        Double[] lon = new Double[n];
        Float[] accuracy = new Float[n];
        Float[] altitude = new Float[n];
        Float[] speed = new Float[n];
        Float[] course = new Float[n];
        Float[] battery = new Float[n];
        Boolean[] mock = new Boolean[n];
        String[] attributes = new String[n];
        for (int i = 0; i < n; i++) {
            Position p = positions.get(i);
            device[i] = p.device();
            fixTime[i] = DutyTables.utc(p.fixTime());
            receivedAt[i] = DutyTables.utc(p.receivedAt());
            lat[i] = p.lat();
            lon[i] = p.lon();
            accuracy[i] = orNull(p.accuracy());
            altitude[i] = orNull(p.altitude());
            speed[i] = orNull(p.speed());
            course[i] = orNull(p.course());
            battery[i] = orNull(p.battery());
            mock[i] = p.mock();
            attributes[i] = p.attributes().isEmpty() ? null : new JsonObject(p.attributes()).encode();
        }
        return Tuple.of(device, fixTime, receivedAt, lat, lon, accuracy)
                .addValue(altitude)
                .addValue(speed)
                .addValue(course)
                .addValue(battery)
                .addValue(mock)
                .addValue(attributes);
    }

    private static Float orNull(double v) {
        return Double.isNaN(v) ? null : (float) v;
    }
}
