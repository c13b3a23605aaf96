package org.patrolgrid.geofence.index;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.patrolgrid.geofence.geo.Geo;

/**
 * Distance in metres from a point to the boundary of a polygonal footprint, in an equirectangular projection centred
 * on the query point: exact at the point and within 0.1% up to tens of kilometres away, with no allocation (the
 * footprint is not copied into metres).
 */
final class BoundaryDistance {
    private BoundaryDistance() {}

    static double meters(Geometry footprint, double lat, double lon) {
        double kx = Geo.metersPerDegreeLon(lat);
        double ky = Geo.metersPerDegreeLat();
        double best = Double.POSITIVE_INFINITY;
        for (int g = 0; g < footprint.getNumGeometries(); g++) {
            Polygon polygon = (Polygon) footprint.getGeometryN(g);
            best = Math.min(best, ring(polygon.getExteriorRing().getCoordinateSequence(), lat, lon, kx, ky));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                best = Math.min(best, ring(polygon.getInteriorRingN(h).getCoordinateSequence(), lat, lon, kx, ky));
            }
        }
        return best;
    }

    private static double ring(CoordinateSequence seq, double lat, double lon, double kx, double ky) {
        double best2 = Double.POSITIVE_INFINITY;
        double ax = (seq.getX(0) - lon) * kx;
        double ay = (seq.getY(0) - lat) * ky;
        for (int i = 1; i < seq.size(); i++) {
            double bx = (seq.getX(i) - lon) * kx;
            double by = (seq.getY(i) - lat) * ky;
            best2 = Math.min(best2, squaredDistanceToOrigin(ax, ay, bx, by));
            ax = bx;
            ay = by;
        }
        return Math.sqrt(best2);
    }

    /** Squared distance from (0, 0) to the segment a-b. */
    private static double squaredDistanceToOrigin(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        double px = ax + t * dx;
        double py = ay + t * dy;
        return px * px + py * py;
    }
}
