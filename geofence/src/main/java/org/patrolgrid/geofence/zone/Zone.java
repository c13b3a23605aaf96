package org.patrolgrid.geofence.zone;

import org.locationtech.jts.geom.Geometry;

/**
 * Anything a person can be assigned to. Geometries are JTS in WGS-84 with x = lon, y = lat.
 *
 * <p>The footprint is the area a person must be inside to count as on post: the polygon of a grid, area or polygon
 * post, the circle of a circular post, and the corridor of a route.
 */
public sealed interface Zone permits GridZone, AreaZone, PostZone, RouteZone {
    String id();

    String name();

    /** The 6-digit district adcode, for example 330402 for 南湖区. */
    String district();

    ZoneKind kind();

    /** The area (Polygon or MultiPolygon, WGS-84, x = lon) a person must be inside. */
    Geometry footprint();
}
