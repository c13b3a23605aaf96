package org.patrolgrid.simulators.scenario;

import java.time.Instant;
import java.util.List;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.simulators.staff.Behaviour;
import org.patrolgrid.simulators.staff.Expectation;

/** One shift of a scenario with the behaviour scripted for it and its ground truth. */
public record ScenarioShift(
        String device,
        List<String> zones,
        Instant start,
        Instant end,
        ShiftRules rules,
        Behaviour behaviour,
        Expectation expected) {
    public ScenarioShift {
        zones = List.copyOf(zones);
    }
}
