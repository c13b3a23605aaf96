package org.patrolgrid.geofence.geo;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON geometry (RFC 7946) from the generic tree any JSON parser produces: {@code Map<String, Object>},
 * {@code List<Object>}, {@code Number}, {@code String}. Positions are [lon, lat(, alt ignored)]. Supports Point,
 * LineString, Polygon and MultiPolygon; every defect is reported as a {@link GeoJsonException} with a precise reason
 * (unclosed ring, too few positions, latitude out of range, ...). No JSON library is involved.
 */
public final class GeoJsonGeometryReader {
    private GeoJsonGeometryReader() {}

    public static Geometry read(Object tree) {
        if (!(tree instanceof Map<?, ?> map)) {
            throw new GeoJsonException("geometry must be an object, got " + describe(tree));
        }
        Object type = map.get("type");
        Object coordinates = map.get("coordinates");
        if (!(type instanceof String name)) {
            throw new GeoJsonException("geometry has no type");
        }
        return switch (name) {
            case "Point" -> Geo.FACTORY.createPoint(position(coordinates, "point"));
            case "LineString" -> line(coordinates);
            case "Polygon" -> polygon(coordinates, "polygon");
            case "MultiPolygon" -> multiPolygon(coordinates);
            default -> throw new GeoJsonException("unsupported geometry type " + name);
        };
    }

    private static LineString line(Object coordinates) {
        List<?> positions = list(coordinates, "line coordinates");
        if (positions.size() < 2) {
            throw new GeoJsonException("line has " + positions.size() + " positions, needs at least 2");
        }
        return Geo.FACTORY.createLineString(positions(positions, "line"));
    }

    private static Polygon polygon(Object coordinates, String what) {
        List<?> rings = list(coordinates, what + " coordinates");
        if (rings.isEmpty()) {
            throw new GeoJsonException(what + " has no rings");
        }
        LinearRing shell = ring(rings.get(0), what + " shell");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), what + " hole " + i);
        }
        return Geo.FACTORY.createPolygon(shell, holes);
    }

    private static Geometry multiPolygon(Object coordinates) {
        List<?> polygons = list(coordinates, "multipolygon coordinates");
        if (polygons.isEmpty()) {
            throw new GeoJsonException("multipolygon has no polygons");
        }
        Polygon[] parts = new Polygon[polygons.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = polygon(polygons.get(i), "polygon " + (i + 1));
        }
        return Geo.FACTORY.createMultiPolygon(parts);
    }

    private static LinearRing ring(Object tree, String what) {
        List<?> positions = list(tree, what);
        if (positions.size() < 4) {
            throw new GeoJsonException(what + " has " + positions.size() + " positions, needs at least 4");
        }
        Coordinate[] ring = positions(positions, what);
        if (!ring[0].equals2D(ring[ring.length - 1])) {
            throw new GeoJsonException(what + " is not closed (first and last positions differ)");
        }
        return Geo.FACTORY.createLinearRing(ring);
    }

    private static Coordinate[] positions(List<?> positions, String what) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(positions.get(i), what + " position " + (i + 1));
        }
        return coordinates;
    }

    /** One [lon, lat] position, range-checked. */
    public static Coordinate position(Object tree, String what) {
        List<?> p = list(tree, what);
        if (p.size() < 2 || !(p.get(0) instanceof Number lonN) || !(p.get(1) instanceof Number latN)) {
            throw new GeoJsonException(what + " must be [lon, lat] numbers, got " + describe(tree));
        }
        double lon = lonN.doubleValue();
        double lat = latN.doubleValue();
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new GeoJsonException(what + " latitude " + lat + " out of range [-90, 90]");
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new GeoJsonException(what + " longitude " + lon + " out of range [-180, 180]");
        }
        return Geo.coordinate(lat, lon);
    }

    private static List<?> list(Object tree, String what) {
        if (!(tree instanceof List<?> list)) {
            throw new GeoJsonException(what + " must be an array, got " + describe(tree));
        }
        return list;
    }

    static String describe(Object tree) {
        if (tree == null) {
            return "nothing";
        }
        String text = String.valueOf(tree);
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
