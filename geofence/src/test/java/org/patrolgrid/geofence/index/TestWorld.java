package org.patrolgrid.geofence.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.Checkpoint;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.PostZone;
import org.patrolgrid.geofence.zone.RouteZone;
import org.patrolgrid.geofence.zone.Zone;

/**
 * A generated Jiaxing-like world for index tests: a lattice of about 100 m unit grids whose corners are jittered and
 * shared with their neighbours (so edges are exactly common), some with holes, some axis-aligned, plus multipolygon
 * grids, irregular rotated areas, unions of grids, circular posts and route corridors.
 */
final class TestWorld {
    static final double LAT0 = 30.74;
    static final double LON0 = 120.74;
    static final double STEP_LAT = 100 / Geo.metersPerDegreeLat();
    static final double STEP_LON = 100 / Geo.metersPerDegreeLon(LAT0);

    final List<Zone> zones = new ArrayList<>();
    private final Random random;
    private final int rows;
    private final int cols;
    private final double[][] nodeLat;
    private final double[][] nodeLon;

    TestWorld(long seed, int rows, int cols) {
        this.random = new Random(seed);
        this.rows = rows;
        this.cols = cols;
        this.nodeLat = new double[rows + 1][cols + 1];
        this.nodeLon = new double[rows + 1][cols + 1];
        jitterNodes();
        List<GridZone> grids = addGrids();
        addAreas(grids);
        addIrregulars(12);
        addPostsAndRoutes();
    }

