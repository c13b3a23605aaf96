package org.patrolgrid.geofence.index;

import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.Zone;

/**
 * Query points that hunt for edge cases: exactly on vertices, on (or within rounding of) edges, within 1 m of edges
 * and vertices, snapped onto cell boundaries of the index lattice, and uniform ones over and around the world.
 */
final class TestPoints {
    private static final double ONE_METER_LAT = 1 / Geo.metersPerDegreeLat();

    private final Random random;
    private final TestWorld world;
    private final List<Zone> zones;

    TestPoints(long seed, TestWorld world) {
        this.random = new Random(seed);
        this.world = world;
        this.zones = world.zones;
    }

    /** Fills {@code lat[i], lon[i]}. */
    void fill(double[] lat, double[] lon) {
        for (int i = 0; i < lat.length; i++) {
            Coordinate c = next(i % 8);
            lat[i] = c.y;
            lon[i] = c.x;
        }
    }

    private Coordinate next(int kind) {
        switch (kind) {
            case 0:
                return uniform();
            case 1:
                return vertex();
            case 2:
                return onEdge();
            case 3:
                return near(vertex(), 1.0);
            case 4, 5:
                return near(onEdge(), 1.0);
            case 6:
                return snapToCellBoundary(near(onEdge(), 3.0));
            default:
                return near(onEdge(), 0.001);
        }
    }

    private Coordinate uniform() {
        double lat = world.minLat() + random.nextDouble() * (world.maxLat() - world.minLat());
        double lon = world.minLon() + random.nextDouble() * (world.maxLon() - world.minLon());
        return Geo.coordinate(lat, lon);
    }

    private Coordinate vertex() {
        Coordinate[] cs = randomZoneCoordinates();
        return cs[random.nextInt(cs.length)].copy();
    }

    /** A point on a random boundary segment: exactly on it for axis-aligned edges, within rounding otherwise. */
    private Coordinate onEdge() {
        Coordinate[] cs = randomZoneCoordinates();
        int i = random.nextInt(cs.length - 1);
        Coordinate a = cs[i];
        Coordinate b = cs[i + 1];
        double t = random.nextInt(4) == 0 ? 0.5 : random.nextDouble();
        return new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
    }

    private Coordinate near(Coordinate c, double meters) {
        double dLat = (random.nextDouble() * 2 - 1) * meters * ONE_METER_LAT;
        double dLon = (random.nextDouble() * 2 - 1) * meters / Geo.metersPerDegreeLon(c.y);
        return new Coordinate(c.x + dLon, c.y + dLat);
    }

    private Coordinate snapToCellBoundary(Coordinate c) {
        double lat = random.nextBoolean() ? Math.round(c.y * 16384) / 16384.0 : c.y;
        double lon = random.nextBoolean() ? Math.round(c.x * 16384) / 16384.0 : c.x;
        return new Coordinate(lon, lat);
    }

    private Coordinate[] randomZoneCoordinates() {
        return zones.get(random.nextInt(zones.size())).footprint().getCoordinates();
    }
}
