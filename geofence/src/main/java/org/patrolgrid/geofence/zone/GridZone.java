package org.patrolgrid.geofence.zone;

import org.locationtech.jts.geom.Geometry;

/**
 * 单元网格: a unit grid polygon carrying its code. The code's first 6 digits must be the zone's district; the
 * footprint must be a valid Polygon or MultiPolygon (holes allowed).
 */
public record GridZone(String id, String name, String district, GridCode code, Geometry footprint) implements Zone {
    public GridZone {
        ZoneGeometry.requireIdentity(id, name, district);
        if (code == null) {
            throw new InvalidZoneException(id, "missing grid code");
        }
        if (!code.district().equals(district)) {
            throw new InvalidZoneException(
                    id, "grid code " + code + " starts with district " + code.district() + ", not " + district);
        }
        ZoneGeometry.requireArea(id, footprint);
    }

    /** Builds a grid from its code as text, reporting a malformed code as an {@link InvalidZoneException}. */
    public static GridZone of(String id, String name, String district, String code, Geometry footprint) {
        GridCode parsed;
        try {
            parsed = new GridCode(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidZoneException(id, e.getMessage());
        }
        return new GridZone(id, name, district, parsed, footprint);
    }

    @Override
    public ZoneKind kind() {
        return ZoneKind.GRID;
    }
}
