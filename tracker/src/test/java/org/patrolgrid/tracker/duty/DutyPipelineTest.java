package org.patrolgrid.tracker.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.patrolgrid.tracker.support.DutyWorld.await;
import static org.patrolgrid.tracker.support.DutyWorld.batch;
import static org.patrolgrid.tracker.support.DutyWorld.centre;
import static org.patrolgrid.tracker.support.DutyWorld.walk;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patrolgrid.tracker.support.Devices;
import org.patrolgrid.tracker.support.DutyWorld;
import org.patrolgrid.tracker.support.TestServer;

/**
 * Attendance and alerts end to end: the real server, zones and shifts written to its database, positions uploaded
 * over MQTT as batches of past fixes (event time), outcomes read back from the tables.
 */
class DutyPipelineTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration STEP = Duration.ofSeconds(30);
    private static TestServer server;
    private static DutyWorld world;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start("--roster-refresh", "200ms");
        world = new DutyWorld(server::jdbc);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** "Now" for the test, fixed once so that every fix time and shift bound lines up to the millisecond. */
    private Instant now;

    @BeforeEach
    void fixNow() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private Instant minutesAgo(long minutes) {
        return now.minus(Duration.ofMinutes(minutes));
    }

    private static Instant ago(Instant now, long minutes) {
        return now.minus(Duration.ofMinutes(minutes));
    }

    private static Mqtt5BlockingClient device(String id) throws Exception {
        return Devices.connectV5(server.mqttPort(), id, world.device(id));
    }

    private static void upload(Mqtt5BlockingClient c, String device, List<String> fixes) {
        DutyWorld.publish(c, "devices/" + device + "/positions", batch(fixes));
    }

    private static Instant time(Object timestamp) {
        return ((Timestamp) timestamp).toInstant();
    }

    @Test
    void collectorOnTimeWhoPatrolsIsPresentWithCoverageOfTheGridsWalked() throws Exception {
        world.grid("p-g0", 0);
        world.grid("p-g1", 1);
        world.grid("p-g2", 2);
        Mqtt5BlockingClient c = device("p-1");
        Instant start = minutesAgo(60);
        Instant end = minutesAgo(2);
        double[] a = centre(0);
        double[] b = centre(1);
        upload(c, "p-1", walk(start.minus(Duration.ofMinutes(1)), end, STEP, a[0], a[1], b[0], b[1], 5));
        long shift = world.shift("p-1", List.of("p-g0", "p-g1", "p-g2"), start, end, "{\"minCoverage\":0}");

        Map<String, Object> record = await(WAIT, () -> world.attendance(shift), r -> "present".equals(r.get("status")));
        assertEquals(start, time(record.get("arrived_at")));
        assertEquals(2, record.get("grids_visited"));
        assertEquals(3, record.get("grids_total"));
        assertEquals(
                List.of("p-g0", "p-g1"), List.of((Object[]) ((java.sql.Array) record.get("visited_grids")).getArray()));
        assertTrue(world.alerts("p-1", shift).isEmpty(), () -> "no alerts expected: " + alerts(shift));
        c.disconnect();
    }

    @Test
    void arrivalAfterGraceIsLateAndEndsTheAbsence() throws Exception {
        world.grid("l-g0", 0);
        Mqtt5BlockingClient c = device("l-1");
        long shift = world.shift("l-1", List.of("l-g0"), minutesAgo(30), minutesAgo(-30), "{\"graceMinutes\":10}");
        await(WAIT, () -> world.alerts(shift, "absent"), list -> list.size() == 1);

        Instant arrival = minutesAgo(15);
        double[] a = centre(0);
        upload(c, "l-1", walk(arrival, minutesAgo(1), STEP, a[0] - 0.0003, a[1], a[0] + 0.0003, a[1], 5));

        Map<String, Object> late = await(WAIT, () -> world.alerts(shift, "late"), list -> list.size() == 1)
                .get(0);
        assertEquals(arrival, time(late.get("opened_at")));
        Map<String, Object> absent = await(WAIT, () -> world.alerts(shift, "absent"), l -> "resolved"
                        .equals(l.get(0).get("status")))
                .get(0);
        // The person really was missing at the deadline: the absence ends as cleared, not as late data.
        assertEquals("condition_cleared", absent.get("resolution"));
        assertEquals(arrival, time(absent.get("resolved_at")));
        Map<String, Object> record = await(WAIT, () -> world.attendance(shift), r -> r.get("arrived_at") != null);
        assertEquals(arrival, time(record.get("arrived_at")));
        assertEquals("on_duty", record.get("status"));
        c.disconnect();
    }

    @Test
    void noDataAtAllOpensAbsentWithinTwoSecondsOfStartPlusGrace() throws Exception {
        world.grid("a-g0", 0);
        world.device("a-1");
        Instant start = Instant.now().plusMillis(500).truncatedTo(ChronoUnit.MILLIS);
        Instant deadline = start.plusMillis(1_200);
        long shift =
                world.shift("a-1", List.of("a-g0"), start, start.plus(Duration.ofHours(1)), "{\"graceMinutes\":0.02}");

        Map<String, Object> absent = await(WAIT, () -> world.alerts(shift, "absent"), l -> !l.isEmpty())
                .get(0);
        Instant seen = Instant.now();
        assertTrue(seen.isBefore(deadline.plusSeconds(2)), () -> "seen at " + seen + ", deadline " + deadline);
        Instant opened = time(absent.get("opened_at"));
        assertTrue(!opened.isBefore(deadline) && opened.isBefore(deadline.plusSeconds(2)), () -> "opened " + opened);
        assertEquals("open", absent.get("status"));
        await(WAIT, () -> world.attendance(shift), r -> "absent".equals(r.get("status")));
    }

    @Test
    void leavingLongerThanToleranceOpensOffPostThatResolvesOnReturn() throws Exception {
        world.grid("o-g0", 0);
        Mqtt5BlockingClient c = device("o-1");
        long shift = world.shift("o-1", List.of("o-g0"), minutesAgo(40), minutesAgo(-20), "{\"offPostMinutes\":5}");
        await(WAIT, () -> world.attendance(shift), r -> !r.isEmpty());
        double[] a = centre(0);
        double farLat = a[0] + 0.004;
        List<String> fixes = new ArrayList<>();
        fixes.addAll(walk(minutesAgo(40), minutesAgo(30), STEP, a[0] - 0.0002, a[1], a[0] + 0.0002, a[1], 5));
        fixes.addAll(walk(minutesAgo(30), minutesAgo(20), STEP, farLat, a[1], farLat + 0.0003, a[1], 5));
        fixes.addAll(walk(minutesAgo(20), minutesAgo(1), STEP, a[0] + 0.0002, a[1], a[0] - 0.0002, a[1], 5));
        upload(c, "o-1", fixes);

        Map<String, Object> offPost = await(
                        WAIT,
                        () -> world.alerts(shift, "off_post"),
                        l -> !l.isEmpty() && l.get(0).get("resolved_at") != null)
                .get(0);
        Instant opened = time(offPost.get("opened_at"));
        assertTrue(
                !opened.isBefore(minutesAgo(25).minusSeconds(1)) && opened.isBefore(minutesAgo(20)), opened::toString);
        assertEquals("condition_cleared", offPost.get("resolution"));
        assertEquals(
                minutesAgo(20).getEpochSecond() / 10,
                time(offPost.get("resolved_at")).getEpochSecond() / 10);
        Map<String, Object> record =
                await(WAIT, () -> world.attendance(shift), r -> (double) r.get("off_post_minutes") > 0);
        assertEquals(10.0, (double) record.get("off_post_minutes"), 0.01);
        assertEquals(1, world.alerts(shift, "off_post").size());
        String metrics = metrics();
        assertTrue(metrics.contains("patrolgrid_alerts_opened_total{kind=\"off_post\"}"), metrics);
        assertTrue(metrics.contains("patrolgrid_duty_timer_lag_seconds_count"), metrics);
        assertTrue(metrics.contains("patrolgrid_pipeline_step_latency_seconds_count{step=\"attendance\"}"), metrics);
        c.disconnect();
    }

    private static String metrics() throws Exception {
        return org.patrolgrid.tracker.support.Api.metrics(server.httpPort());
    }

    @Test
    void olderFixesUploadedAfterNewerOnesCorrectTheRecord() throws Exception {
        world.grid("b-g0", 0);
        Mqtt5BlockingClient c = device("b-1");
        long shift = world.shift(
                "b-1", List.of("b-g0"), ago(now, 30), ago(now, -30), "{\"offPostMinutes\":5,\"graceMinutes\":60}");
        await(WAIT, () -> world.attendance(shift), r -> !r.isEmpty());
        double[] a = centre(0);
        double farLat = a[0] + 0.004;
        upload(c, "b-1", walk(ago(now, 10), ago(now, 1), STEP, a[0] + 0.0002, a[1], a[0] - 0.0002, a[1], 5));
        await(WAIT, () -> world.attendance(shift), r -> r.get("arrived_at") != null);

        List<String> buffered = new ArrayList<>();
        // Walking pace: each step out and back stays under the impossible-speed limit.
        buffered.addAll(walk(ago(now, 30), ago(now, 20), STEP, a[0], a[1], a[0] + 0.0002, a[1], 5));
        buffered.addAll(walk(ago(now, 20), ago(now, 10), STEP, farLat + 0.0003, a[1], farLat, a[1], 5));
        upload(c, "b-1", buffered);

        Map<String, Object> record = await(
                WAIT, () -> world.attendance(shift), r -> Math.abs((double) r.get("off_post_minutes") - 10) < 0.01);
        assertEquals(ago(now, 30), time(record.get("arrived_at")));
        assertEquals("on_duty", record.get("status"));
        assertTrue(
                world.alerts(shift, "off_post").isEmpty(), "a spell that is over when it becomes known opens nothing");
        c.disconnect();
    }

    @Test
    void aRedrawnZoneRecomputesTheShiftOnTheNewGeometry() throws Exception {
        world.grid("z-g0", 0);
        Mqtt5BlockingClient c = device("z-1");
        long shift = world.shift("z-1", List.of("z-g0"), minutesAgo(30), minutesAgo(-30), "{\"graceMinutes\":60}");
        await(WAIT, () -> world.attendance(shift), r -> !r.isEmpty());
        double[] b = centre(1);
        upload(c, "z-1", walk(minutesAgo(20), minutesAgo(1), STEP, b[0] - 0.0002, b[1], b[0] + 0.0002, b[1], 5));
        assertNull(world.attendance(shift).get("arrived_at"), "walking next to the grid is not arriving");

        world.moveGrid("z-g0", 1);

        Map<String, Object> record = await(WAIT, () -> world.attendance(shift), r -> r.get("arrived_at") != null);
        assertEquals(minutesAgo(20), time(record.get("arrived_at")));
        c.disconnect();
    }

    @Test
    void gpsJitterAtTheEdgeAndOneStrayFixOpenNoAlert() throws Exception {
        world.grid("j-g0", 0);
        Mqtt5BlockingClient c = device("j-1");
        long shift = world.shift(
                "j-1", List.of("j-g0"), minutesAgo(30), minutesAgo(-30), "{\"offPostMinutes\":2,\"graceMinutes\":60}");
        await(WAIT, () -> world.attendance(shift), r -> !r.isEmpty());
        double lon = centre(0)[1];
        List<String> fixes = new ArrayList<>();
        Instant t = minutesAgo(29);
        for (int k = 0; t.isBefore(minutesAgo(1)); k++, t = t.plusSeconds(15)) {
            double lat = k % 2 == 0 ? DutyWorld.LAT0 + 3 / 111_000.0 : DutyWorld.LAT0 - 8 / 111_000.0;
            if (k == 40) {
                lat = DutyWorld.LAT0 - 150 / 111_000.0;
            }
            fixes.add(DutyWorld.fix(t, lat, lon + (k % 10) * 0.00005, k == 40 ? 5 : 10));
        }
        upload(c, "j-1", fixes);

        await(WAIT, () -> world.attendance(shift), r -> r.get("arrived_at") != null);
        assertTrue(world.alerts("j-1", shift).isEmpty(), () -> "no alerts expected: " + alerts(shift));
        c.disconnect();
    }

    @Test
    void silentDeviceThenBufferedUploadResolvesSignalLostWithLateData() throws Exception {
        world.grid("s-g0", 0);
        world.grid("s-g1", 1);
        Mqtt5BlockingClient c = device("s-1");
        double[] a = centre(0);
        double[] b = centre(1);
        upload(c, "s-1", walk(minutesAgo(40), minutesAgo(20), STEP, a[0] - 0.0002, a[1], a[0] + 0.0002, a[1], 5));
        long shift = world.shift(
                "s-1", List.of("s-g0", "s-g1"), minutesAgo(40), minutesAgo(-20), "{\"signalLostMinutes\":5}");
        await(WAIT, () -> world.alerts(shift, "signal_lost"), l -> l.size() == 1);
        await(WAIT, () -> world.attendance(shift), r -> Integer.valueOf(1).equals(r.get("grids_visited")));

        upload(c, "s-1", walk(minutesAgo(20), minutesAgo(1), STEP, a[0], a[1], b[0], b[1], 5));

        Map<String, Object> lost = await(WAIT, () -> world.alerts(shift, "signal_lost"), l -> "resolved"
                        .equals(l.get(0).get("status")))
                .get(0);
        assertEquals("late_data", lost.get("resolution"));
        await(WAIT, () -> world.attendance(shift), r -> Integer.valueOf(2).equals(r.get("grids_visited")));
        assertEquals(1, world.alerts(shift, "signal_lost").size());
        assertTrue(world.alerts(shift, "absent").isEmpty());
        c.disconnect();
    }

    /**
     * Positions reach the owner while their commit still runs. An out-of-order upload makes the owner rebuild the shift
     * from storage, and that rebuild must read the upload itself: here the upload's commit is held back by a table
     * lock (reads still pass), and the record may only show the off-post half hour the upload reveals once it is
     * committed. A rebuild that did not wait would read storage without it and leave the record at 0 off-post minutes.
     */
    @Test
    void outOfOrderUploadIsRebuiltFromStorageOnlyOnceItIsCommitted() throws Exception {
        world.grid("q-g0", 0);
        Mqtt5BlockingClient c = device("q-1");
        double[] a = centre(0);
        long shift = world.shift("q-1", List.of("q-g0"), minutesAgo(40), minutesAgo(-20), "{\"graceMinutes\":5}");
        await(WAIT, () -> world.attendance(shift), r -> !r.isEmpty());
        upload(c, "q-1", walk(minutesAgo(40), minutesAgo(30), STEP, a[0], a[1], a[0], a[1], 5));
        upload(c, "q-1", walk(minutesAgo(5), minutesAgo(1), STEP, a[0], a[1], a[0], a[1], 5));
        await(WAIT, () -> world.attendance(shift), r -> r.get("left_at") == null && "on_duty".equals(r.get("status")));
        double away = a[0] + 0.01; // about 1 km north of the grid
        List<String> buffered = walk(minutesAgo(30), minutesAgo(5), STEP, away, a[1], away, a[1], 5);

        CompletableFuture<?> acked;
        try (Connection lock = server.jdbc();
                Statement statement = lock.createStatement()) {
            lock.setAutoCommit(false);
            statement.execute("lock table position in exclusive mode");
            long seen = pipelineCount();
            acked = c.toAsync()
                    .publishWith()
                    .topic("devices/q-1/positions")
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .payload(batch(buffered).getBytes(StandardCharsets.UTF_8))
                    .send();
            // The owner has run the upload through its pipeline (and asked for the rebuild) while the insert waits.
            await(WAIT, DutyPipelineTest::pipelineCount, n -> n >= seen + buffered.size());
            await(WAIT, () -> queriesNotWaitingOnALock(lock), n -> n == 0);
            assertEquals(0.0, (double) world.attendance(shift).get("off_post_minutes"), "no rebuild before the commit");
            assertFalse(acked.isDone(), "the upload is not acknowledged before its commit");
            lock.commit();
        }
        acked.get(10, TimeUnit.SECONDS);
        Map<String, Object> record =
                await(WAIT, () -> world.attendance(shift), r -> (double) r.get("off_post_minutes") >= 20);
        assertTrue((double) record.get("off_post_minutes") <= 26, () -> "off post " + record.get("off_post_minutes"));
        c.disconnect();
    }

    /** Positions that went through the filter step of the pipeline, from /metrics. */
    private static long pipelineCount() throws Exception {
        String metrics = metrics();
        return metrics.lines()
                .filter(l -> l.startsWith("patrolgrid_pipeline_step_latency_seconds_count{step=\"filter\"}"))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Statements running on the server's database other than ours, except those waiting for a lock. */
    private static long queriesNotWaitingOnALock(Connection ours) throws Exception {
        try (Statement statement = ours.createStatement();
                var rs = statement.executeQuery(
                        "select count(*) from pg_stat_activity where state = 'active' and pid <> pg_backend_pid()"
                                + " and datname = current_database() and wait_event_type is distinct from 'Lock'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void routeWithAMissedCheckpointOpensCheckpointMissedAndAdherenceMatchesThePath() throws Exception {
        double lon0 = DutyWorld.LON0;
        double lon1 = lon0 + 0.004;
        world.route("r-r", lon0, lon1, 30);
        Mqtt5BlockingClient c = device("r-1");
        Instant start = minutesAgo(30);
        Instant end = minutesAgo(4);
        double half = (lon0 + lon1) / 2;
        upload(
                c,
                "r-1",
                walk(start.minus(Duration.ofMinutes(1)), end, STEP, DutyWorld.LAT0, lon0, DutyWorld.LAT0, half, 5));
        long shift = world.shift("r-1", List.of("r-r"), start, end, "{\"minCoverage\":0}");

        Map<String, Object> record =
                await(WAIT, () -> world.attendance(shift), r -> "incomplete".equals(r.get("status")));
        assertEquals(1, record.get("checkpoints_visited"));
        assertEquals(2, record.get("checkpoints_total"));
        double adherence = (double) record.get("route_adherence");
        assertTrue(adherence > 0.4 && adherence < 0.6, () -> "adherence " + adherence);
        Map<String, Object> missed = await(WAIT, () -> world.alerts(shift, "checkpoint_missed"), l -> l.size() == 1)
                .get(0);
        assertEquals("open", missed.get("status"));
        assertTrue(world.alerts(shift, "route_deviation").isEmpty());
        c.disconnect();
    }

    @Test
    void mockFlaggedOrTeleportingFixesAreSuspicious() throws Exception {
        world.grid("m-g0", 0);
        Mqtt5BlockingClient mocked = device("m-1");
        Mqtt5BlockingClient jumper = device("m-2");
        String rules = "{\"graceMinutes\":60}";
        long mockShift = world.shift("m-1", List.of("m-g0"), minutesAgo(20), minutesAgo(-40), rules);
        long jumpShift = world.shift("m-2", List.of("m-g0"), minutesAgo(20), minutesAgo(-40), rules);
        await(WAIT, () -> world.attendance(jumpShift), r -> !r.isEmpty());
        await(WAIT, () -> world.attendance(mockShift), r -> !r.isEmpty());
        double[] a = centre(0);
        List<String> mockFixes = new ArrayList<>(walk(minutesAgo(5), minutesAgo(1), STEP, a[0], a[1], a[0], a[1], 5));
        mockFixes.set(3, mockFixes.get(3).replace("}", ",\"mock\":true}"));
        upload(mocked, "m-1", mockFixes);
        List<String> jumpFixes = new ArrayList<>(walk(minutesAgo(5), minutesAgo(1), STEP, a[0], a[1], a[0], a[1], 5));
        jumpFixes.set(3, DutyWorld.fix(minutesAgo(5).plus(STEP.multipliedBy(3)), a[0] + 0.05, a[1], 5));
        upload(jumper, "m-2", jumpFixes);

        Map<String, Object> mock = await(WAIT, () -> world.alerts(mockShift, "suspicious_location"), l -> l.size() == 1)
                .get(0);
        assertTrue(String.valueOf(mock.get("detail")).contains("mock"), () -> "detail " + mock.get("detail"));
        Map<String, Object> jump = await(WAIT, () -> world.alerts(jumpShift, "suspicious_location"), l -> l.size() == 1)
                .get(0);
        assertNull(jump.get("resolved_at"));
        mocked.disconnect();
        jumper.disconnect();
    }

    private static String alerts(long shift) {
        try {
            return String.valueOf(world.alerts(null, shift));
        } catch (Exception e) {
            return e.toString();
        }
    }
}
