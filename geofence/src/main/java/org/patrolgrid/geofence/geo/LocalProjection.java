package org.patrolgrid.geofence.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * A local equirectangular projection around an origin: x metres east, y metres north. Within a few tens of kilometres
 * of the origin its distances are within 0.1% of the geodesic ones, which is what city-scale corridors, circles and
 * point-to-zone distances need. Projected geometries use the same {@link Geo#FACTORY} with x = east, y = north.
 */
public final class LocalProjection {
    private final double originLat;
    private final double originLon;
    private final double metersPerLat;
    private final double metersPerLon;

    public LocalProjection(double originLat, double originLon) {
        this.originLat = originLat;
        this.originLon = originLon;
        this.metersPerLat = Geo.metersPerDegreeLat();
        this.metersPerLon = Math.max(1e-6, Geo.metersPerDegreeLon(originLat));
    }

    /** A projection centred on the middle of the geometry's envelope. */
    public static LocalProjection around(Geometry geometry) {
        var env = geometry.getEnvelopeInternal();
        return new LocalProjection((env.getMinY() + env.getMaxY()) / 2, (env.getMinX() + env.getMaxX()) / 2);
    }

    public double originLat() {
        return originLat;
    }

    public double originLon() {
        return originLon;
    }

    public double x(double lon) {
        return (lon - originLon) * metersPerLon;
    }

    public double y(double lat) {
        return (lat - originLat) * metersPerLat;
    }

    public double lat(double y) {
        return originLat + y / metersPerLat;
    }

    public double lon(double x) {
        return originLon + x / metersPerLon;
    }

    /** Projects a WGS-84 geometry (x = lon, y = lat) to metres; the input is not modified. */
    public Geometry toMeters(Geometry wgs84) {
        Geometry copy = wgs84.copy();
        copy.apply(new Transform(true));
        return copy;
    }

    /** Unprojects a geometry in metres back to WGS-84 (x = lon, y = lat); the input is not modified. */
    public Geometry toWgs84(Geometry meters) {
        Geometry copy = meters.copy();
        copy.apply(new Transform(false));
        return copy;
    }

    private final class Transform implements CoordinateSequenceFilter {
        private final boolean forward;

        Transform(boolean forward) {
            this.forward = forward;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            Coordinate c = seq.getCoordinate(i);
            double nx = forward ? x(c.x) : lon(c.x);
            double ny = forward ? y(c.y) : lat(c.y);
            seq.setOrdinate(i, CoordinateSequence.X, nx);
            seq.setOrdinate(i, CoordinateSequence.Y, ny);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
