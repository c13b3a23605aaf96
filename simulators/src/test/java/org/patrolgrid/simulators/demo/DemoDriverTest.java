package org.patrolgrid.simulators.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolgrid.simulators.load.MosquittoBroker;
import org.patrolgrid.simulators.scenario.DemoHarness;

/** The in-process demo against a stand-in API and a real Mosquitto broker, with a fixed clock. */
class DemoDriverTest {
    private static final Instant NOW = Instant.parse("2026-11-27T02:07:30Z");

    @TempDir
    Path dir;

    @Test
    void setsUpTodaysShiftsAroundNowAndPlaysTheBacklogAtOnce() throws Exception {
        assumeTrue(MosquittoBroker.installed(), "mosquitto is not installed");
        try (DemoHarness server = DemoHarness.start(dir)) {
            DemoOptions options = new DemoOptions(
                    server.httpPort(), server.mqttPort(), "pw", 9, Clock.fixed(NOW, ZoneOffset.UTC), 4, 4);
            DemoDriver demo = server.await(DemoDriver.start(server.vertx(), options));
            assertEquals(8, server.shifts().size());
            JsonObject first = server.shifts().get(0);
            assertEquals("2026-11-27T01:52:00Z", first.getString("start")); // 15 minutes ago, on the minute
            assertEquals(5.0, first.getJsonObject("rules").getDouble("graceMinutes"));
            assertTrue(server.deviceIds().contains("demo-c01"));

            server.await(server.positionsReach(20));
            assertTrue(server.positions().stream().allMatch(p -> p.getLong("ts") <= NOW.toEpochMilli()));
            Set<String> moving =
                    server.positions().stream().map(p -> p.getString("device")).collect(Collectors.toSet());
            assertTrue(moving.size() >= 4, "devices sending: " + moving);
            server.await(demo.stop());
            assertTrue(demo.fixesSent() > 0);
        }
    }
}
