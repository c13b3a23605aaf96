package org.patrolgrid.simulators.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.patrolgrid.geofence.index.PreparedZone;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.Zone;
import org.patrolgrid.geofence.zone.ZoneFeatureReader;
import org.patrolgrid.simulators.staff.SimFix;

/**
 * The unit-grid coverage each area shift should get: the share of the area's grids that hold at least one of the
 * fixes the device sends within the shift, by a plain exact point-in-polygon test over the sent fixes (not the
 * server's index or raster). Mock-flagged fixes are left out: the server reports them as suspicious and does not count
 * them.
 */
public final class ExpectedCoverage {
    private ExpectedCoverage() {}

    /** Expected coverage by {@link ScenarioShift}; shifts that are not on a patrol area of grids are absent. */
    @SuppressWarnings("unchecked")
    public static Map<ScenarioShift, Double> of(Scenario scenario) {
        Object tree;
        try {
            tree = new ObjectMapper().readValue(scenario.worldGeoJson(), Object.class);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("scenario world is not GeoJSON", e);
        }
        Map<String, Zone> zones = new HashMap<>();
        new ZoneFeatureReader().readZones(tree).forEach(z -> zones.put(z.id(), z));
        Map<ScenarioShift, Double> out = new HashMap<>();
        for (ScenarioShift shift : scenario.shifts()) {
            areaGrids(shift, zones)
                    .ifPresent(grids -> out.put(
                            shift,
                            visitedShare(grids, scenario.fixes().getOrDefault(shift.device(), List.of()), shift)));
        }
        return out;
    }

    private static Optional<List<PreparedZone>> areaGrids(ScenarioShift shift, Map<String, Zone> zones) {
        if (shift.zones().size() != 1
                || !(zones.get(shift.zones().get(0)) instanceof AreaZone area)
                || area.gridIds().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(area.gridIds().stream()
                .map(zones::get)
                .filter(GridZone.class::isInstance)
                .map(PreparedZone::of)
                .toList());
    }

    private static double visitedShare(List<PreparedZone> grids, List<SimFix> fixes, ScenarioShift shift) {
        Set<String> visited = new HashSet<>();
        long start = shift.start().toEpochMilli();
        long end = shift.end().toEpochMilli();
        for (SimFix f : fixes) {
            if (f.ts() < start || f.ts() >= end || f.mock()) {
                continue;
            }
            for (PreparedZone g : grids) {
                if (g.covers(f.lat(), f.lon())) {
                    visited.add(g.zone().id());
                }
            }
        }
        return grids.isEmpty() ? 0 : (double) visited.size() / grids.size();
    }
}
