package org.patrolgrid.geofence.zone;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * 定岗点: a fixed post. A circular post has a centre and {@code radiusMeters} &gt; 0, and its exact membership is
 * "geodesic distance to the centre ≤ radius"; its footprint is a polygon that encloses that circle. A polygon post
 * has {@code radiusMeters == 0} and the footprint is exact; its centre is an interior point.
 */
public record PostZone(
        String id,
        String name,
        String district,
        double centerLat,
        double centerLon,
        double radiusMeters,
        Geometry footprint)
        implements Zone {
    public PostZone {
        ZoneGeometry.requireIdentity(id, name, district);
        ZoneGeometry.requireLatLon(id, "post centre", centerLat, centerLon);
        if (radiusMeters != 0) {
            ZoneGeometry.requirePositiveMeters(id, "post radius", radiusMeters);
        }
        ZoneGeometry.requireArea(id, footprint);
    }

    /** A circular post of {@code radiusMeters} around the centre. */
    public static PostZone circle(String id, String name, String district, double lat, double lon, double radius) {
        ZoneGeometry.requireLatLon(id, "post centre", lat, lon);
        ZoneGeometry.requirePositiveMeters(id, "post radius", radius);
        return new PostZone(id, name, district, lat, lon, radius, ZoneFootprints.circle(lat, lon, radius));
    }

    /** A polygon post; the centre is set to an interior point of the polygon. */
    public static PostZone polygon(String id, String name, String district, Geometry footprint) {
        ZoneGeometry.requireArea(id, footprint);
        Point inside = footprint.getInteriorPoint();
        return new PostZone(id, name, district, inside.getY(), inside.getX(), 0, footprint);
    }

    @Override
    public ZoneKind kind() {
        return ZoneKind.POST;
    }

    public boolean isCircle() {
        return radiusMeters > 0;
    }
}
