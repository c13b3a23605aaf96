package org.patrolgrid.geofence.route;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.patrolgrid.geofence.geo.LocalProjection;
import org.patrolgrid.geofence.zone.Checkpoint;
import org.patrolgrid.geofence.zone.RouteZone;

/**
 * A route's line in a local metric plane, cut into stations of {@link #STATION_METERS} for adherence, with its
 * checkpoints. Immutable, built once per route and shared by every shift on it.
 */
public final class RouteLine {
    /** Adherence is measured in stretches of this length. */
    public static final double STATION_METERS = 5.0;

    private final double[] xs;
    private final double[] ys;
    private final double[] along;
    private final double halfWidth;
    private final int stations;
    private final List<Checkpoint> checkpoints;
    private final double[] checkpointX;
    private final double[] checkpointY;

    public RouteLine(LocalProjection plane, RouteZone route) {
        Coordinate[] line = route.line().getCoordinates();
        this.xs = new double[line.length];
        this.ys = new double[line.length];
        this.along = new double[line.length];
        for (int k = 0; k < line.length; k++) {
            xs[k] = plane.x(line[k].x);
            ys[k] = plane.y(line[k].y);
            along[k] = k == 0 ? 0 : along[k - 1] + Math.hypot(xs[k] - xs[k - 1], ys[k] - ys[k - 1]);
        }
        this.halfWidth = route.widthMeters() / 2;
        this.stations = Math.max(1, (int) Math.ceil(length() / STATION_METERS));
        this.checkpoints = route.checkpoints();
        this.checkpointX =
                checkpoints.stream().mapToDouble(c -> plane.x(c.lon())).toArray();
        this.checkpointY =
                checkpoints.stream().mapToDouble(c -> plane.y(c.lat())).toArray();
    }

    public double length() {
        return along[along.length - 1];
    }

    public double halfWidth() {
        return halfWidth;
    }

    public int stationCount() {
        return stations;
    }

    /** The station holding a distance along the line. */
    public int stationAt(double meters) {
        return Math.min(stations - 1, Math.max(0, (int) (meters / STATION_METERS)));
    }

    /**
     * Projects a metric point onto the line. Returns the distance along the line of the nearest point, and writes
     * the distance to the line into {@code out[0]}.
     */
    public double project(double x, double y, double[] out) {
        double best = Double.POSITIVE_INFINITY;
        double bestAlong = 0;
        for (int k = 1; k < xs.length; k++) {
            double dx = xs[k] - xs[k - 1];
            double dy = ys[k] - ys[k - 1];
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : ((x - xs[k - 1]) * dx + (y - ys[k - 1]) * dy) / len2;
            t = Math.max(0, Math.min(1, t));
            double px = xs[k - 1] + t * dx - x;
            double py = ys[k - 1] + t * dy - y;
            double d2 = px * px + py * py;
            if (d2 < best) {
                best = d2;
                bestAlong = along[k - 1] + t * (along[k] - along[k - 1]);
            }
        }
        out[0] = Math.sqrt(best);
        return bestAlong;
    }

    public int checkpointCount() {
        return checkpoints.size();
    }

    public Checkpoint checkpoint(int k) {
        return checkpoints.get(k);
    }

    /** True when the metric point is within the checkpoint's radius. */
    public boolean reaches(int k, double x, double y) {
        return Math.hypot(x - checkpointX[k], y - checkpointY[k])
                <= checkpoints.get(k).radiusMeters();
    }
}
