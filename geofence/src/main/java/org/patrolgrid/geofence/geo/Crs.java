package org.patrolgrid.geofence.geo;

import org.locationtech.jts.geom.Geometry;

/** The coordinate system of incoming coordinates; everything inside PatrolGrid is WGS-84. */
public enum Crs {
    /** WGS-84 (GPS); also fine for CGCS2000 at our accuracy. */
    WGS84,
    /** GCJ-02, the offset system of Chinese web maps (AMap, DataV, Tencent). */
    GCJ02;

    /** The wire name used by {@code ?crs=}: wgs84 or gcj02. */
    public static Crs fromWire(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT).replace("-", ""));
    }

    /** A copy of the geometry in WGS-84 (the same geometry when already WGS-84). */
    public Geometry toWgs84(Geometry geometry) {
        return this == GCJ02 ? Gcj02.toWgs84(geometry) : geometry;
    }

    /** The point {lat, lon} in WGS-84. */
    public double[] toWgs84(double lat, double lon) {
        return this == GCJ02 ? Gcj02.toWgs84(lat, lon) : new double[] {lat, lon};
    }
}
