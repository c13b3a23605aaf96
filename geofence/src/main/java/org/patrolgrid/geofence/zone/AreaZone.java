package org.patrolgrid.geofence.zone;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * 责任网格: a patrol area. Either the union of the unit grids in {@code gridIds}, or a polygon of its own (then
 * {@code gridIds} may be empty, and coverage counts the unit grids that intersect it).
 */
public record AreaZone(String id, String name, String district, List<String> gridIds, Geometry footprint)
        implements Zone {
    public AreaZone {
        ZoneGeometry.requireIdentity(id, name, district);
        gridIds = List.copyOf(gridIds);
        ZoneGeometry.requireArea(id, footprint);
    }

    /** An area whose footprint is the union of these grids (at least one). */
    public static AreaZone ofGrids(String id, String name, String district, List<GridZone> grids) {
        if (grids == null || grids.isEmpty()) {
            throw new InvalidZoneException(id, "area has no grids");
        }
        List<String> ids = new ArrayList<>(grids.size());
        for (GridZone grid : grids) {
            ids.add(grid.id());
        }
        return new AreaZone(id, name, district, ids, ZoneFootprints.union(grids));
    }

    /** An area with a polygon of its own. */
    public static AreaZone ofPolygon(String id, String name, String district, Geometry footprint) {
        return new AreaZone(id, name, district, List.of(), footprint);
    }

    @Override
    public ZoneKind kind() {
        return ZoneKind.AREA;
    }
}
