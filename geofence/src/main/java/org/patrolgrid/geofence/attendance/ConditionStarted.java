package org.patrolgrid.geofence.attendance;

import java.time.Instant;

/**
 * A condition opened.
 *
 * @param since when the condition began in event time (first fix outside, last fix before the silence, ...)
 * @param at when it was decided (the fix or clock tick that crossed the limit)
 * @param detail a short human-readable detail, e.g. the missed checkpoint ids
 */
public record ConditionStarted(String shiftId, ConditionKind kind, Instant since, Instant at, String detail)
        implements AttendanceEvent {}
