package org.patrolgrid.tracker.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Zones, shifts and their outcome, straight in the database (as the HTTP API would write and read them). Zones are
 * small squares near Jiaxing: grid {@code i} spans {@link #SIZE} degrees east of {@code lon0 + i * SIZE}.
 */
public final class DutyWorld {
    public static final double LAT0 = 30.7522;
    public static final double LON0 = 120.7585;
    /** About 111 m north-south and 96 m east-west. */
    public static final double SIZE = 0.001;

    /** Opens connections to the database under test. */
    public interface Jdbc {
        Connection open() throws SQLException;
    }

    private final Jdbc jdbc;

    public DutyWorld(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers a device and answers its secret. */
    public String device(String id) throws SQLException {
        String secret = org.patrolgrid.web.auth.DeviceSecrets.generate();
        try (Connection c = jdbc.open();
                PreparedStatement st = c.prepareStatement(
                        "insert into device (id, name, kind, unit, district, secret_hash) values (?,?,?,?,?,?)")) {
            st.setString(1, id);
            st.setString(2, "Device " + id);
            st.setString(3, "collector");
            st.setString(4, "unit-1");
            st.setString(5, "330402");
            st.setBytes(6, org.patrolgrid.web.auth.DeviceSecrets.hash(secret));
            st.executeUpdate();
        }
        return secret;
    }

    /** Gives the device a new secret (as the API's rotation would) and answers it. */
    public String rotateSecret(String id) throws SQLException {
        String secret = org.patrolgrid.web.auth.DeviceSecrets.generate();
        try (Connection c = jdbc.open();
                PreparedStatement st = c.prepareStatement("update device set secret_hash = ? where id = ?")) {
            st.setBytes(1, org.patrolgrid.web.auth.DeviceSecrets.hash(secret));
            st.setString(2, id);
            st.executeUpdate();
        }
        return secret;
    }

    /** Publishes a payload with QoS 1 and fails unless it is accepted. */
    public static void publish(com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient client, String topic, String payload) {
        var result = client.publishWith()
                .topic(topic)
                .qos(com.hivemq.client.mqtt.datatypes.MqttQos.AT_LEAST_ONCE)
                .payload(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .send();
        var ack =
                ((com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult.Mqtt5Qos1Result) result).getPubAck();
        if (ack.getReasonCode().isError()) {
            throw new AssertionError("publish to " + topic + " refused: " + ack);
        }
    }

    /** The centre of grid {@code i} (a row of squares from west to east). */
    public static double[] centre(int i) {
        return new double[] {LAT0 + SIZE / 2, LON0 + (i + 0.5) * SIZE};
    }

    public void grid(String id, int i) throws SQLException {
        zone(id, "grid", gridFeature(id, i));
    }

    /** Redraws a grid at position {@code i}, as an import that replaces the zone would. */
    public void moveGrid(String id, int i) throws SQLException {
        try (Connection c = jdbc.open();
                PreparedStatement st =
                        c.prepareStatement("update zone set feature = ?::jsonb, updated_at = now() where id = ?")) {
            st.setString(1, gridFeature(id, i));
            st.setString(2, id);
            st.executeUpdate();
        }
    }

    /** Grid {@code i} as a GeoJSON Feature, as the API imports it. */
    public static String gridFeature(String id, int i) {
        double w = LON0 + i * SIZE;
        double e = w + SIZE;
        double s = LAT0;
        double n = LAT0 + SIZE;
        String geometry = String.format(
                Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
                w,
                s,
                e,
                s,
                e,
                n,
                w,
                n,
                w,
                s);
        String code = "330402001001" + String.format(Locale.ROOT, "%03d", Math.abs(id.hashCode()) % 1000);
        String props = "{\"id\":\"" + id + "\",\"kind\":\"grid\",\"name\":\"" + id
                + "\",\"district\":\"330402\",\"code\":\"" + code + "\"}";
        return "{\"type\":\"Feature\",\"properties\":" + props + ",\"geometry\":" + geometry + "}";
    }

    /** A route along latitude {@link #LAT0} from lon0 to lon1, with a checkpoint at each end. */
    public void route(String id, double lon0, double lon1, double width) throws SQLException {
        String geometry = String.format(
                Locale.ROOT, "{\"type\":\"LineString\",\"coordinates\":[[%f,%f],[%f,%f]]}", lon0, LAT0, lon1, LAT0);
        String checkpoints = String.format(
                Locale.ROOT,
                "[{\"id\":\"cp-a\",\"lon\":%f,\"lat\":%f,\"radius\":20},{\"id\":\"cp-b\",\"lon\":%f,\"lat\":%f,"
                        + "\"radius\":20}]",
                lon0,
                LAT0,
                lon1,
                LAT0);
        String props = "{\"id\":\"" + id + "\",\"kind\":\"route\",\"name\":\"" + id
                + "\",\"district\":\"330402\",\"width\":" + width + ",\"checkpoints\":" + checkpoints + "}";
        zone(id, "route", "{\"type\":\"Feature\",\"properties\":" + props + ",\"geometry\":" + geometry + "}");
    }

    private void zone(String id, String kind, String feature) throws SQLException {
        try (Connection c = jdbc.open();
                PreparedStatement st = c.prepareStatement(
                        "insert into zone (id, kind, name, district, feature) values (?,?,?,?,?::jsonb)")) {
            st.setString(1, id);
            st.setString(2, kind);
            st.setString(3, id);
            st.setString(4, "330402");
            st.setString(5, feature);
            st.executeUpdate();
        }
    }

    /** Inserts a shift and answers its id. {@code rules} is the JSON object of the API. */
    public long shift(String device, List<String> zones, Instant start, Instant end, String rules) throws SQLException {
        try (Connection c = jdbc.open();
                PreparedStatement st = c.prepareStatement("insert into shift (device, zones, start_at, end_at, rules)"
                        + " values (?,?,?,?,?::jsonb) returning id")) {
            st.setString(1, device);
            st.setArray(2, c.createArrayOf("text", zones.toArray()));
            st.setTimestamp(3, Timestamp.from(start));
            st.setTimestamp(4, Timestamp.from(end));
            st.setString(5, rules);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The shift's attendance row as column -> value, or an empty map when none is written yet. */
    public Map<String, Object> attendance(long shift) throws SQLException {
        List<Map<String, Object>> rows = query("select * from attendance where shift = ?", shift);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    /** The alerts of a shift (or, with shift null, of the device), oldest first. */
    public List<Map<String, Object>> alerts(String device, Long shift) throws SQLException {
        return shift == null
                ? query("select * from alert where device = ? order by id", device)
                : query("select * from alert where shift = ? order by id", shift);
    }

    public List<Map<String, Object>> alerts(long shift, String kind) throws SQLException {
        return query("select * from alert where shift = ? and kind = ? order by id", shift, kind);
    }

    private List<Map<String, Object>> query(String sql, Object... args) throws SQLException {
        try (Connection c = jdbc.open();
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
                        row.put(rs.getMetaData().getColumnName(k), rs.getObject(k));
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }

    /** Polls until the value meets the condition (the server works asynchronously); fails with the last value. */
    public static <T> T await(Duration timeout, Value<T> value, java.util.function.Predicate<T> ok) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = value.get();
            if (ok.test(last)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not reached within " + timeout + "; last seen: " + last);
    }

    /** A value read from the database. */
    public interface Value<T> {
        T get() throws Exception;
    }

    /** Fixes every {@code step} from {@code from} (inclusive) to {@code to} (exclusive) moving linearly. */
    public static List<String> walk(
            Instant from, Instant to, Duration step, double lat0, double lon0, double lat1, double lon1, double acc) {
        List<String> out = new ArrayList<>();
        long n = Duration.between(from, to).dividedBy(step);
        for (long k = 0; k < n; k++) {
            double f = n <= 1 ? 0 : (double) k / (n - 1);
            out.add(fix(from.plus(step.multipliedBy(k)), lat0 + f * (lat1 - lat0), lon0 + f * (lon1 - lon0), acc));
        }
        return out;
    }

    public static String fix(Instant ts, double lat, double lon, double acc) {
        return String.format(
                Locale.ROOT, "{\"ts\":%d,\"lat\":%.7f,\"lon\":%.7f,\"acc\":%.1f}", ts.toEpochMilli(), lat, lon, acc);
    }

    public static String batch(List<String> fixes) {
        StringJoiner j = new StringJoiner(",", "[", "]");
        fixes.forEach(j::add);
        return j.toString();
    }
}
