package org.patrolgrid.simulators.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.Checkpoint;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.PostZone;
import org.patrolgrid.geofence.zone.RouteZone;
import org.patrolgrid.geofence.zone.Zone;

class JiaxingWorldGeneratorTest {
    private static final long SEED = 42;
    /** 1e-7° (about 1 cm): output coordinates are rounded to this. */
    private static final double ROUNDING = 1e-7;

    private static JiaxingWorldGenerator generator;
    private static JiaxingWorld world;
    private static Map<String, PreparedGeometry> districts;

    @BeforeAll
    static void generateOnce() {
        generator = JiaxingWorldGenerator.bundled();
        world = generator.generate(SEED);
        districts = new HashMap<>();
        for (DistrictBoundary d : DistrictBoundaries.load()) {
            districts.put(d.adcode(), PreparedGeometryFactory.prepare(d.area().buffer(ROUNDING)));
        }
    }

    private static String geoJson(JiaxingWorld w) {
        StringWriter out = new StringWriter();
        WorldGeoJson.write(w, out);
        return out.toString();
    }

    @Test
    void sameSeedGivesByteIdenticalGeoJson() {
        String again = geoJson(JiaxingWorldGenerator.bundled().generate(SEED));
        assertEquals(geoJson(world), again);
    }

    @Test
    void anotherSeedGivesAnotherWorldOnTheSameGrids() {
        JiaxingWorld other = generator.generate(SEED + 1);
        assertEquals(
                world.grids().stream().map(g -> g.footprint().toText()).sorted().toList(),
                other.grids().stream().map(g -> g.footprint().toText()).sorted().toList(),
                "the lattice does not depend on the seed");
        assertNotEquals(
                world.areas().stream().map(AreaZone::gridIds).toList(),
                other.areas().stream().map(AreaZone::gridIds).toList());
    }

    @Test
    void aFewThousandGridsInBothDistricts() {
        int count = world.grids().size();
        assertTrue(count >= 2000 && count <= 8000, count + " grids");
        Set<String> seen = new HashSet<>();
        world.grids().forEach(g -> seen.add(g.district()));
        assertEquals(Set.of("330402", "330411"), seen);
    }

    @Test
    void gridCodesAreValidUniqueAndNameARealStreetOfTheirDistrict() {
        Set<String> streets = new HashSet<>();
        Townships.load().forEach(t -> streets.add(t.code()));
        Set<String> codes = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (GridZone grid : world.grids()) {
            String code = grid.code().value();
            assertTrue(code.matches("\\d{14,15}"), code);
            assertEquals(grid.district(), grid.code().district());
            assertTrue(streets.contains(code.substring(0, 9)), "street of " + code);
            assertFalse(grid.code().community().equals("000"), code);
            assertTrue(codes.add(code), "duplicate code " + code);
            assertTrue(ids.add(grid.id()), "duplicate id " + grid.id());
        }
    }

    @Test
    void everyGridIsAValidPolygonInsideItsDistrict() {
        for (GridZone grid : world.grids()) {
            Geometry footprint = grid.footprint();
            assertTrue(footprint instanceof Polygon && footprint.isValid(), grid.id());
            assertTrue(districts.get(grid.district()).covers(footprint), grid.id() + " outside " + grid.district());
            double area = footprint.getArea() * Geo.metersPerDegreeLat() * Geo.metersPerDegreeLon(30.765);
            assertTrue(area > 0.29 * 10_000 && area < 1.01 * 10_000, grid.id() + " has " + area + " m²");
        }
    }

    @Test
    void gridsOfADistrictDoNotOverlap() {
        for (String district : districts.keySet()) {
            List<Geometry> footprints = world.grids().stream()
                    .filter(g -> g.district().equals(district))
                    .map(Zone::footprint)
                    .toList();
            double sum = footprints.stream().mapToDouble(Geometry::getArea).sum();
            double union = Geo.FACTORY.buildGeometry(footprints).union().getArea();
            assertEquals(sum, union, sum * 1e-6, "overlap in " + district);
        }
    }

    @Test
    void areasHold20To60ContiguousGridsOfTheirDistrict() {
        Map<String, GridZone> grids = new HashMap<>();
        world.grids().forEach(g -> grids.put(g.id(), g));
        Set<String> taken = new HashSet<>();
        assertTrue(world.areas().size() >= 40, world.areas().size() + " areas");
        for (AreaZone area : world.areas()) {
            int size = area.gridIds().size();
            assertTrue(size >= 20 && size <= 60, area.id() + " has " + size + " grids");
            for (String id : area.gridIds()) {
                assertEquals(area.district(), grids.get(id).district(), id + " in " + area.id());
                assertTrue(taken.add(id), id + " is in two areas");
            }
            assertTrue(area.footprint() instanceof Polygon, area.id() + " is not one contiguous piece");
        }
        assertTrue(taken.size() > 0.95 * world.grids().size(), "most grids belong to an area");
    }

    @Test
    void postsAreCirclesOf30To80MetresInsideTheirDistrict() {
        assertFalse(world.posts().isEmpty());
        Set<String> ids = new HashSet<>();
        for (PostZone post : world.posts()) {
            assertTrue(ids.add(post.id()));
            assertTrue(post.radiusMeters() >= 30 && post.radiusMeters() <= 80, post.id());
            assertTrue(districts.get(post.district()).covers(Geo.point(post.centerLat(), post.centerLon())));
            assertTrue(post.footprint().covers(Geo.point(post.centerLat(), post.centerLon())));
        }
    }

    @Test
    void routesRunAlongGridEdgesWithCheckpointsOnTheLine() {
        assertTrue(world.routes().size() >= 10, world.routes().size() + " routes");
        for (RouteZone route : world.routes()) {
            assertTrue(route.widthMeters() >= 30 && route.widthMeters() <= 60, route.id());
            assertTrue(route.line().isSimple(), route.id() + " crosses itself");
            assertTrue(districts.get(route.district()).covers(route.line()), route.id());
            double metres = lengthMeters(route);
            assertTrue(metres >= 1400 && metres <= 4100, route.id() + " is " + metres + " m");
            int n = route.checkpoints().size();
            assertTrue(n >= 3 && n <= 6, route.id() + " has " + n + " checkpoints");
            for (Checkpoint c : route.checkpoints()) {
                assertTrue(route.line().distance(Geo.point(c.lat(), c.lon())) < ROUNDING, c.id() + " off the line");
            }
            for (int i = 1; i < route.line().getNumPoints(); i++) {
                var a = route.line().getCoordinateN(i - 1);
                var b = route.line().getCoordinateN(i);
                assertTrue(a.x == b.x || a.y == b.y, route.id() + " leaves the grid edges");
            }
        }
    }

    private static double lengthMeters(RouteZone route) {
        double metres = 0;
        for (int i = 1; i < route.line().getNumPoints(); i++) {
            var a = route.line().getCoordinateN(i - 1);
            var b = route.line().getCoordinateN(i);
            metres += Geo.meters(Geo.lat(a), Geo.lon(a), Geo.lat(b), Geo.lon(b));
        }
        return metres;
    }
}
