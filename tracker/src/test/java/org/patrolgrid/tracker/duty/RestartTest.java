package org.patrolgrid.tracker.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.patrolgrid.tracker.support.DutyWorld.await;
import static org.patrolgrid.tracker.support.DutyWorld.batch;
import static org.patrolgrid.tracker.support.DutyWorld.centre;
import static org.patrolgrid.tracker.support.DutyWorld.walk;

import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolgrid.tracker.support.Devices;
import org.patrolgrid.tracker.support.DutyWorld;
import org.patrolgrid.tracker.support.ServerProcess;
import org.patrolgrid.tracker.support.TestDatabase;
import org.patrolgrid.tracker.support.TestServer;

/** kill -9 in the middle of a shift: after the restart the shift goes on from the stored state, nothing twice. */
class RestartTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration STEP = Duration.ofSeconds(30);

    @Test
    void killNineMidShiftChangesNoOutcome(@TempDir Path dataDir) throws Exception {
        String db = TestDatabase.create();
        String[] args = {
            "--db",
            db,
            "--data-dir",
            dataDir.toString(),
            "--mqtt-port",
            "0",
            "--http-port",
            "0",
            "--admin-password",
            "restart-test",
            "--host",
            "127.0.0.1",
            "--roster-refresh",
            "200ms"
        };
        DutyWorld world = new DutyWorld(() -> TestServer.jdbc(db));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        double[] a = centre(0);
        double farLat = a[0] + 0.004;
        long shift;
        try (ServerProcess first = ServerProcess.start(args)) {
            int mqtt = first.awaitReady(120)[0];
            world.grid("k-g0", 0);
            String secret = world.device("k-1");
            shift = world.shift(
                    "k-1",
                    List.of("k-g0"),
                    ago(now, 40),
                    ago(now, -20),
                    "{\"offPostMinutes\":5,\"graceMinutes\":60,\"signalLostMinutes\":60}");
            await(WAIT, () -> world.attendance(shift), r -> !r.isEmpty());
            Mqtt5BlockingClient c = Devices.connectV5(mqtt, "k-1", secret);
            List<String> in = walk(ago(now, 40), ago(now, 30), STEP, a[0] - 0.0002, a[1], a[0] + 0.0002, a[1], 5);
            List<String> out = walk(ago(now, 30), ago(now, 20), STEP, farLat, a[1], farLat + 0.0003, a[1], 5);
            DutyWorld.publish(c, "devices/k-1/positions", batch(in));
            DutyWorld.publish(c, "devices/k-1/positions", batch(out));
            await(WAIT, () -> world.alerts(shift, "off_post"), l -> l.size() == 1);
            first.kill();
        }
        try (ServerProcess second = ServerProcess.start(args)) {
            int mqtt = second.awaitReady(120)[0];
            Mqtt5BlockingClient c = Devices.connectV5(mqtt, "k-1", secretOf(world));
            List<String> back = walk(ago(now, 20), ago(now, 1), STEP, a[0] + 0.0002, a[1], a[0] - 0.0002, a[1], 5);
            DutyWorld.publish(c, "devices/k-1/positions", batch(back));

            List<Map<String, Object>> offPost;
            try {
                offPost = await(
                        WAIT,
                        () -> world.alerts(shift, "off_post"),
                        l -> l.get(0).get("resolved_at") != null);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nserver log:\n" + second.stderr(), e);
            }
            assertEquals(1, offPost.size(), () -> "one off_post alert: " + offPost);
            assertEquals("condition_cleared", offPost.get(0).get("resolution"));
            assertEquals(ago(now, 20), ((Timestamp) offPost.get(0).get("resolved_at")).toInstant());
            // The record written before the kill counted the spell up to then; the restarted owner rewrites it.
            Map<String, Object> record = await(
                    WAIT, () -> world.attendance(shift), r -> Math.abs((double) r.get("off_post_minutes") - 10) < 0.01);
            assertEquals(ago(now, 40), ((Timestamp) record.get("arrived_at")).toInstant());
            assertEquals("on_duty", record.get("status"));
            List<Map<String, Object>> all = world.alerts("k-1", shift);
            assertTrue(all.stream().allMatch(x -> "off_post".equals(x.get("kind"))), () -> "only off_post: " + all);
            c.disconnect();
        }
    }

    private static String secretOf(DutyWorld world) throws Exception {
        return world.rotateSecret("k-1");
    }

    private static Instant ago(Instant now, long minutes) {
        return now.minus(Duration.ofMinutes(minutes));
    }
}
