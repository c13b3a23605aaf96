package org.patrolgrid.geofence.zone;

import org.locationtech.jts.geom.Geometry;

/** 单元网格: a unit grid polygon carrying its code. */
public record GridZone(String id, String name, String district, GridCode code, Geometry footprint) implements Zone {
    @Override
    public ZoneKind kind() {
        return ZoneKind.GRID;
    }
}
