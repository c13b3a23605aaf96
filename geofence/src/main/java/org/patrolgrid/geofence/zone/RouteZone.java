package org.patrolgrid.geofence.zone;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * 巡查线路: a patrol route. The footprint is the corridor: every point within {@code widthMeters / 2} of the line.
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
        checkpoints = List.copyOf(checkpoints);
    }

    @Override
    public ZoneKind kind() {
        return ZoneKind.ROUTE;
    }
}
