package org.patrolgrid.geofence.zone;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * 责任网格: a patrol area. Either the union of the unit grids in {@code gridIds}, or a polygon of its own (then
 * {@code gridIds} may be empty, and coverage counts the unit grids that intersect it).
 */
public record AreaZone(String id, String name, String district, List<String> gridIds, Geometry footprint)
        implements Zone {
    public AreaZone {
        gridIds = List.copyOf(gridIds);
    }

    @Override
    public ZoneKind kind() {
        return ZoneKind.AREA;
    }
}
