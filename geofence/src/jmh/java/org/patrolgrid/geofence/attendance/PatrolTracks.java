package org.patrolgrid.geofence.attendance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.patrolgrid.geofence.geo.LocalProjection;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.GridCode;
import org.patrolgrid.geofence.zone.GridZone;

/** A patrol area of 8 x 5 unit grids of 100 m in 南湖区, and walking tracks over it. */
final class PatrolTracks {
    static final LocalProjection PLANE = new LocalProjection(30.75, 120.76);
    static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

    final List<GridZone> grids = new ArrayList<>();
    final AreaZone area;

    PatrolTracks() {
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 8; c++) {
                int n = r * 8 + c + 1;
                grids.add(new GridZone(
                        "g" + n,
                        "grid " + n,
                        "330402",
                        new GridCode(String.format("330402001001%03d", n)),
                        rect(c * 100, r * 100, (c + 1) * 100, (r + 1) * 100)));
            }
        }
        Geometry union = UnaryUnionOp.union(grids.stream().map(GridZone::footprint).toList());
        area = new AreaZone("a1", "area", "330402", grids.stream().map(GridZone::id).toList(), union);
    }

    private static Geometry rect(double x0, double y0, double x1, double y1) {
        Coordinate[] ring = {c(x0, y0), c(x1, y0), c(x1, y1), c(x0, y1), c(x0, y0)};
        return Geo.FACTORY.createPolygon(ring);
    }

    private static Coordinate c(double x, double y) {
        return Geo.coordinate(PLANE.lat(y), PLANE.lon(x));
    }

    /**
     * A collector walking at about 1.3 m/s with turns, pauses, 3-8 m GPS noise and a fix every 5 s, mostly inside the
     * 800 x 500 m area with the odd excursion past its edge.
     */
    static Position[] walk(String device, int fixes, long seed) {
        Random random = new Random(seed);
        Position[] track = new Position[fixes];
        double x = 50 + random.nextDouble() * 700;
        double y = 50 + random.nextDouble() * 400;
        double heading = random.nextDouble() * 2 * Math.PI;
        for (int k = 0; k < fixes; k++) {
            heading += random.nextGaussian() * 0.3;
            double speed = random.nextDouble() < 0.1 ? 0 : 1.3;
            x += Math.cos(heading) * speed * 5;
            y += Math.sin(heading) * speed * 5;
            if (x < -40 || x > 840 || y < -40 || y > 540) {
                heading += Math.PI;
            }
            double accuracy = 3 + random.nextDouble() * 5;
            double nx = x + random.nextGaussian() * accuracy / 2;
            double ny = y + random.nextGaussian() * accuracy / 2;
            track[k] = Position.of(device, START.plusSeconds(5L * k), PLANE.lat(ny), PLANE.lon(nx), accuracy);
        }
        return track;
    }
}
