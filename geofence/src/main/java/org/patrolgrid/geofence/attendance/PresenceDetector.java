package org.patrolgrid.geofence.attendance;

import static org.patrolgrid.geofence.attendance.AttendanceState.NONE;
import static org.patrolgrid.geofence.attendance.AttendanceState.instant;

/**
 * Arrival, lateness and absence. The arrival is the first fix inside a zone (with usable accuracy) from
 * {@link #EARLY_ARRIVAL_MILLIS} before the start until the end, counted as the start when earlier. Absence opens on the
 * clock at start + grace with no arrival, even when the device sends nothing. An arrival ends it: with
 * {@link Resolution#LATE_DATA} when the arrival was on time (the data came late), else
 * {@link Resolution#CONDITION_CLEARED} (the person came late). Order-independent: an older fix can only move the
 * arrival earlier.
 */
final class PresenceDetector {
    /** Fixes this long before the start already count as being there at the start. */
    static final long EARLY_ARRIVAL_MILLIS = 30 * 60_000L;

    void onFix(AttendanceState s, Fix fix, Events out) {
        if (fix.placement() != Placement.INSIDE || fix.t() < s.start - EARLY_ARRIVAL_MILLIS || fix.t() >= s.end) {
            return;
        }
        s.lastInsideAt = Math.max(s.lastInsideAt, fix.t());
        long arrival = Math.max(fix.t(), s.start);
        if (s.arrivedAt != NONE && arrival >= s.arrivedAt) {
            return;
        }
        boolean corrected = s.arrivedAt != NONE;
        boolean wasLate = corrected && s.arrivedAt > s.deadline;
        s.arrivedAt = arrival;
        boolean late = arrival > s.deadline;
        if (!corrected || wasLate != late) {
            out.add(new Arrived(s.shift.id(), instant(arrival), late, corrected));
        }
        if (s.absentOpen) {
            s.absentOpen = false;
            Resolution why = late ? Resolution.CONDITION_CLEARED : Resolution.LATE_DATA;
            out.add(new ConditionEnded(s.shift.id(), ConditionKind.ABSENT, instant(s.deadline), instant(arrival), why));
        }
    }

    void onTick(AttendanceState s, long now, Events out) {
        if (s.arrivedAt == NONE && !s.absentOpen && now >= s.deadline) {
            s.absentOpen = true;
            out.add(new ConditionStarted(
                    s.shift.id(), ConditionKind.ABSENT, instant(s.deadline), instant(now), "no arrival"));
        }
    }
}
