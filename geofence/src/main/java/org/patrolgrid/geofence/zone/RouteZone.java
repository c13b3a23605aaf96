package org.patrolgrid.geofence.zone;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * 巡查线路: a patrol route. The footprint is the corridor: every point within {@code widthMeters / 2} of the line,
 * computed in metres ({@link ZoneFootprints#corridor}).
 */
public record RouteZone(
        String id,
        String name,
        String district,
        LineString line,
        double widthMeters,
        List<Checkpoint> checkpoints,
        Geometry footprint)
        implements Zone {
    public RouteZone {
        ZoneGeometry.requireIdentity(id, name, district);
        ZoneGeometry.requireLine(id, line);
        ZoneGeometry.requirePositiveMeters(id, "route width", widthMeters);
        checkpoints = List.copyOf(checkpoints);
        requireCheckpoints(id, checkpoints);
        ZoneGeometry.requireArea(id, footprint);
    }

    /** A route whose footprint is the corridor of {@code widthMeters} around the line. */
    public static RouteZone of(
            String id,
            String name,
            String district,
            LineString line,
            double widthMeters,
            List<Checkpoint> checkpoints) {
        ZoneGeometry.requireLine(id, line);
        ZoneGeometry.requirePositiveMeters(id, "route width", widthMeters);
        Geometry corridor = ZoneFootprints.corridor(line, widthMeters);
        return new RouteZone(id, name, district, line, widthMeters, checkpoints, corridor);
    }

    @Override
    public ZoneKind kind() {
        return ZoneKind.ROUTE;
    }

    private static void requireCheckpoints(String id, List<Checkpoint> checkpoints) {
        Set<String> seen = new HashSet<>();
        for (Checkpoint cp : checkpoints) {
            if (cp.id() == null || cp.id().isBlank()) {
                throw new InvalidZoneException(id, "checkpoint without id");
            }
            if (!seen.add(cp.id())) {
                throw new InvalidZoneException(id, "duplicate checkpoint " + cp.id());
            }
            ZoneGeometry.requireLatLon(id, "checkpoint " + cp.id(), cp.lat(), cp.lon());
            ZoneGeometry.requirePositiveMeters(id, "checkpoint " + cp.id() + " radius", cp.radiusMeters());
        }
    }
}
