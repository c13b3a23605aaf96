package org.patrolgrid.geofence.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.patrolgrid.geofence.geo.Geo;

class ZoneValidationTest {
    static Polygon box(double lat, double lon, double dLat, double dLon) {
        return Geo.FACTORY.createPolygon(new Coordinate[] {
            Geo.coordinate(lat, lon),
            Geo.coordinate(lat, lon + dLon),
            Geo.coordinate(lat + dLat, lon + dLon),
            Geo.coordinate(lat + dLat, lon),
            Geo.coordinate(lat, lon)
        });
    }

    private static final Polygon BOX = box(30.75, 120.75, 0.001, 0.001);

    private static String reason(Runnable r) {
        return assertThrows(InvalidZoneException.class, r::run).getMessage();
    }

    @Test
    void gridCodeMustStartWithTheZonesDistrict() {
        String msg = reason(() -> GridZone.of("g1", "n", "330402", "330411001002003", BOX));
        assertEquals("zone g1: grid code 330411001002003 starts with district 330411, not 330402", msg);
        assertEquals(
                "330402",
                GridZone.of("g1", "n", "330402", "33040200100201", BOX).district());
    }

    @Test
    void gridCodeMustHave14Or15Digits() {
        assertTrue(reason(() -> GridZone.of("g1", "n", "330402", "3304020010", BOX))
                .startsWith("zone g1: grid code"));
        assertTrue(reason(() -> GridZone.of("g1", "n", "330402", "33040200100200a", BOX))
                .contains("14 or 15 digits"));
    }

    @Test
    void selfIntersectingPolygonIsRefusedWithTheZoneIdAndPlace() {
        Polygon bowTie = Geo.FACTORY.createPolygon(new Coordinate[] {
            Geo.coordinate(30.75, 120.75),
            Geo.coordinate(30.751, 120.751),
            Geo.coordinate(30.75, 120.751),
            Geo.coordinate(30.751, 120.75),
            Geo.coordinate(30.75, 120.75)
        });
        String msg = reason(() -> AreaZone.ofPolygon("a7", "n", "330402", bowTie));
        assertTrue(
                msg.startsWith("zone a7: invalid geometry: self-intersection at lon 120.7505000, lat 30.7505000"), msg);
    }

    @Test
    void emptyAndOutOfRangeGeometriesAreRefused() {
        assertEquals(
                "zone a1: empty geometry",
                reason(() -> AreaZone.ofPolygon("a1", "n", "330402", Geo.FACTORY.createPolygon())));
        String msg = reason(() -> AreaZone.ofPolygon("a2", "n", "330402", box(89.9995, 120.75, 0.001, 0.001)));
        assertTrue(msg.contains("latitude 90.0005") && msg.contains("out of range"), msg);
        assertEquals(
                "zone a3: footprint must be a Polygon or MultiPolygon, got Point",
                reason(() -> AreaZone.ofPolygon("a3", "n", "330402", Geo.point(30, 120))));
    }

    @Test
    void districtMustBeAnAdcodeAndIdPresent() {
        assertEquals(
                "zone g1: district must be a 6-digit adcode, got nanhu",
                reason(() -> GridZone.of("g1", "n", "nanhu", "33040200100201", BOX)));
        assertEquals("zone : missing id", reason(() -> AreaZone.ofPolygon("", "n", "330402", BOX)));
    }

    @Test
    void polygonsWithHolesAndMultipolygonsAreAccepted() {
        Polygon outer = box(30.75, 120.75, 0.002, 0.002);
        LinearRing hole = box(30.7505, 120.7505, 0.001, 0.001).getExteriorRing();
        Polygon withHole = Geo.FACTORY.createPolygon(outer.getExteriorRing(), new LinearRing[] {hole});
        Geometry multi = Geo.FACTORY.createMultiPolygon(new Polygon[] {withHole, box(30.76, 120.76, 0.001, 0.001)});
        AreaZone area = AreaZone.ofPolygon("a", "n", "330402", multi);
        assertTrue(area.footprint().covers(Geo.point(30.7505, 120.751)), "hole boundary is inside");
        assertFalse(area.footprint().covers(Geo.point(30.751, 120.751)), "hole interior is outside");
    }

