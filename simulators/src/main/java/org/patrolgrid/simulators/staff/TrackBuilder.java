package org.patrolgrid.simulators.staff;

import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.geofence.geo.Geo;

/** Builds a {@link Track} leg by leg: move somewhere at a speed, stand for a while, or stop at a given time. */
public final class TrackBuilder {
    private final List<long[]> times = new ArrayList<>();
    private final List<double[]> points = new ArrayList<>();

    public TrackBuilder(long start, double lat, double lon) {
        add(start, lat, lon);
    }

    public long now() {
        return times.get(times.size() - 1)[0];
    }

    public double lat() {
        return points.get(points.size() - 1)[0];
    }

    public double lon() {
        return points.get(points.size() - 1)[1];
    }

    /** Moves in a straight line at {@code speed} m/s, stopping early at {@code until}; true when it got there. */
    public boolean moveTo(double lat, double lon, double speed, long until) {
        double meters = Geo.meters(lat(), lon(), lat, lon);
        long arrive = now() + Math.round(meters / speed * 1000);
        if (arrive <= until) {
            add(arrive, lat, lon);
            return true;
        }
        double f = (until - now()) / (double) (arrive - now());
        add(until, lat() + f * (lat - lat()), lon() + f * (lon - lon()));
        return false;
    }

    /** Stands still for {@code millis}, stopping early at {@code until}; true when the whole stay fitted. */
    public boolean dwell(long millis, long until) {
        long from = now();
        add(Math.min(from + millis, until), lat(), lon());
        return from + millis <= until;
    }

    public Track build() {
        int n = times.size();
        long[] ts = new long[n];
        double[] lats = new double[n];
        double[] lons = new double[n];
        for (int i = 0; i < n; i++) {
            ts[i] = times.get(i)[0];
            lats[i] = points.get(i)[0];
            lons[i] = points.get(i)[1];
        }
        return new Track(ts, lats, lons);
    }

    private void add(long t, double lat, double lon) {
        if (!times.isEmpty() && t < now()) {
            throw new IllegalStateException("a track cannot go back in time");
        }
        times.add(new long[] {t});
        points.add(new double[] {lat, lon});
    }
}
