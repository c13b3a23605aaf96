package org.patrolgrid.simulators.staff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.Checkpoint;
import org.patrolgrid.geofence.zone.PostZone;
import org.patrolgrid.geofence.zone.RouteZone;

/**
 * Tours along routes and around posts. A route tour rides the line out and back and stops {@link #CHECKPOINT_DWELL}
 * at each checkpoint (必到点), longer than the longest fix interval, so a fix always falls on it. Area tours are in
 * {@link AreaTours}.
 */
public final class PatrolTours {
    public static final long CHECKPOINT_DWELL = 60_000;
    /** A checkpoint this close to a leg of the line lies on it. */
    private static final double ON_LINE_METERS = 1.0;

    private PatrolTours() {}

    /** Out along the route and back, with a stop at every checkpoint. */
    public static List<Waypoint> route(RouteZone route) {
        return outAndBack(forward(route));
    }

    /**
     * Out only as far as the middle checkpoint and back: every checkpoint after it, the last one at the route's end
     * included, is missed while the rider never leaves the corridor.
     */
    public static List<Waypoint> skippedRoute(RouteZone route) {
        List<Waypoint> forward = forward(route);
        String middle =
                route.checkpoints().get((route.checkpoints().size() - 1) / 2).id();
        int cut = 0;
        while (!middle.equals(forward.get(cut).mark())) {
            cut++;
        }
        return outAndBack(forward.subList(0, cut + 1));
    }

    /** Six stops within 0.4 × the radius of a post's centre, 2–5 minutes each. */
    public static List<Waypoint> post(PostZone post, SplittableRandom random) {
        List<Waypoint> stops = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double r = random.nextDouble() * 0.4 * post.radiusMeters();
            double angle = random.nextDouble() * 2 * Math.PI;
            double[] p = offset(post.centerLat(), post.centerLon(), r * Math.cos(angle), r * Math.sin(angle));
            stops.add(new Waypoint(p[0], p[1], 120_000 + random.nextInt(180_000), null));
        }
        return stops;
    }

    /** The point {@code north} and {@code east} metres from (lat, lon). */
    public static double[] offset(double lat, double lon, double north, double east) {
        return new double[] {lat + north / Geo.metersPerDegreeLat(), lon + east / Geo.metersPerDegreeLon(lat)};
    }

    private static List<Waypoint> forward(RouteZone route) {
        Coordinate[] line = route.line().getCoordinates();
        List<Waypoint> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (int i = 0; i < line.length; i++) {
            out.add(Waypoint.at(Geo.lat(line[i]), Geo.lon(line[i])));
            if (i + 1 < line.length) {
                out.addAll(checkpointsOn(line[i], line[i + 1], route.checkpoints(), placed));
            }
        }
        return out;
    }

    private static List<Waypoint> checkpointsOn(Coordinate a, Coordinate b, List<Checkpoint> all, Set<String> placed) {
        List<double[]> found = new ArrayList<>(); // {fraction along, index}
        double ax = 0, ay = 0;
        double bx = (b.x - a.x) * Geo.metersPerDegreeLon(a.y), by = (b.y - a.y) * Geo.metersPerDegreeLat();
        double length2 = bx * bx + by * by;
        for (int k = 0; k < all.size(); k++) {
            Checkpoint c = all.get(k);
            double cx = (c.lon() - a.x) * Geo.metersPerDegreeLon(a.y), cy = (c.lat() - a.y) * Geo.metersPerDegreeLat();
            double f = length2 == 0 ? 0 : Math.max(0, Math.min(1, (cx * bx + cy * by) / length2));
            double d = Math.hypot(cx - (ax + f * bx), cy - (ay + f * by));
            if (d <= ON_LINE_METERS && !placed.contains(c.id())) {
                found.add(new double[] {f, k});
                placed.add(c.id());
            }
        }
        found.sort((p, q) -> Double.compare(p[0], q[0]));
        List<Waypoint> stops = new ArrayList<>();
        for (double[] f : found) {
            Checkpoint c = all.get((int) f[1]);
            stops.add(new Waypoint(c.lat(), c.lon(), CHECKPOINT_DWELL, c.id()));
        }
        return stops;
    }

    private static List<Waypoint> outAndBack(List<Waypoint> forward) {
        List<Waypoint> back = new ArrayList<>(forward.subList(0, forward.size() - 1));
        Collections.reverse(back);
        List<Waypoint> tour = new ArrayList<>(forward);
        tour.addAll(back.subList(0, Math.max(0, back.size() - 1)));
        return tour;
    }
}