    @Test
    void holeOutsideItsShellIsRefused() {
        LinearRing hole = box(30.76, 120.76, 0.001, 0.001).getExteriorRing();
        Polygon bad = Geo.FACTORY.createPolygon(BOX.getExteriorRing(), new LinearRing[] {hole});
        assertTrue(reason(() -> AreaZone.ofPolygon("a", "n", "330402", bad)).contains("hole lies outside shell"));
    }

    @Test
    void areaOfGridsIsTheirUnion() {
        GridZone a = GridZone.of("g1", "n", "330402", "33040200100201", box(30.75, 120.75, 0.001, 0.001));
        GridZone b = GridZone.of("g2", "n", "330402", "33040200100202", box(30.75, 120.751, 0.001, 0.001));
        AreaZone area = AreaZone.ofGrids("a", "n", "330402", List.of(a, b));
        assertEquals(List.of("g1", "g2"), area.gridIds());
        assertEquals("Polygon", area.footprint().getGeometryType());
        assertEquals(
                a.footprint().getArea() + b.footprint().getArea(),
                area.footprint().getArea(),
                1e-15);
        assertEquals("zone a: area has no grids", reason(() -> AreaZone.ofGrids("a", "n", "330402", List.of())));
    }

    @Test
    void circlePostFootprintEnclosesTheCircle() {
        PostZone post = PostZone.circle("p", "n", "330402", 30.75, 120.75, 30);
        for (int deg = 0; deg < 360; deg += 7) {
            double a = Math.toRadians(deg);
            double lat = 30.75 + 30 * Math.sin(a) / Geo.metersPerDegreeLat();
            double lon = 120.75 + 30 * Math.cos(a) / Geo.metersPerDegreeLon(30.75);
            assertTrue(post.footprint().covers(Geo.point(lat, lon)), "circle point at " + deg + "° is covered");
        }
        assertTrue(reason(() -> PostZone.circle("p", "n", "330402", 30.75, 120.75, 0))
                .contains("post radius"));
        assertTrue(
                reason(() -> PostZone.circle("p", "n", "330402", 95, 120.75, 5)).contains("post centre latitude"));
    }

    @Test
    void routeCorridorIsMeasuredInMetresInEveryDirection() {
        var eastWest = Geo.FACTORY.createLineString(
                new Coordinate[] {Geo.coordinate(30.75, 120.75), Geo.coordinate(30.75, 120.76)});
        var northSouth = Geo.FACTORY.createLineString(
                new Coordinate[] {Geo.coordinate(30.75, 120.75), Geo.coordinate(30.76, 120.75)});
        RouteZone ew = RouteZone.of("r1", "n", "330402", eastWest, 40, List.of());
        RouteZone ns = RouteZone.of("r2", "n", "330402", northSouth, 40, List.of());
        double dLat = 1 / Geo.metersPerDegreeLat();
        double dLon = 1 / Geo.metersPerDegreeLon(30.75);
        assertTrue(ew.footprint().covers(Geo.point(30.75 + 19.5 * dLat, 120.755)));
        assertFalse(ew.footprint().covers(Geo.point(30.75 + 20.5 * dLat, 120.755)));
        assertTrue(ns.footprint().covers(Geo.point(30.755, 120.75 + 19.5 * dLon)));
        assertFalse(ns.footprint().covers(Geo.point(30.755, 120.75 + 20.5 * dLon)));
    }

    @Test
    void routeNeedsTwoDistinctPointsPositiveWidthAndValidCheckpoints() {
        var dot = Geo.FACTORY.createLineString(
                new Coordinate[] {Geo.coordinate(30.75, 120.75), Geo.coordinate(30.75, 120.75)});
        var line = Geo.FACTORY.createLineString(
                new Coordinate[] {Geo.coordinate(30.75, 120.75), Geo.coordinate(30.75, 120.76)});
        assertEquals(
                "zone r: route line needs at least 2 distinct points",
                reason(() -> RouteZone.of("r", "n", "330402", dot, 20, List.of())));
        assertEquals(
                "zone r: route width must be a positive number of metres, got -1.0",
                reason(() -> RouteZone.of("r", "n", "330402", line, -1, List.of())));
        assertEquals(
                "zone r: checkpoint c1 radius must be a positive number of metres, got 0.0",
                reason(() ->
                        RouteZone.of("r", "n", "330402", line, 20, List.of(new Checkpoint("c1", 30.75, 120.755, 0)))));
    }
}
