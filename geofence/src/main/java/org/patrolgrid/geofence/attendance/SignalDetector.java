package org.patrolgrid.geofence.attendance;

import static org.patrolgrid.geofence.attendance.AttendanceState.NONE;
import static org.patrolgrid.geofence.attendance.AttendanceState.instant;

/**
 * Signal lost: during the shift, once the device has reported, no fix for the signal-lost limit by the clock. It
 * ends with the next newer fix: with {@link Resolution#LATE_DATA} when that fix is less than the limit after the last
 * one before the silence (the device had fixes all along and uploaded them late), else
 * {@link Resolution#CONDITION_CLEARED} (a real gap).
 */
final class SignalDetector {
    void onFix(AttendanceState s, long t, Events out) {
        if (t <= s.lastFixAt) {
            return;
        }
        if (s.signalLostOpen) {
            long limit = s.shift.rules().signalLostLimit().toMillis();
            Resolution why = t - s.lastFixAt < limit ? Resolution.LATE_DATA : Resolution.CONDITION_CLEARED;
            s.signalLostOpen = false;
            if (!s.ended || why == Resolution.LATE_DATA) {
                out.add(new ConditionEnded(
                        s.shift.id(), ConditionKind.SIGNAL_LOST, instant(s.signalLostSince), instant(t), why));
            }
        }
        s.lastFixAt = t;
    }

    void onTick(AttendanceState s, long now, Events out) {
        if (s.signalLostOpen || s.ended || s.lastFixAt == NONE || now < s.start || now >= s.end) {
            return;
        }
        long silentSince = Math.max(s.lastFixAt, s.start);
        if (now - silentSince >= s.shift.rules().signalLostLimit().toMillis()) {
            s.signalLostOpen = true;
            s.signalLostSince = s.lastFixAt;
            out.add(new ConditionStarted(
                    s.shift.id(), ConditionKind.SIGNAL_LOST, instant(s.lastFixAt), instant(now), "no fix"));
        }
    }

    /** At shift end an open signal loss is closed; late data may still resolve it as {@code late_data}. */
    void onEnd(AttendanceState s, Events out) {
        if (s.signalLostOpen) {
            out.add(new ConditionEnded(
                    s.shift.id(),
                    ConditionKind.SIGNAL_LOST,
                    instant(s.signalLostSince),
                    instant(s.end),
                    Resolution.SHIFT_ENDED));
        }
    }
}
