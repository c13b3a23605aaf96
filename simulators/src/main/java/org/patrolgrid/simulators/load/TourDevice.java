package org.patrolgrid.simulators.load;

import java.util.List;
import java.util.SplittableRandom;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.simulators.staff.Waypoint;

/**
 * A device going round a patrol tour of the Jiaxing world at a steady speed, from a seeded point of the tour, with
 * 3–15 m accuracy and a slowly draining battery. Time stamps strictly increase. Not thread-safe.
 */
public final class TourDevice implements MovingDevice {
    private final List<Waypoint> tour;
    private final double speedMps;
    private final SplittableRandom random;
    private int next;
    private double lat;
    private double lon;
    private double course;
    private double acc = 5;
    private double batt;
    private long ts;

    public TourDevice(List<Waypoint> tour, double speedMps, long seed, long startTs) {
        if (tour.size() < 2) {
            throw new IllegalArgumentException("a tour needs at least two waypoints");
        }
        this.tour = List.copyOf(tour);
        this.speedMps = speedMps;
        this.random = new SplittableRandom(seed);
        int start = random.nextInt(tour.size());
        this.lat = tour.get(start).lat();
        this.lon = tour.get(start).lon();
        this.next = (start + 1) % tour.size();
        this.batt = 60 + random.nextDouble() * 40;
        this.ts = startTs;
    }

    @Override
    public long step(long wantedTs) {
        long now = Math.max(wantedTs, ts + 1);
        double seconds = (now - ts) / 1000.0;
        ts = now;
        advance(speedMps * seconds);
        acc = 3 + random.nextDouble() * 12;
        batt = Math.max(5, batt - seconds / 600);
        return ts;
    }

    private void advance(double meters) {
        for (int legs = 0; meters > 0 && legs < tour.size(); legs++) {
            Waypoint target = tour.get(next);
            double north = (target.lat() - lat) * Geo.metersPerDegreeLat();
            double east = (target.lon() - lon) * Geo.metersPerDegreeLon(lat);
            double left = Math.hypot(north, east);
            if (left > 0) {
                course = (Math.toDegrees(Math.atan2(east, north)) + 360) % 360;
            }
            if (left > meters) {
                lat += north * meters / left / Geo.metersPerDegreeLat();
                lon += east * meters / left / Geo.metersPerDegreeLon(lat);
                return;
            }
            lat = target.lat();
            lon = target.lon();
            meters -= left;
            next = (next + 1) % tour.size();
        }
    }

    @Override
    public double lat() {
        return lat;
    }

    @Override
    public double lon() {
        return lon;
    }

    @Override
    public double acc() {
        return acc;
    }

    @Override
    public double speed() {
        return speedMps;
    }

    @Override
    public double course() {
        return course;
    }

    @Override
    public double batt() {
        return batt;
    }
}
