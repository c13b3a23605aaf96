package org.patrolgrid.simulators.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolgrid.simulators.staff.Behaviour;
import org.patrolgrid.simulators.trace.Trace;
import org.patrolgrid.simulators.trace.TracePoint;

class ScenarioFileTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private static Scenario scenario;

    @BeforeAll
    static void generate() {
        List<TracePoint> points = new ArrayList<>();
        long t0 = Instant.parse("2008-10-24T02:09:59Z").toEpochMilli();
        for (int i = 0; i < 50; i++) {
            points.add(new TracePoint(t0 + 5000L * i, 40.0 + 0.00005 * i, 116.3 + 0.00002 * i, Double.NaN));
        }
        scenario = ScenarioGenerator.standard(11)
                .generate(3, 2, DAY, ShiftWindows.morningOf(DAY), List.of(new Trace("walk", points)));
    }

    @Test
    void writtenScenarioReadsBackEqual() {
        byte[] bytes = write(scenario);
        Scenario back = ScenarioFile.read(new ByteArrayInputStream(bytes));
        assertEquals(scenario, back);
        assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(write(back), StandardCharsets.UTF_8));
    }

    @Test
    void fileCarriesWorldShiftsTruthAndTraceDevice() throws IOException {
        JsonNode root = new ObjectMapper().readTree(write(scenario));
        assertEquals(ScenarioFile.FORMAT, root.get("format").asText());
        assertEquals("FeatureCollection", root.get("world").get("type").asText());
        assertEquals(6, root.get("devices").size());
        assertEquals(5, root.get("shifts").size());
        JsonNode shift = root.get("shifts").get(0);
        assertEquals("2026-11-26T00:00:00Z", shift.get("start").asText()); // 08:00 Asia/Shanghai
        assertEquals(0.25, shift.get("rules").get("minCoverage").asDouble());
        assertTrue(shift.get("expected").has("status"));
        JsonNode trace = root.get("fixes").get("sim11-t01");
        assertEquals(50, trace.size());
        assertEquals(
                Instant.parse("2026-11-26T00:00:00Z").toEpochMilli(),
                trace.get(0).get(0).asLong());
    }

    @Test
    void trimmedWorldKeepsTheShiftZonesAndTheirGridsOnly() throws IOException {
        Scenario trimmed = scenario.withUsedZonesOnly();
        JsonNode features = new ObjectMapper().readTree(trimmed.worldGeoJson()).get("features");
        java.util.Set<String> ids = new java.util.HashSet<>();
        features.forEach(f -> ids.add(f.get("properties").get("id").asText()));
        scenario.shifts()
                .forEach(s -> assertTrue(ids.containsAll(s.zones()), s.zones().toString()));
        for (JsonNode f : features) {
            f.get("properties").path("grids").forEach(g -> assertTrue(ids.contains(g.asText())));
        }
        long areaGrids = 0;
        for (JsonNode f : features) {
            areaGrids += f.get("properties").path("grids").size();
        }
        assertTrue(ids.size() <= 5 + areaGrids, "only shift zones and their grids: " + ids.size());
        assertEquals(scenario.fixes(), trimmed.fixes());
    }

    @Test
    void everyBehaviourFirstGivesTheFirstCollectorsOneBehaviourEach() {
        Scenario demo = ScenarioGenerator.standard(11).withEveryBehaviourFirst().generate(12, 0, DAY);
        for (int i = 0; i < Behaviour.values().length; i++) {
            assertEquals(Behaviour.values()[i], demo.shifts().get(i).behaviour());
        }
    }

    @Test
    void refusesOtherJson() {
        byte[] other = "{\"format\":\"something/2\"}".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> ScenarioFile.read(new ByteArrayInputStream(other)));
    }

    private static byte[] write(Scenario s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScenarioFile.write(s, out);
        return out.toByteArray();
    }
}
