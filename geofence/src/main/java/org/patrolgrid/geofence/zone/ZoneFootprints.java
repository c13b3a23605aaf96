package org.patrolgrid.geofence.zone;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.geo.LocalProjection;

/** Builds the footprints of circular posts, route corridors and areas made of grids, all computed in metres. */
public final class ZoneFootprints {
    /** Sides of the polygon that encloses a circular post. */
    static final int CIRCLE_SIDES = 64;

    private static final int CORRIDOR_QUADRANT_SEGMENTS = 8;

    private ZoneFootprints() {}

    /**
     * A polygon that encloses the circle of {@code radiusMeters} around the centre: its vertices lie slightly outside
     * the circle so that the edges never cut into it (the exact membership test is the distance to the centre).
     */
    public static Polygon circle(double lat, double lon, double radiusMeters) {
        var projection = new LocalProjection(lat, lon);
        double outer = radiusMeters / Math.cos(Math.PI / CIRCLE_SIDES) * 1.001 + 0.01;
        Coordinate[] ring = new Coordinate[CIRCLE_SIDES + 1];
        for (int i = 0; i < CIRCLE_SIDES; i++) {
            double a = 2 * Math.PI * i / CIRCLE_SIDES;
            ring[i] = Geo.coordinate(projection.lat(outer * Math.sin(a)), projection.lon(outer * Math.cos(a)));
        }
        ring[CIRCLE_SIDES] = ring[0].copy();
        return Geo.FACTORY.createPolygon(ring);
    }

    /**
     * The corridor of a route: every point within {@code widthMeters / 2} of the line, buffered in a local metric
     * projection around the route (not in degrees, which would squash it east-west). Round ends and bends are
     * polygons of 8 segments per quarter circle, so there the corridor lies inside the exact one by at most 2% of
     * the half-width (0.4 m for a 40 m corridor); straight stretches are exact.
     */
    public static Geometry corridor(LineString line, double widthMeters) {
        var projection = LocalProjection.around(line);
        Geometry meters = projection.toMeters(line);
        var params = new BufferParameters();
        params.setQuadrantSegments(CORRIDOR_QUADRANT_SEGMENTS);
        params.setEndCapStyle(BufferParameters.CAP_ROUND);
        Geometry buffer = org.locationtech.jts.operation.buffer.BufferOp.bufferOp(meters, widthMeters / 2, params);
        return projection.toWgs84(buffer);
    }

    /** The union of the grids' footprints (shared edges dissolve). */
    public static Geometry union(List<GridZone> grids) {
        List<Geometry> parts = new ArrayList<>(grids.size());
        for (GridZone grid : grids) {
            parts.add(grid.footprint());
        }
        return UnaryUnionOp.union(parts);
    }
}
