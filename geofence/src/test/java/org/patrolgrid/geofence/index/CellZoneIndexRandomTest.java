package org.patrolgrid.geofence.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.PostZone;
import org.patrolgrid.geofence.zone.Zone;

/**
 * A million points, most of them on or within a metre of edges, vertices and holes: the cell index must agree with
 * plain JTS {@code covers} on every one of them.
 */
class CellZoneIndexRandomTest {
    private static final long SEED = 20261128L;
    private static final int POINTS = 1_000_000;
    /**
     * {@code -Dgeofence.literalCovers=true} makes the million-point reference call {@code Geometry.covers} itself
     * (about 30 s instead of 6 s on the 2-core box; it agreed on every point when run).
     */
    private static final boolean LITERAL_COVERS = Boolean.getBoolean("geofence.literalCovers");

    @Test
    void agreesWithPlainJtsCoversOnAMillionEdgeHuntingPoints() {
        System.out.println(
                "CellZoneIndexRandomTest seed=" + SEED + " points=" + POINTS + " literalCovers=" + LITERAL_COVERS);
        long t0 = System.nanoTime();
        TestWorld world = new TestWorld(SEED, 36, 36);
        long t1 = System.nanoTime();
        CellZoneIndex index = new CellZoneIndex(world.zones);
        long t2 = System.nanoTime();
        Reference reference = new Reference(world.zones);
        System.out.printf("world %d ms, index %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        double[] lat = new double[POINTS];
        double[] lon = new double[POINTS];
        new TestPoints(SEED + 1, world).fill(lat, lon);

        int inside = 0;
        int multi = 0;
        for (int i = 0; i < POINTS; i++) {
            List<Zone> expected = reference.containing(lat[i], lon[i]);
            List<Zone> actual = index.containing(lat[i], lon[i]);
            if (!expected.equals(actual)) {
                assertEquals(ids(expected), ids(actual), "point #" + i + " lat=" + lat[i] + " lon=" + lon[i]);
            }
            inside += expected.isEmpty() ? 0 : 1;
            multi += expected.size() > 1 ? 1 : 0;
        }
        System.out.printf("points checked in %d ms%n", (System.nanoTime() - t2) / 1_000_000);
        System.out.printf(
                "zones=%d coarseCells=%d inside=%d inMoreThanOne=%d%n",
                world.zones.size(), index.coarseCells(), inside, multi);
        assertTrue(inside > POINTS / 2, "most points hit a zone");
        assertTrue(multi > POINTS / 10, "many points sit on shared edges or in overlaps");
    }

    @Test
    void bruteForceJtsCoversAndStrTreeAgreeWithTheCellIndexOnEdgeHuntingPoints() {
        TestWorld world = new TestWorld(SEED + 7, 10, 10);
        List<ZoneIndex> indexes = List.of(
                new CellZoneIndex(world.zones),
                new StrTreeZoneIndex(world.zones),
                new BruteForceZoneIndex(world.zones));
        double[] lat = new double[20_000];
        double[] lon = new double[20_000];
        new TestPoints(SEED + 8, world).fill(lat, lon);
        for (int i = 0; i < lat.length; i++) {
            List<String> expected = ids(indexes.get(2).containing(lat[i], lon[i]));
            for (ZoneIndex index : indexes) {
                assertEquals(
                        expected,
                        ids(index.containing(lat[i], lon[i])),
                        index.getClass().getSimpleName());
            }
        }
    }

    @Test
    void crowdedCellsWithManyOverlappingZonesStayExact() {
        Random random = new Random(SEED + 9);
        List<Zone> zones = new ArrayList<>();
        double lat0 = 30.75;
        double lon0 = 120.75;
        for (int i = 0; i < 60; i++) { // 60 overlapping squares and circles inside about one coarse cell
            double lat = lat0 + random.nextDouble() * 0.0008;
            double lon = lon0 + random.nextDouble() * 0.0008;
            double d = 0.0001 + random.nextDouble() * 0.0005;
            zones.add(
                    i % 3 == 0
                            ? PostZone.circle("c" + i, "c", "330402", lat, lon, 5 + random.nextDouble() * 30)
                            : AreaZone.ofPolygon("s" + i, "s", "330402", Geo.FACTORY.createPolygon(new Coordinate[] {
                                Geo.coordinate(lat, lon),
                                Geo.coordinate(lat, lon + d),
                                Geo.coordinate(lat + d, lon + d),
                                Geo.coordinate(lat + d, lon),
                                Geo.coordinate(lat, lon)
                            })));
        }
        CellZoneIndex index = new CellZoneIndex(zones);
        BruteForceZoneIndex brute = new BruteForceZoneIndex(zones);
        int hits = 0;
        for (int i = 0; i < 50_000; i++) {
            double lat = lat0 - 0.0002 + random.nextDouble() * 0.0016;
            double lon = lon0 - 0.0002 + random.nextDouble() * 0.0016;
            List<String> expected = ids(brute.containing(lat, lon));
            assertEquals(expected, ids(index.containing(lat, lon)), "lat=" + lat + " lon=" + lon);
            hits += expected.size();
        }
        assertTrue(hits > 50_000, "points fall in several zones at once: " + hits);
    }

    private static List<String> ids(List<Zone> zones) {
        List<String> ids = new ArrayList<>();
        zones.forEach(z -> ids.add(z.id()));
        return ids;
    }

    /**
     * Plain JTS on every zone whose envelope holds the point (an envelope test never changes the answer): the
     * non-indexed ray-crossing point-in-area of JTS, which is what {@code Geometry.covers(Point)} decides (covers is
     * "not in the exterior") without building a full relate graph, about 20 times faster. The second test checks
     * {@code Geometry.covers} itself through {@link BruteForceZoneIndex}.
     */
    private static final class Reference {
        private final STRtree tree = new STRtree();

        Reference(List<Zone> zones) {
            for (int i = 0; i < zones.size(); i++) {
                tree.insert(zones.get(i).footprint().getEnvelopeInternal(), new Object[] {i, zones.get(i)});
            }
            tree.build();
        }

        private static boolean covers(Zone zone, double lat, double lon, Point point) {
            if (zone instanceof PostZone post && post.isCircle()) {
                return ZoneShape.coversUnprepared(zone, lat, lon, point);
            }
            if (LITERAL_COVERS) {
                return zone.footprint().covers(point);
            }
            return SimplePointInAreaLocator.locate(point.getCoordinate(), zone.footprint()) != Location.EXTERIOR;
        }

        List<Zone> containing(double lat, double lon) {
            Point point = Geo.point(lat, lon);
            @SuppressWarnings("unchecked")
            List<Object[]> candidates = tree.query(new Envelope(lon, lon, lat, lat));
            candidates.sort((a, b) -> Integer.compare((int) a[0], (int) b[0]));
            List<Zone> found = new ArrayList<>();
            for (Object[] c : candidates) {
                Zone zone = (Zone) c[1];
                if (covers(zone, lat, lon, point)) {
                    found.add(zone);
                }
            }
            return found;
        }
    }
}
