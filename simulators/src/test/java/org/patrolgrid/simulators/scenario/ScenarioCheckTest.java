package org.patrolgrid.simulators.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.simulators.staff.Behaviour;
import org.patrolgrid.simulators.staff.Expectation;

/** The comparison on hand-written server answers shaped like CONTRACT §3. */
class ScenarioCheckTest {
    private static final Instant START = Instant.parse("2026-11-27T00:00:00Z");

    private static final Scenario SCENARIO = new Scenario(
            1,
            LocalDate.of(2026, 11, 27),
            "{\"type\":\"FeatureCollection\",\"features\":[]}",
            List.of(),
            List.of(
                    shift("d1", Behaviour.LATE, Expectation.of("late", Set.of("late"))),
                    shift("d2", Behaviour.STATIONARY, Expectation.of("present", Set.of("stationary"))),
                    shift("d3", Behaviour.ON_TIME, Expectation.of("present", Set.of()))),
            Map.of());

    private static ScenarioShift shift(String device, Behaviour behaviour, Expectation expected) {
        return new ScenarioShift(
                device,
                List.of("area-1"),
                START,
                START.plusSeconds(4 * 3600),
                ShiftRules.DEFAULTS,
                behaviour,
                expected);
    }

    private static JsonObject record(String shift, String device, String status) {
        // the server may write the start with the Shanghai offset: still the same instant
        return new JsonObject()
                .put("shift", shift)
                .put("device", device)
                .put("start", START.atOffset(ZoneOffset.ofHours(8)).toString())
                .put("status", status);
    }

    private static JsonObject alert(String shift, String kind, String status) {
        return new JsonObject()
                .put("id", kind + shift)
                .put("shift", shift)
                .put("kind", kind)
                .put("status", status);
    }

    private static String attendance(String d3Status) {
        return new JsonArray()
                .add(record("s1", "d1", "late"))
                .add(record("s2", "d2", "present"))
                .add(record("s3", "d3", d3Status))
                .encode();
    }

    @Test
    void matchingAnswersMatchWithResolvedUploadArtefactsTolerated() {
        String alerts = new JsonArray()
                .add(alert("s1", "late", "open"))
                .add(alert("s1", "absent", "resolved"))
                .add(alert("s2", "stationary", "acknowledged"))
                .add(alert("s3", "signal_lost", "resolved"))
                .encode();
        ScenarioDiff diff = ScenarioCheck.compare(SCENARIO, attendance("present"), alerts);
        assertTrue(diff.matches(), diff.report());
        assertTrue(diff.report().endsWith("3 shifts, 3 match, 0 mismatch\n"));
    }

    @Test
    void wrongStatusMissingAndUnexpectedAlertsAreMismatches() {
        String alerts = new JsonArray()
                .add(alert("s1", "late", "open"))
                .add(alert("s3", "absent", "open")) // tolerated only once resolved
                .add(alert("s3", "off_post", "resolved"))
                .encode();
        ScenarioDiff diff = ScenarioCheck.compare(SCENARIO, attendance("incomplete"), alerts);
        assertFalse(diff.matches());
        assertEquals(2, diff.mismatches());
        ShiftDiff d2 = diff.shifts().get(1);
        assertEquals(Set.of("stationary"), d2.missingAlerts());
        ShiftDiff d3 = diff.shifts().get(2);
        assertEquals("incomplete", d3.actualStatus());
        assertEquals(Set.of("absent", "off_post"), d3.unexpectedAlerts());
        assertEquals("MISMATCH d3 on_time: status present != incomplete, unexpected [absent, off_post]", d3.line());
    }

    @Test
    void aShiftTheServerDoesNotKnowIsAMismatch() {
        ScenarioDiff diff = ScenarioCheck.compare(SCENARIO, "[]", "[]");
        assertEquals(3, diff.mismatches());
        assertNull(diff.shifts().get(0).actualStatus());
        assertTrue(diff.shifts().get(0).line().contains("(no record)"));
    }
}