    private void jitterNodes() {
        boolean straight = random.nextBoolean();
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= cols; c++) {
                boolean exact = straight && r < rows / 3; // a band of perfect rectangles on exact cell fractions
                double j = exact ? 0 : 0.18;
                nodeLat[r][c] = LAT0 + (r + j * (random.nextDouble() - 0.5)) * STEP_LAT;
                nodeLon[r][c] = LON0 + (c + j * (random.nextDouble() - 0.5)) * STEP_LON;
                if (exact) {
                    nodeLat[r][c] = Math.round(nodeLat[r][c] * 16384 * 4) / (16384.0 * 4);
                    nodeLon[r][c] = Math.round(nodeLon[r][c] * 16384 * 4) / (16384.0 * 4);
                }
            }
        }
    }

    private List<GridZone> addGrids() {
        List<GridZone> grids = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                Polygon cell = cell(r, c, (r * 7 + c * 3) % 11 == 0);
                Geometry footprint = cell;
                if ((r * 5 + c) % 17 == 3) { // a multipolygon: the cell plus a detached islet outside the lattice
                    Polygon islet = square(nodeLat[r][c] - 3 * STEP_LAT - 0.2 * STEP_LAT, nodeLon[r][c], 0.3);
                    footprint = Geo.FACTORY.createMultiPolygon(new Polygon[] {cell, islet});
                }
                String code = String.format("330402%03d%03d%03d", r % 1000, c % 1000, (r * cols + c) % 1000);
                grids.add(new GridZone(
                        "g-" + r + "-" + c,
                        "grid " + r + "/" + c,
                        "330402",
                        new org.patrolgrid.geofence.zone.GridCode(code),
                        footprint));
            }
        }
        zones.addAll(grids);
        return grids;
    }

    /** Cell (r, c) of the lattice, with a midpoint on each side (collinear-ish) and maybe a hole. */
    private Polygon cell(int r, int c, boolean withHole) {
        Coordinate[] ring = {
            node(r, c),
            mid(r, c, r, c + 1),
            node(r, c + 1),
            mid(r, c + 1, r + 1, c + 1),
            node(r + 1, c + 1),
            mid(r + 1, c + 1, r + 1, c),
            node(r + 1, c),
            mid(r + 1, c, r, c),
            node(r, c)
        };
        LinearRing shell = Geo.FACTORY.createLinearRing(ring);
        if (!withHole) {
            return Geo.FACTORY.createPolygon(shell);
        }
        double cLat = (nodeLat[r][c] + nodeLat[r + 1][c + 1]) / 2;
        double cLon = (nodeLon[r][c] + nodeLon[r + 1][c + 1]) / 2;
        LinearRing hole = Geo.FACTORY.createLinearRing(new Coordinate[] {
            Geo.coordinate(cLat - 0.2 * STEP_LAT, cLon - 0.25 * STEP_LON),
            Geo.coordinate(cLat - 0.15 * STEP_LAT, cLon + 0.2 * STEP_LON),
            Geo.coordinate(cLat + 0.25 * STEP_LAT, cLon + 0.1 * STEP_LON),
            Geo.coordinate(cLat + 0.1 * STEP_LAT, cLon - 0.2 * STEP_LON),
            Geo.coordinate(cLat - 0.2 * STEP_LAT, cLon - 0.25 * STEP_LON)
        });
        return Geo.FACTORY.createPolygon(shell, new LinearRing[] {hole});
    }

    private Coordinate node(int r, int c) {
        return Geo.coordinate(nodeLat[r][c], nodeLon[r][c]);
    }

    /** The exact midpoint of a shared side, so both neighbours get the same vertex. */
    private Coordinate mid(int r1, int c1, int r2, int c2) {
        return Geo.coordinate((nodeLat[r1][c1] + nodeLat[r2][c2]) / 2, (nodeLon[r1][c1] + nodeLon[r2][c2]) / 2);
    }

    private Polygon square(double lat, double lon, double sizeInSteps) {
        double dLat = sizeInSteps * STEP_LAT;
        double dLon = sizeInSteps * STEP_LON;
        return Geo.FACTORY.createPolygon(new Coordinate[] {
            Geo.coordinate(lat, lon),
            Geo.coordinate(lat, lon + dLon),
            Geo.coordinate(lat + dLat, lon + dLon),
            Geo.coordinate(lat + dLat, lon),
            Geo.coordinate(lat, lon)
        });
    }

    private void addAreas(List<GridZone> grids) {
        for (int r = 0; r + 1 < rows; r += 4) {
            for (int c = 0; c + 1 < cols; c += 5) {
                List<GridZone> block = List.of(
                        grids.get(r * cols + c), grids.get(r * cols + c + 1),
                        grids.get((r + 1) * cols + c), grids.get((r + 1) * cols + c + 1));
                zones.add(AreaZone.ofGrids("a-" + r + "-" + c, "area", "330402", block));
            }
        }
    }

    /** Rotated, star-shaped polygons of 300-800 m, some with a hole, overlapping many grids. */
    private void addIrregulars(int count) {
        for (int i = 0; i < count; i++) {
            double cLat = LAT0 + random.nextDouble() * rows * STEP_LAT;
            double cLon = LON0 + random.nextDouble() * cols * STEP_LON;
            double radius = 150 + random.nextDouble() * 250;
            Polygon star = star(cLat, cLon, radius, 7 + random.nextInt(20), i % 3 == 0);
            zones.add(AreaZone.ofPolygon("i-" + i, "irregular", "330402", star));
        }
    }

    private Polygon star(double lat, double lon, double radius, int n, boolean withHole) {
        double turn = random.nextDouble() * Math.PI;
        Coordinate[] ring = new Coordinate[n + 1];
        for (int k = 0; k < n; k++) {
            double a = turn + 2 * Math.PI * k / n;
            double rr = radius * (0.55 + 0.45 * random.nextDouble());
            ring[k] = Geo.coordinate(
                    lat + rr * Math.sin(a) / Geo.metersPerDegreeLat(),
                    lon + rr * Math.cos(a) / Geo.metersPerDegreeLon(lat));
        }
        ring[n] = ring[0].copy();
        LinearRing shell = Geo.FACTORY.createLinearRing(ring);
        if (!withHole) {
            return Geo.FACTORY.createPolygon(shell);
        }
        Polygon hole = (Polygon) org.patrolgrid.geofence.zone.ZoneFootprints.circle(lat, lon, radius * 0.3);
        return Geo.FACTORY.createPolygon(shell, new LinearRing[] {hole.getExteriorRing()});
    }

    private void addPostsAndRoutes() {
        for (int i = 0; i < 20; i++) {
            double lat = LAT0 + random.nextDouble() * rows * STEP_LAT;
            double lon = LON0 + random.nextDouble() * cols * STEP_LON;
            zones.add(PostZone.circle("p-" + i, "post", "330402", lat, lon, 10 + random.nextDouble() * 60));
        }
        for (int i = 0; i < 6; i++) {
            double lat0 = LAT0 + random.nextDouble() * (rows - 5) * STEP_LAT;
            double lon0 = LON0 + random.nextDouble() * (cols - 5) * STEP_LON;
            Coordinate[] pts = new Coordinate[3 + random.nextInt(4)];
            for (int k = 0; k < pts.length; k++) {
                pts[k] = Geo.coordinate(
                        lat0 + random.nextDouble() * 5 * STEP_LAT, lon0 + random.nextDouble() * 5 * STEP_LON);
            }
            LineString line = Geo.FACTORY.createLineString(pts);
            var cp = new Checkpoint("c" + i, Geo.lat(pts[1]), Geo.lon(pts[1]), 20);
            zones.add(RouteZone.of("r-" + i, "route", "330402", line, 20 + random.nextDouble() * 40, List.of(cp)));
        }
    }

    double minLat() {
        return LAT0 - 4 * STEP_LAT;
    }

    double maxLat() {
        return LAT0 + (rows + 1) * STEP_LAT;
    }

    double minLon() {
        return LON0 - STEP_LON;
    }

    double maxLon() {
        return LON0 + (cols + 1) * STEP_LON;
    }
}
