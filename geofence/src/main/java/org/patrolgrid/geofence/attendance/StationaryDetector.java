package org.patrolgrid.geofence.attendance;

import static org.patrolgrid.geofence.attendance.AttendanceState.NONE;
import static org.patrolgrid.geofence.attendance.AttendanceState.instant;

import org.patrolgrid.geofence.geo.LocalProjection;

/**
 * Stationary: on a patrol (a shift with no post zone), after arrival, every fix with usable accuracy stays within
 * {@link AttendanceConfig#stationaryRadiusMeters()} of an anchor for the stationary limit. A fix beyond the radius
 * moves the anchor and ends the condition. Driven by fixes: no fixes is signal lost, not stationary.
 * Order-dependent.
 */
final class StationaryDetector {
    private final AttendanceConfig config;

    StationaryDetector(AttendanceConfig config) {
        this.config = config;
    }

    void onFix(AttendanceState s, Fix fix, Events out) {
        if (!s.plan.patrol || s.arrivedAt == NONE || s.ended || fix.t() < s.start || fix.t() >= s.end) {
            return;
        }
        if (fix.accuracy() > config.maxAccuracyMeters()) {
            return;
        }
        LocalProjection plane = s.plan.motionPlane;
        double x = plane.x(fix.lon());
        double y = plane.y(fix.lat());
        if (s.anchorAt == NONE || Math.hypot(x - s.anchorX, y - s.anchorY) > config.stationaryRadiusMeters()) {
            if (s.stationaryOpen) {
                s.stationaryOpen = false;
                out.add(new ConditionEnded(
                        s.shift.id(),
                        ConditionKind.STATIONARY,
                        instant(s.anchorAt),
                        instant(fix.t()),
                        Resolution.CONDITION_CLEARED));
            }
            s.anchorAt = fix.t();
            s.anchorX = x;
            s.anchorY = y;
        } else if (!s.stationaryOpen
                && fix.t() - s.anchorAt >= s.shift.rules().stationaryLimit().toMillis()) {
            s.stationaryOpen = true;
            out.add(new ConditionStarted(
                    s.shift.id(), ConditionKind.STATIONARY, instant(s.anchorAt), instant(fix.t()), ""));
        }
    }

    void onEnd(AttendanceState s, Events out) {
        if (s.stationaryOpen) {
            out.add(new ConditionEnded(
                    s.shift.id(),
                    ConditionKind.STATIONARY,
                    instant(s.anchorAt),
                    instant(s.end),
                    Resolution.SHIFT_ENDED));
        }
    }
}
