package org.patrolgrid.geofence.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The one adapter between our (lat, lon) and JTS (x = lon, y = lat), plus metric distances on the WGS-84 sphere.
 * Everything else in the code base says lat and lon and goes through here.
 */
public final class Geo {
    /** Mean Earth radius in metres (IUGG). */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    /** Shared, thread-safe factory for WGS-84 geometries (SRID 4326, floating precision). */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private Geo() {}

    public static Coordinate coordinate(double lat, double lon) {
        return new Coordinate(lon, lat);
    }

    public static Point point(double lat, double lon) {
        return FACTORY.createPoint(coordinate(lat, lon));
    }

    public static double lat(Coordinate c) {
        return c.y;
    }

    public static double lon(Coordinate c) {
        return c.x;
    }

    /** Great-circle distance in metres (haversine). Accurate to about 0.5% for any pair of points. */
    public static double meters(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Metres per degree of latitude (constant on the sphere). */
    public static double metersPerDegreeLat() {
        return Math.PI * EARTH_RADIUS_M / 180.0;
    }

    /** Metres per degree of longitude at the given latitude. */
    public static double metersPerDegreeLon(double lat) {
        return metersPerDegreeLat() * Math.cos(Math.toRadians(lat));
    }
}
