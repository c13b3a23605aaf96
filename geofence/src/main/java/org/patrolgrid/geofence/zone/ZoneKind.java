package org.patrolgrid.geofence.zone;

/** The four kinds of zone a person can be assigned to (DESIGN.md, "Zone"). */
public enum ZoneKind {
    /** 单元网格: a unit grid polygon with a 14- or 15-digit code. */
    GRID,
    /** 责任网格: a patrol area, a union of unit grids or a polygon of its own. */
    AREA,
    /** 定岗点: a fixed post, a circle or small polygon. */
    POST,
    /** 巡查线路: a patrol route, a line with a corridor width and checkpoints. */
    ROUTE;

    /** The lower-case name used on the wire: grid, area, post, route. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ZoneKind fromWire(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
