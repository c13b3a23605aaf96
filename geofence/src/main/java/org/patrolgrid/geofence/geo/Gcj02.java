package org.patrolgrid.geofence.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * GCJ-02 ("Mars coordinates", used by Chinese web maps such as AMap and DataV) to and from WGS-84.
 *
 * <p>The forward transform is the published one on the Krasovsky 1940 ellipsoid (a = 6378245 m). The inverse has no
 * closed form; it is found by fixed-point iteration to within 1e-9 degrees (about 0.1 mm), far below the 0.5 m the
 * project needs. Outside the rough China bounding box both directions are the identity, as in every public
 * implementation.
 */
public final class Gcj02 {
    private static final double A = 6_378_245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double TOLERANCE_DEG = 1e-9;
    private static final int MAX_ITERATIONS = 30;

    private Gcj02() {}

    /** True when the point is outside the box where GCJ-02 applies (then both transforms are the identity). */
    public static boolean outOfChina(double lat, double lon) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    /** WGS-84 to GCJ-02: {@code {lat, lon}}. */
    public static double[] toGcj02(double lat, double lon) {
        if (outOfChina(lat, lon)) {
            return new double[] {lat, lon};
        }
        double[] d = delta(lat, lon);
        return new double[] {lat + d[0], lon + d[1]};
    }

    /** GCJ-02 to WGS-84 by iteration: {@code {lat, lon}}, within 1e-9 degrees of the exact inverse. */
    public static double[] toWgs84(double gcjLat, double gcjLon) {
        if (outOfChina(gcjLat, gcjLon)) {
            return new double[] {gcjLat, gcjLon};
        }
        double lat = gcjLat;
        double lon = gcjLon;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double[] g = toGcj02(lat, lon);
            double dLat = gcjLat - g[0];
            double dLon = gcjLon - g[1];
            lat += dLat;
            lon += dLon;
            if (Math.abs(dLat) < TOLERANCE_DEG && Math.abs(dLon) < TOLERANCE_DEG) {
                break;
            }
        }
        return new double[] {lat, lon};
    }

    /** A copy of a GCJ-02 geometry (x = lon, y = lat) converted to WGS-84. */
    public static Geometry toWgs84(Geometry gcj02) {
        return transformed(gcj02, false);
    }

    /** A copy of a WGS-84 geometry (x = lon, y = lat) converted to GCJ-02. */
    public static Geometry toGcj02(Geometry wgs84) {
        return transformed(wgs84, true);
    }

    private static Geometry transformed(Geometry geometry, boolean toGcj) {
        Geometry copy = geometry.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lat = seq.getY(i);
                double lon = seq.getX(i);
                double[] r = toGcj ? toGcj02(lat, lon) : toWgs84(lat, lon);
                seq.setOrdinate(i, CoordinateSequence.Y, r[0]);
                seq.setOrdinate(i, CoordinateSequence.X, r[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    /** The GCJ-02 offset {dLat, dLon} in degrees at a WGS-84 point. */
    private static double[] delta(double lat, double lon) {
        double x = lon - 105.0;
        double y = lat - 35.0;
        double common = (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        double dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x)) + common;
        dLat += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        dLat += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        double dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x)) + common;
        dLon += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        dLon += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {dLat, dLon};
    }
}
