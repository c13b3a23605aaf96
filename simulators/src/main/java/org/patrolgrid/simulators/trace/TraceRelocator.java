package org.patrolgrid.simulators.trace;

import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.simulators.staff.PatrolTours;
import org.patrolgrid.simulators.staff.SimFix;

/**
 * Moves a trace onto a new place and time while keeping its shape and timing: every point keeps its offset in metres
 * (north, east) from the trace's centre and its offset in time from the first point. Speed and course come from the
 * moved points; accuracy is {@value #ACCURACY} m and the battery is left at 80 %.
 */
public final class TraceRelocator {
    public static final double ACCURACY = 8;

    private TraceRelocator() {}

    /** The trace centred on (lat, lon), its first point at {@code startMillis}. */
    public static List<SimFix> relocate(Trace trace, double lat, double lon, long startMillis) {
        List<TracePoint> points = trace.points();
        double minLat = Double.MAX_VALUE,
                maxLat = -Double.MAX_VALUE,
                minLon = Double.MAX_VALUE,
                maxLon = -Double.MAX_VALUE;
        for (TracePoint p : points) {
            minLat = Math.min(minLat, p.lat());
            maxLat = Math.max(maxLat, p.lat());
            minLon = Math.min(minLon, p.lon());
            maxLon = Math.max(maxLon, p.lon());
        }
        double centreLat = (minLat + maxLat) / 2, centreLon = (minLon + maxLon) / 2;
        long first = points.get(0).ts();
        List<SimFix> fixes = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            TracePoint p = points.get(i);
            double north = (p.lat() - centreLat) * Geo.metersPerDegreeLat();
            double east = (p.lon() - centreLon) * Geo.metersPerDegreeLon(centreLat);
            double[] moved = PatrolTours.offset(lat, lon, north, east);
            long ts = startMillis + (p.ts() - first);
            fixes.add(new SimFix(ts, moved[0], moved[1], ACCURACY, 0, 0, 80, false, ts));
        }
        return withMotion(fixes);
    }

    private static List<SimFix> withMotion(List<SimFix> fixes) {
        List<SimFix> out = new ArrayList<>(fixes.size());
        for (int i = 0; i < fixes.size(); i++) {
            SimFix f = fixes.get(i);
            SimFix prev = i == 0 ? null : fixes.get(i - 1);
            double speed = 0, course = 0;
            if (prev != null && f.ts() > prev.ts()) {
                double north = (f.lat() - prev.lat()) * Geo.metersPerDegreeLat();
                double east = (f.lon() - prev.lon()) * Geo.metersPerDegreeLon(f.lat());
                speed = Math.hypot(north, east) / ((f.ts() - prev.ts()) / 1000.0);
                course = (Math.toDegrees(Math.atan2(east, north)) + 360) % 360;
            }
            out.add(new SimFix(f.ts(), f.lat(), f.lon(), f.acc(), speed, course, f.batt(), false, f.sendAt())
                    .rounded());
        }
        return out;
    }
}
