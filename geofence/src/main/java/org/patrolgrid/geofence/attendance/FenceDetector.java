package org.patrolgrid.geofence.attendance;

import static org.patrolgrid.geofence.attendance.AttendanceState.NONE;
import static org.patrolgrid.geofence.attendance.AttendanceState.instant;

/**
 * Off post (or route deviation on a route-only shift) with accuracy-aware hysteresis, after arrival:
 *
 * <ul>
 *   <li>Leaving needs {@link AttendanceConfig#offPostFixes()} consecutive {@link Placement#OUTSIDE} fixes <b>and</b>
 *       the off-post tolerance elapsed since the first of them (in fix time). The condition starts at that first fix.
 *   <li>An {@link Placement#UNCERTAIN} fix (accuracy circle touching the zone, or accuracy too poor) neither counts
 *       nor breaks the run; an {@link Placement#INSIDE} fix breaks it and ends an open condition.
 *   <li>Off post at shift end becomes early leave; late data showing a return before the end resolves it.
 * </ul>
 *
 * Order-dependent: fed only with fixes newer than every fix before.
 */
final class FenceDetector {
    private final AttendanceConfig config;

    FenceDetector(AttendanceConfig config) {
        this.config = config;
    }

    void onFix(AttendanceState s, Fix fix, Events out) {
        if (s.arrivedAt == NONE || fix.t() < s.start || fix.t() >= s.end) {
            return;
        }
        if (fix.placement() == Placement.INSIDE) {
            back(s, fix.t(), out);
        } else if (fix.placement() == Placement.OUTSIDE) {
            outside(s, fix.t(), out);
        }
    }

    private void back(AttendanceState s, long t, Events out) {
        s.outsideFixes = 0;
        s.outsideSince = NONE;
        if (!s.offPostOpen) {
            return;
        }
        s.offPostOpen = false;
        s.offPostMillis += t - s.offPostSince;
        String id = s.shift.id();
        if (!s.ended) {
            out.add(new ConditionEnded(
                    id, s.plan.fenceKind, instant(s.offPostSince), instant(t), Resolution.CONDITION_CLEARED));
        } else if (s.earlyLeaveOpen) {
            s.earlyLeaveOpen = false;
            out.add(new ConditionEnded(
                    id, ConditionKind.EARLY_LEAVE, instant(s.offPostSince), instant(t), Resolution.LATE_DATA));
        }
    }

    private void outside(AttendanceState s, long t, Events out) {
        if (s.outsideSince == NONE) {
            s.outsideSince = t;
        }
        s.outsideFixes++;
        long tolerance = s.shift.rules().offPostTolerance().toMillis();
        if (s.offPostOpen || s.outsideFixes < config.offPostFixes() || t - s.outsideSince < tolerance) {
            return;
        }
        s.offPostOpen = true;
        s.offPostSince = s.outsideSince;
        if (!s.ended) {
            out.add(new ConditionStarted(s.shift.id(), s.plan.fenceKind, instant(s.offPostSince), instant(t), ""));
        } else {
            openEarlyLeave(s, instant(t), out);
        }
    }

    /** At shift end: an open off-post closes and becomes early leave. */
    void onEnd(AttendanceState s, Events out) {
        if (s.offPostOpen) {
            out.add(new ConditionEnded(
                    s.shift.id(), s.plan.fenceKind, instant(s.offPostSince), instant(s.end), Resolution.SHIFT_ENDED));
            openEarlyLeave(s, instant(s.end), out);
        }
    }

    private static void openEarlyLeave(AttendanceState s, java.time.Instant at, Events out) {
        s.earlyLeaveOpen = true;
        out.add(new ConditionStarted(
                s.shift.id(), ConditionKind.EARLY_LEAVE, instant(s.offPostSince), at, "left and did not come back"));
    }
}
