package org.patrolgrid.geofence.attendance;

import static org.patrolgrid.geofence.attendance.AttendanceState.instant;

import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.geofence.geo.LocalProjection;
import org.patrolgrid.geofence.route.RouteLine;

/**
 * Route adherence and checkpoints. A fix within the corridor marks its route station; when the previous accepted fix
 * was on the same corridor at most {@link AttendanceConfig#maxRouteLinkMeters()} away along the line, the stations
 * between them are walked too. Adherence is walked stations over all stations, i.e. the share of the route's length.
 * A checkpoint is visited by a fix within its radius; unvisited ones are missed at shift end, and late data that
 * visits them all resolves that with {@link Resolution#LATE_DATA}.
 */
final class RouteDetector {
    private final AttendanceConfig config;

    RouteDetector(AttendanceConfig config) {
        this.config = config;
    }

    void onFix(AttendanceState s, Fix fix, boolean inOrder, Events out) {
        if (s.plan.stationsTotal == 0 || fix.t() < s.start || fix.t() >= s.end) {
            return;
        }
        if (fix.accuracy() > config.maxAccuracyMeters()) {
            return;
        }
        ZoneGeometry[] zones = s.plan.zones;
        for (int z = 0; z < zones.length; z++) {
            RouteLine route = zones[z].route();
            if (route != null) {
                LocalProjection plane = zones[z].plane();
                walk(s, z, route, plane.x(fix.lon()), plane.y(fix.lat()), inOrder);
                visit(s, z, route, plane.x(fix.lon()), plane.y(fix.lat()), fix, out);
            }
        }
    }

    private void walk(AttendanceState s, int z, RouteLine route, double x, double y, boolean inOrder) {
        double[] distance = new double[1];
        double along = route.project(x, y, distance);
        if (distance[0] > route.halfWidth()) {
            if (inOrder && s.lastRouteZone == z) {
                s.lastRouteZone = -1;
            }
            return;
        }
        int offset = s.plan.stationOffset[z];
        int station = route.stationAt(along);
        if (inOrder && s.lastRouteZone == z && Math.abs(along - s.lastAlong) <= config.maxRouteLinkMeters()) {
            int from = route.stationAt(Math.min(along, s.lastAlong));
            s.stationsWalked.set(offset + from, offset + Math.max(station, route.stationAt(s.lastAlong)) + 1);
        } else {
            s.stationsWalked.set(offset + station);
        }
        if (inOrder) {
            s.lastRouteZone = z;
            s.lastAlong = along;
        }
    }

    private static void visit(AttendanceState s, int z, RouteLine route, double x, double y, Fix fix, Events out) {
        int offset = s.plan.checkpointOffset[z];
        for (int k = 0; k < route.checkpointCount(); k++) {
            long bit = 1L << (offset + k);
            if ((s.checkpointsVisited & bit) == 0 && route.reaches(k, x, y)) {
                s.checkpointsVisited |= bit;
                out.add(new CheckpointVisited(
                        s.shift.id(), instant(fix.t()), route.checkpoint(k).id()));
            }
        }
        if (s.checkpointsMissedOpen && Long.bitCount(s.checkpointsVisited) == s.plan.checkpointsTotal) {
            s.checkpointsMissedOpen = false;
            out.add(new ConditionEnded(
                    s.shift.id(),
                    ConditionKind.CHECKPOINT_MISSED,
                    instant(s.end),
                    instant(fix.t()),
                    Resolution.LATE_DATA));
        }
    }

    /** At shift end: the unvisited checkpoints are missed. */
    void onEnd(AttendanceState s, Events out) {
        List<String> missed = new ArrayList<>();
        for (int z = 0; z < s.plan.zones.length; z++) {
            RouteLine route = s.plan.zones[z].route();
            for (int k = 0; route != null && k < route.checkpointCount(); k++) {
                if ((s.checkpointsVisited & (1L << (s.plan.checkpointOffset[z] + k))) == 0) {
                    missed.add(route.checkpoint(k).id());
                }
            }
        }
        if (!missed.isEmpty()) {
            s.checkpointsMissedOpen = true;
            out.add(new ConditionStarted(
                    s.shift.id(),
                    ConditionKind.CHECKPOINT_MISSED,
                    instant(s.end),
                    instant(s.end),
                    String.join(",", missed)));
        }
    }
}
