package org.patrolgrid.tracker.duty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patrolgrid.geofence.attendance.ShiftPlan;
import org.patrolgrid.geofence.attendance.ZoneGeometries;
import org.patrolgrid.geofence.coverage.CellIndexer;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.geofence.zone.Zone;

/**
 * The zones as of one load, immutable and shared by every duty verticle. A change of zones builds a new snapshot and
 * swaps it in whole; nothing locks per position. Geometry is prepared once per zone and shared by the shifts.
 */
public final class ZoneSnapshot {
    public static final ZoneSnapshot EMPTY = new ZoneSnapshot(Map.of());

    private final Map<String, Zone> zones;
    private final ZoneGeometries geometries;

    public ZoneSnapshot(Map<String, Zone> zones) {
        this.zones = Map.copyOf(zones);
        this.geometries = new ZoneGeometries(this.zones::get, CellIndexer.h3());
    }

    /** True when every zone of the shift is the same (equal) in both snapshots. */
    public boolean sameZones(ZoneSnapshot other, Shift shift) {
        return shift.zoneIds().stream().allMatch(id -> java.util.Objects.equals(zones.get(id), other.zones.get(id)));
    }

    public int size() {
        return zones.size();
    }

    /**
     * Builds the geometry of every zone of these shifts that is not built yet (on a worker thread: rasterising a zone's
     * coverage cells takes up to milliseconds, and a roster of 10,000 new shifts blocked the owners' event loops for
     * seconds). A zone that cannot be prepared is left for {@link #plan} to report.
     */
    public void prepare(List<Shift> shifts) {
        for (Shift shift : shifts) {
            try {
                plan(shift);
            } catch (RuntimeException e) {
                // reported by the owner that plans the shift
            }
        }
    }

    /** True when the geometry of every zone of the shift is built. */
    public boolean isPrepared(Shift shift) {
        return shift.zoneIds().stream().allMatch(id -> zones.containsKey(id) && geometries.isBuilt(zones.get(id)));
    }

    /** The plan of a shift, or empty when one of its zones is unknown (the shift then waits for its zones). */
    public Optional<ShiftPlan> plan(Shift shift) {
        List<Zone> found = new ArrayList<>();
        for (String id : shift.zoneIds()) {
            Zone z = zones.get(id);
            if (z == null) {
                return Optional.empty();
            }
            found.add(z);
        }
        return Optional.of(geometries.plan(found));
    }
}
