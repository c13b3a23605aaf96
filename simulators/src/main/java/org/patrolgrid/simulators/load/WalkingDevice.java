package org.patrolgrid.simulators.load;

import java.util.SplittableRandom;
import org.patrolgrid.geofence.geo.Geo;

/**
 * A device carried at walking speed inside its {@link WalkArea} (Jiaxing's urban core by default). Each fix moves it by
 * speed × elapsed time with a wandering course; a step that would leave the area turns toward the area's centre
 * instead, so every fix is inside the area. Time stamps strictly increase.
 *
 * <p>Not thread-safe: one device lives on one event loop.
 */
public final class WalkingDevice implements MovingDevice {
    private final SplittableRandom random;
    private final WalkArea area;
    private double lat;
    private double lon;
    private double course;
    private double speed;
    private double batt;
    private double acc;
    private long ts;

    public WalkingDevice(long seed, long startTs) {
        this(seed, startTs, WalkArea.JIAXING_CORE);
    }

    public WalkingDevice(long seed, long startTs, WalkArea area) {
        this.random = new SplittableRandom(seed);
        this.area = area;
        double[] start = area.randomPoint(random);
        this.lat = start[0];
        this.lon = start[1];
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
        if (!area.contains(lat + north(metres), lon + east(metres))) {
            course = bearingToCentre();
            metres = Math.min(metres, metresToCentre());
        }
        double stepLat = north(metres);
        lon += east(metres);
        lat += stepLat;
        acc = 3 + random.nextDouble() * 12;
        batt = Math.max(5, batt - seconds / 600);
        return ts;
    }

    private void wander(double seconds) {
        double turn = roughlyNormal() * Math.min(45, 8 * Math.sqrt(Math.max(seconds, 0.01)));
        course = (course + turn + 360) % 360;
        speed = Math.min(1.8, Math.max(0.8, speed + roughlyNormal() * 0.05));
    }

    /**
     * Mean 0, standard deviation 1, bell-shaped within ±3 (the sum of three uniforms): a walk needs no more, and the
     * JDK's {@code nextGaussian} was over a quarter of the load driver's CPU at 16k fixes a second.
     */
    private double roughlyNormal() {
        return (random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5) * 2;
    }

    /** Degrees of latitude of a step of {@code metres} along the course. */
    private double north(double metres) {
        return metres * Math.cos(Math.toRadians(course)) / Geo.metersPerDegreeLat();
    }

    /** Degrees of longitude of a step of {@code metres} along the course. */
    private double east(double metres) {
        return metres * Math.sin(Math.toRadians(course)) / Geo.metersPerDegreeLon(lat);
    }

    private double bearingToCentre() {
        double north = (area.centreLat() - lat) * Geo.metersPerDegreeLat();
        double east = (area.centreLon() - lon) * Geo.metersPerDegreeLon(lat);
        return (Math.toDegrees(Math.atan2(east, north)) + 360) % 360;
    }

    private double metresToCentre() {
        double north = (area.centreLat() - lat) * Geo.metersPerDegreeLat();
        double east = (area.centreLon() - lon) * Geo.metersPerDegreeLon(lat);
        return Math.hypot(north, east);
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
