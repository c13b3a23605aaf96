package org.patrolgrid.geofence.attendance;

import java.util.List;
import org.patrolgrid.geofence.coverage.AreaCoverage;
import org.patrolgrid.geofence.geo.LocalProjection;
import org.patrolgrid.geofence.route.RouteLine;
import org.patrolgrid.geofence.zone.ZoneKind;

/**
 * The precomputed geometry of a shift's zones, with the offsets that number their grids, cells, route stations and
 * checkpoints in one range each. Immutable; shifts on the same zones share it (it only references the shared
 * {@link ZoneGeometry}s).
 */
public final class ShiftPlan {
    /** Checkpoints are kept in a 64-bit mask per shift. */
    public static final int MAX_CHECKPOINTS = 64;

    final ZoneGeometry[] zones;
    final int[] gridOffset;
    final int[] cellOffset;
    final int[] stationOffset;
    final int[] checkpointOffset;
    final int gridsTotal;
    final int cellsTotal;
    final int stationsTotal;
    final int checkpointsTotal;
    /** OFF_POST, or ROUTE_DEVIATION when every zone is a route. */
    final ConditionKind fenceKind;
    /** True when no zone is a post: stationary applies to patrols only. */
    final boolean patrol;
    /** The plane for distances between fixes (speed, stationary). */
    final LocalProjection motionPlane;

    public ShiftPlan(List<ZoneGeometry> zones) {
        if (zones.isEmpty()) {
            throw new IllegalArgumentException("a shift plan needs at least one zone");
        }
        this.zones = zones.toArray(ZoneGeometry[]::new);
        int n = this.zones.length;
        gridOffset = new int[n];
        cellOffset = new int[n];
        stationOffset = new int[n];
        checkpointOffset = new int[n];
        int grids = 0, cells = 0, stations = 0, checkpoints = 0;
        for (int z = 0; z < n; z++) {
            gridOffset[z] = grids;
            cellOffset[z] = cells;
            stationOffset[z] = stations;
            checkpointOffset[z] = checkpoints;
            AreaCoverage coverage = this.zones[z].coverage();
            RouteLine route = this.zones[z].route();
            grids += coverage == null ? 0 : coverage.gridCount();
            cells += coverage == null ? 0 : coverage.cellCount();
            stations += route == null ? 0 : route.stationCount();
            checkpoints += route == null ? 0 : route.checkpointCount();
        }
        if (checkpoints > MAX_CHECKPOINTS) {
            throw new IllegalArgumentException("a shift supports at most " + MAX_CHECKPOINTS + " checkpoints");
        }
        gridsTotal = grids;
        cellsTotal = cells;
        stationsTotal = stations;
        checkpointsTotal = checkpoints;
        fenceKind = zones.stream().allMatch(z -> z.zone().kind() == ZoneKind.ROUTE)
                ? ConditionKind.ROUTE_DEVIATION
                : ConditionKind.OFF_POST;
        patrol = zones.stream().noneMatch(z -> z.zone().kind() == ZoneKind.POST);
        motionPlane = this.zones[0].plane();
    }

    /** Where a fix lies relative to the zones; see {@link Placement}. */
    Fix locate(long t, double lat, double lon, double accuracy, AttendanceConfig config) {
        double nearest = Double.POSITIVE_INFINITY;
        for (int z = 0; z < zones.length; z++) {
            LocalProjection plane = zones[z].plane();
            double x = plane.x(lon);
            double y = plane.y(lat);
            double d = zones[z].distance(lat, lon, x, y);
            if (d == 0) {
                Placement placement = accuracy > config.maxAccuracyMeters() ? Placement.UNCERTAIN : Placement.INSIDE;
                return new Fix(t, lat, lon, accuracy, placement, z, x, y);
            }
            nearest = Math.min(nearest, d);
        }
        boolean clear = accuracy <= config.maxAccuracyMeters() && nearest > accuracy * config.accuracyMultiplier();
        return new Fix(t, lat, lon, accuracy, clear ? Placement.OUTSIDE : Placement.UNCERTAIN, -1, 0, 0);
    }

    public int gridsTotal() {
        return gridsTotal;
    }

    public int cellsTotal() {
        return cellsTotal;
    }

    public int checkpointsTotal() {
        return checkpointsTotal;
    }

    public List<ZoneGeometry> zones() {
        return List.of(zones);
    }
}
