package org.patrolgrid.simulators.scenario;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolgrid.simulators.staff.SimFix;

/**
 * A complete, self-contained test day: the world as a GeoJSON FeatureCollection (CONTRACT §3 zone properties), the
 * devices, their shifts with ground truth, and every device's fixes in fix-time order (devices without a shift, such
 * as replayed traces, only send fixes). Immutable.
 */
public record Scenario(
        long seed,
        LocalDate day,
        String worldGeoJson,
        List<StaffMember> devices,
        List<ScenarioShift> shifts,
        Map<String, List<SimFix>> fixes) {
    public Scenario {
        devices = List.copyOf(devices);
        shifts = List.copyOf(shifts);
        Map<String, List<SimFix>> copy = new LinkedHashMap<>();
        fixes.forEach((device, list) -> copy.put(device, List.copyOf(list)));
        fixes = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The standard scenario: the Jiaxing world of {@code seed}, {@code collectors} on patrol areas (08:00–12:00
     * Asia/Shanghai) and {@code officers} on posts and routes (08:30–11:30), behaviours from the standard mix.
     */
    public static Scenario generate(long seed, int collectors, int officers, LocalDate day) {
        return ScenarioGenerator.standard(seed).generate(collectors, officers, day);
    }

    /** The same scenario with only the zones its shifts use (and their unit grids) in the world. */
    public Scenario withUsedZonesOnly() {
        return WorldTrim.usedZonesOnly(this);
    }

    public int fixCount() {
        return fixes.values().stream().mapToInt(List::size).sum();
    }
}
