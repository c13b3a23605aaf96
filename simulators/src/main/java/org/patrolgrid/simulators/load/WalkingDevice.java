package org.patrolgrid.simulators.load;

import java.util.SplittableRandom;
import org.patrolgrid.geofence.geo.Geo;

/**
 * A device carried at walking speed around Jiaxing's urban core. Each fix moves it by speed × elapsed time with a
 * wandering course; it turns back toward the centre when it leaves the core. Time stamps strictly increase.
 *
 * <p>Not thread-safe: one device lives on one event loop.
 */
public final class WalkingDevice implements MovingDevice {
    /** The built-up core of Jiaxing the devices walk in. */
    static final double SOUTH = 30.74, NORTH = 30.79, WEST = 120.72, EAST = 120.80;

    private static final double CENTRE_LAT = (SOUTH + NORTH) / 2, CENTRE_LON = (WEST + EAST) / 2;

    private final SplittableRandom random;
    private double lat;
    private double lon;
    private double course;
    private double speed;
    private double batt;
    private double acc;
    private long ts;

    public WalkingDevice(long seed, long startTs) {
        this.random = new SplittableRandom(seed);
        this.lat = SOUTH + random.nextDouble() * (NORTH - SOUTH);
        this.lon = WEST + random.nextDouble() * (EAST - WEST);
        this.course = random.nextDouble() * 360;
        this.speed = 1.0 + random.nextDouble() * 0.6;
        this.batt = 60 + random.nextDouble() * 40;
        this.acc = 5;
        this.ts = startTs;
    }

    @Override
    public long step(long wantedTs) {
        long next = Math.max(wantedTs, ts + 1);
        double seconds = (next - ts) / 1000.0;
        ts = next;
        wander(seconds);
        double metres = speed * seconds;
        double rad = Math.toRadians(course);
        lat += metres * Math.cos(rad) / Geo.metersPerDegreeLat();
        lon += metres * Math.sin(rad) / Geo.metersPerDegreeLon(lat);
        if (lat < SOUTH || lat > NORTH || lon < WEST || lon > EAST) {
            course = bearingToCentre();
        }
        acc = 3 + random.nextDouble() * 12;
        batt = Math.max(5, batt - seconds / 600);
        return ts;
    }

    private void wander(double seconds) {
        double turn = random.nextGaussian() * Math.min(45, 8 * Math.sqrt(Math.max(seconds, 0.01)));
        course = (course + turn + 360) % 360;
        speed = Math.min(1.8, Math.max(0.8, speed + random.nextGaussian() * 0.05));
    }

    private double bearingToCentre() {
        double north = (CENTRE_LAT - lat) * Geo.metersPerDegreeLat();
        double east = (CENTRE_LON - lon) * Geo.metersPerDegreeLon(lat);
        return (Math.toDegrees(Math.atan2(east, north)) + 360) % 360;
    }

    public long ts() {
        return ts;
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
    public double course() {
        return course;
    }

    @Override
    public double speed() {
        return speed;
    }

    @Override
    public double batt() {
        return batt;
    }

    @Override
    public double acc() {
        return acc;
    }
}
