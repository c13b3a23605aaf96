package org.patrolgrid.simulators.staff;

import org.patrolgrid.geofence.geo.Geo;

/**
 * Where a person truly is over time: knots (time, lat, lon) joined by straight, constant-speed legs. Before the first
 * knot and after the last the person stays put. Immutable.
 */
public final class Track {
    private final long[] ts;
    private final double[] lats;
    private final double[] lons;

    Track(long[] ts, double[] lats, double[] lons) {
        this.ts = ts;
        this.lats = lats;
        this.lons = lons;
    }

    public long start() {
        return ts[0];
    }

    public long end() {
        return ts[ts.length - 1];
    }

    /** {lat, lon} at time {@code t}. */
    public double[] at(long t) {
        int k = leg(t);
        if (k < 0) {
            return new double[] {lats[0], lons[0]};
        }
        if (k >= ts.length - 1) {
            return new double[] {lats[ts.length - 1], lons[ts.length - 1]};
        }
        double f = (t - ts[k]) / (double) (ts[k + 1] - ts[k]);
        return new double[] {lats[k] + f * (lats[k + 1] - lats[k]), lons[k] + f * (lons[k + 1] - lons[k])};
    }

    /** {speed m/s, course degrees} of the leg at time {@code t}; 0, 0 when standing. */
    public double[] velocity(long t) {
        int k = leg(t);
        if (k < 0 || k >= ts.length - 1 || ts[k + 1] == ts[k]) {
            return new double[] {0, 0};
        }
        double north = (lats[k + 1] - lats[k]) * Geo.metersPerDegreeLat();
        double east = (lons[k + 1] - lons[k]) * Geo.metersPerDegreeLon(lats[k]);
        double speed = Math.hypot(north, east) / ((ts[k + 1] - ts[k]) / 1000.0);
        double course = speed == 0 ? 0 : (Math.toDegrees(Math.atan2(east, north)) + 360) % 360;
        return new double[] {speed, course};
    }

    /** Index of the knot that starts the leg holding {@code t}: -1 before the track, last index after it. */
    private int leg(long t) {
        if (t < ts[0]) {
            return -1;
        }
        int lo = 0, hi = ts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (ts[mid] <= t) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
