package org.patrolgrid.simulators.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patrolgrid.simulators.staff.Behaviour;

class ExpectedCoverageTest {
    private static final Scenario SCENARIO =
            Scenario.generate(7, 12, 4, LocalDate.of(2026, 11, 2)).withUsedZonesOnly();

    @Test
    void onlyAreaShiftsHaveAnExpectedCoverage() {
        Map<ScenarioShift, Double> coverage = ExpectedCoverage.of(SCENARIO);
        for (ScenarioShift shift : SCENARIO.shifts()) {
            boolean collector = shift.device().contains("-c");
            assertEquals(collector, coverage.containsKey(shift), shift.device());
        }
    }

    @Test
    void absentCollectorsCoverNothingAndWalkersCoverMuch() {
        Map<ScenarioShift, Double> coverage = ExpectedCoverage.of(SCENARIO);
        boolean sawWalker = false;
        for (Map.Entry<ScenarioShift, Double> e : coverage.entrySet()) {
            assertTrue(e.getValue() >= 0 && e.getValue() <= 1);
            if (e.getKey().behaviour() == Behaviour.ABSENT) {
                assertEquals(0.0, e.getValue());
            }
            if (e.getKey().behaviour() == Behaviour.ON_TIME) {
                assertTrue(e.getValue() > 0.4, "an on-time walker covers much of the area: " + e.getValue());
                sawWalker = true;
            }
        }
        assertFalse(coverage.isEmpty());
        assertTrue(sawWalker, "the standard mix has on-time collectors");
    }
}
