package org.patrolgrid.geofence.attendance;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.patrolgrid.geofence.coverage.CellIndexer;
import org.patrolgrid.geofence.zone.Zone;

/**
 * Builds {@link ZoneGeometry} once per zone and shares it, so that thousands of shifts on the same zones hold only
 * references. A zone replaced by a new version (a different object) is rebuilt. Thread-safe.
 */
public final class ZoneGeometries {
    private final Function<String, Zone> grids;
    private final CellIndexer cells;
    private final Map<String, ZoneGeometry> byZone = new ConcurrentHashMap<>();

    /** @param grids resolves the unit grids named by area zones */
    public ZoneGeometries(Function<String, Zone> grids, CellIndexer cells) {
        this.grids = grids;
        this.cells = cells;
    }

    public ZoneGeometry of(Zone zone) {
        return byZone.compute(
                zone.id(), (id, old) -> old != null && old.zone() == zone ? old : ZoneGeometry.of(zone, grids, cells));
    }

    /** True when this version of the zone has its geometry built. */
    public boolean isBuilt(Zone zone) {
        ZoneGeometry built = byZone.get(zone.id());
        return built != null && built.zone() == zone;
    }

    /** The plan of a shift on these zones. */
    public ShiftPlan plan(List<Zone> zones) {
        return new ShiftPlan(zones.stream().map(this::of).toList());
    }
}
