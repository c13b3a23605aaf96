package org.patrolgrid.geofence.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class GeoJsonGeometryTest {
    private static List<Object> square(double lon, double lat, double d, boolean ccw) {
        List<Object> ring = List.of(
                List.of(lon, lat),
                List.of(lon + d, lat),
                List.of(lon + d, lat + d),
                List.of(lon, lat + d),
                List.of(lon, lat));
        if (ccw) {
            return ring;
        }
        List<Object> reversed = new java.util.ArrayList<>(ring);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    @Test
    void readsMultiPolygonWithHolesInLonLatOrder() {
        Map<String, Object> tree = Map.of(
                "type",
                "MultiPolygon",
                "coordinates",
                List.of(
                        List.of(square(120.75, 30.75, 0.01, false), square(120.752, 30.752, 0.002, true)),
                        List.of(square(120.8, 30.8, 0.01, true))));
        Geometry g = GeoJsonGeometryReader.read(tree);
        assertTrue(g instanceof MultiPolygon);
        Polygon first = (Polygon) g.getGeometryN(0);
        assertEquals(1, first.getNumInteriorRing());
        assertEquals(30.75, Geo.lat(first.getExteriorRing().getCoordinateN(0)));
        assertEquals(120.75, Geo.lon(first.getExteriorRing().getCoordinateN(0)));
    }

    @Test
    void writesShellsCounterClockwiseAndHolesClockwiseAndReadsBack() {
        Map<String, Object> tree = Map.of(
                "type",
                "Polygon",
                "coordinates",
                List.of(square(120.75, 30.75, 0.01, false), square(120.752, 30.752, 0.002, true)));
        Geometry g = GeoJsonGeometryReader.read(tree);
        Map<String, Object> written = GeoJsonGeometryWriter.write(g);
        Polygon back = (Polygon) GeoJsonGeometryReader.read(written);
        assertTrue(Orientation.isCCW(back.getExteriorRing().getCoordinates()));
        assertTrue(!Orientation.isCCW(back.getInteriorRingN(0).getCoordinates()));
        assertTrue(back.equalsTopo(g));
    }

    @Test
    void namesEachDefect() {
        assertEquals(
                "unsupported geometry type MultiLineString",
                assertThrows(
                                GeoJsonException.class,
                                () -> GeoJsonGeometryReader.read(
                                        Map.of("type", "MultiLineString", "coordinates", List.of())))
                        .getMessage());
        assertEquals(
                "polygon has no rings",
                assertThrows(
                                GeoJsonException.class,
                                () -> GeoJsonGeometryReader.read(Map.of("type", "Polygon", "coordinates", List.of())))
                        .getMessage());
        assertEquals(
                "line has 1 positions, needs at least 2",
                assertThrows(
                                GeoJsonException.class,
                                () -> GeoJsonGeometryReader.read(
                                        Map.of("type", "LineString", "coordinates", List.of(List.of(120.0, 30.0)))))
                        .getMessage());
        assertEquals(
                "point longitude 181.0 out of range [-180, 180]",
                assertThrows(
                                GeoJsonException.class,
                                () -> GeoJsonGeometryReader.read(
                                        Map.of("type", "Point", "coordinates", List.of(181.0, 30.0))))
                        .getMessage());
        assertEquals(
                "point must be [lon, lat] numbers, got [120.0, north]",
                assertThrows(
                                GeoJsonException.class,
                                () -> GeoJsonGeometryReader.read(
                                        Map.of("type", "Point", "coordinates", List.of(120.0, "north"))))
                        .getMessage());
    }

    @Test
    void pointIsLonLat() {
        Geometry p = GeoJsonGeometryReader.read(Map.of("type", "Point", "coordinates", List.of(120.75, 30.7, 12.0)));
        assertEquals(new Coordinate(120.75, 30.7), p.getCoordinate());
        assertEquals(List.of(120.75, 30.7), GeoJsonGeometryWriter.write(p).get("coordinates"));
    }
}
