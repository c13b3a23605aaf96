package org.patrolgrid.geofence.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a JTS geometry as a GeoJSON tree ({@code Map}/{@code List}/{@code Double}) that any JSON library can
 * serialise. Positions are [lon, lat]; polygon shells are counter-clockwise and holes clockwise (RFC 7946).
 */
public final class GeoJsonGeometryWriter {
    private GeoJsonGeometryWriter() {}

    public static Map<String, Object> write(Geometry g) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", g.getGeometryType());
        if (g instanceof GeometryCollection && !isMulti(g)) {
            List<Object> parts = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                parts.add(write(g.getGeometryN(i)));
            }
            map.put("geometries", parts);
        } else {
            map.put("coordinates", coordinates(g));
        }
        return map;
    }

    private static boolean isMulti(Geometry g) {
        return g instanceof MultiPolygon || g instanceof MultiLineString || g instanceof MultiPoint;
    }

    private static Object coordinates(Geometry g) {
        if (g instanceof Point p) {
            return position(p.getCoordinate());
        }
        if (g instanceof LineString line) {
            return positions(line.getCoordinates(), false, false);
        }
        if (g instanceof Polygon polygon) {
            List<Object> rings = new ArrayList<>();
            rings.add(positions(polygon.getExteriorRing().getCoordinates(), true, true));
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                rings.add(positions(polygon.getInteriorRingN(i).getCoordinates(), true, false));
            }
            return rings;
        }
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            parts.add(coordinates(g.getGeometryN(i)));
        }
        return parts;
    }

    private static List<Object> positions(Coordinate[] cs, boolean ring, boolean ccw) {
        boolean reverse = ring && cs.length >= 4 && Orientation.isCCW(cs) != ccw;
        List<Object> out = new ArrayList<>(cs.length);
        for (int i = 0; i < cs.length; i++) {
            out.add(position(cs[reverse ? cs.length - 1 - i : i]));
        }
        return out;
    }

    private static List<Object> position(Coordinate c) {
        return List.of(Geo.lon(c), Geo.lat(c));
    }
}
