package org.patrolgrid.geofence.attendance;

import java.time.Instant;

/**
 * What the processor reports. Conditions come as {@link ConditionStarted}/{@link ConditionEnded} pairs, at most one
 * open per (shift, kind); the others are facts.
 */
public sealed interface AttendanceEvent
        permits ConditionStarted, ConditionEnded, Arrived, CheckpointVisited, SuspiciousLocation, ShiftEnded {
    String shiftId();

    /** When it happened, in event time (fix time, or the clock for timers). */
    Instant at();
}
