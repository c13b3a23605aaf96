package org.patrolgrid.geofence.coverage;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.patrolgrid.geofence.geo.Geo;

/**
 * A local metric plane (equirectangular around an origin): x metres east, y metres north. Over a few kilometres, as
 * for a patrol area or route, the distortion stays below 0.1 %, and a point costs two multiplications instead of the
 * trigonometry of haversine. Candidate for {@code geo} when the packages merge.
 */
public final class LocalPlane {
    private final double originLat;
    private final double originLon;
    private final double metersPerDegLat;
    private final double metersPerDegLon;

    public LocalPlane(double originLat, double originLon) {
        this.originLat = originLat;
        this.originLon = originLon;
        this.metersPerDegLat = Geo.metersPerDegreeLat();
        this.metersPerDegLon = Geo.metersPerDegreeLon(originLat);
    }

    /** A plane centred on the geometry's envelope. */
    public static LocalPlane around(Geometry wgs84) {
        Coordinate c = wgs84.getEnvelopeInternal().centre();
        return new LocalPlane(Geo.lat(c), Geo.lon(c));
    }

    public double x(double lon) {
        return (lon - originLon) * metersPerDegLon;
    }

    public double y(double lat) {
        return (lat - originLat) * metersPerDegLat;
    }

    public double lon(double x) {
        return originLon + x / metersPerDegLon;
    }

    public double lat(double y) {
        return originLat + y / metersPerDegLat;
    }

    /** A copy of a WGS-84 geometry (x = lon, y = lat) in this plane's metres. */
    public Geometry toPlane(Geometry wgs84) {
        Geometry copy = wgs84.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lon = seq.getX(i);
                double lat = seq.getY(i);
                seq.setOrdinate(i, 0, x(lon));
                seq.setOrdinate(i, 1, y(lat));
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
}
