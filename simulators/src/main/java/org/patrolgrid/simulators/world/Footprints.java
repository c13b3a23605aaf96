package org.patrolgrid.simulators.world;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.patrolgrid.geofence.geo.Geo;

/**
 * Metric shapes in lat/lon: a circle around a post and the corridor around a route. They are built in a local
 * equirectangular frame (degrees of lon scaled by cos(lat)), which is exact to well under a metre at these sizes.
 */
public final class Footprints {
    private static final int CIRCLE_SIDES = 32;

    private Footprints() {}

    /** A polygon enclosing the circle of {@code radiusMeters} around (lat, lon). */
    public static Polygon circle(double lat, double lon, double radiusMeters) {
        double outer = radiusMeters / Math.cos(Math.PI / CIRCLE_SIDES); // the polygon's edges touch the circle
        Coordinate[] ring = new Coordinate[CIRCLE_SIDES + 1];
        for (int i = 0; i < CIRCLE_SIDES; i++) {
            double angle = 2 * Math.PI * i / CIRCLE_SIDES;
            ring[i] = Geo.coordinate(
                    lat + outer * Math.sin(angle) / Geo.metersPerDegreeLat(),
                    lon + outer * Math.cos(angle) / Geo.metersPerDegreeLon(lat));
        }
        ring[CIRCLE_SIDES] = ring[0];
        return Geo.FACTORY.createPolygon(ring);
    }

    /** Every point within {@code widthMeters / 2} of the line. */
    public static Geometry corridor(LineString line, double widthMeters) {
        double lat = line.getCentroid().getY();
        double squash = Math.cos(Math.toRadians(lat));
        AffineTransformation toLocal = AffineTransformation.scaleInstance(squash, 1);
        AffineTransformation back = AffineTransformation.scaleInstance(1 / squash, 1);
        Geometry local = toLocal.transform(line);
        return back.transform(local.buffer(widthMeters / 2 / Geo.metersPerDegreeLat()));
    }
}
