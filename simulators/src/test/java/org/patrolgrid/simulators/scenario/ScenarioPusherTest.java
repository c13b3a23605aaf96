package org.patrolgrid.simulators.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.patrolgrid.simulators.scenario.StandInServer.await;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolgrid.simulators.load.MosquittoBroker;
import org.patrolgrid.simulators.staff.SimFix;

/** Pushing a scenario to a stand-in API and a real Mosquitto broker. */
class ScenarioPusherTest {
    @TempDir
    Path dir;

    @Test
    void pushImportsRegistersCreatesShiftsAndUploadsEveryFixInOrder() throws Exception {
        assumeTrue(MosquittoBroker.installed(), "mosquitto is not installed");
        LocalDate day = LocalDate.of(2026, 11, 27);
        Scenario scenario = ScenarioGenerator.standard(5).generate(4, 2, day);
        Clock afterwards = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
        try (StandInServer server = new StandInServer(dir)) {
            List<String> progress = new ArrayList<>();
            PushReport report = await(
                    new ScenarioPusher(server.vertx, server.endpoint(), afterwards, progress::add).push(scenario));
            await(server.positionsReach(scenario.fixCount()));

            assertEquals(scenario.worldGeoJson().split("\"Feature\"").length - 1, server.zonesPosted.get());
            assertEquals(6, report.devices());
            assertEquals(6, server.shifts.size());
            assertEquals(scenario.fixCount(), report.fixesSent());
            assertEquals(0, report.fixesSkipped());
            JsonObject shift = server.shifts.get(0);
            assertEquals(scenario.shifts().get(0).start().toString(), shift.getString("start"));
            assertEquals(0.25, shift.getJsonObject("rules").getDouble("minCoverage"));
            assertTrue(progress.size() >= 2);

            Map<String, List<JsonObject>> byDevice =
                    server.positions.stream().collect(Collectors.groupingBy(p -> p.getString("device")));
            for (Map.Entry<String, List<SimFix>> e : scenario.fixes().entrySet()) {
                List<JsonObject> got = byDevice.getOrDefault(e.getKey(), List.of());
                assertEquals(e.getValue().size(), got.size(), e.getKey());
                for (int i = 0; i < got.size(); i++) {
                    SimFix f = e.getValue().get(i);
                    assertEquals(f.ts(), got.get(i).getLong("ts"));
                    assertEquals(f.lat(), got.get(i).getDouble("lat"));
                    assertEquals(f.mock(), got.get(i).getBoolean("mock", false));
                }
            }
        }
    }

    @Test
    void fixesTooFarInTheFutureAreSkipped() throws Exception {
        assumeTrue(MosquittoBroker.installed(), "mosquitto is not installed");
        LocalDate day = LocalDate.of(2026, 11, 27);
        Scenario scenario = ScenarioGenerator.standard(5).generate(2, 0, day);
        Clock midShift = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC); // 10:00 in Jiaxing
        long due = scenario.fixes().values().stream()
                .flatMap(List::stream)
                .filter(f -> f.ts() <= midShift.millis() + 4 * 60_000)
                .count();
        try (StandInServer server = new StandInServer(dir)) {
            PushReport report =
                    await(new ScenarioPusher(server.vertx, server.endpoint(), midShift, line -> {}).push(scenario));
            assertEquals(due, report.fixesSent());
            assertEquals(scenario.fixCount() - due, report.fixesSkipped());
            assertTrue(report.fixesSkipped() > 0);
        }
    }
}
