package org.patrolgrid.geofence.zone;

import org.locationtech.jts.geom.Geometry;

/**
 * 定岗点: a fixed post. A circular post has a centre and {@code radiusMeters} &gt; 0, and its exact membership is
 * "geodesic distance to the centre ≤ radius"; its footprint is a polygon that encloses that circle. A polygon post
 * has {@code radiusMeters == 0} and the footprint is exact.
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
    @Override
    public ZoneKind kind() {
        return ZoneKind.POST;
    }

    public boolean isCircle() {
        return radiusMeters > 0;
    }
}
