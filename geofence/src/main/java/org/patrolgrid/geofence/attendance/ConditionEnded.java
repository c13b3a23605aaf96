package org.patrolgrid.geofence.attendance;

import java.time.Instant;

/**
 * A condition resolved.
 *
 * @param since when the condition began, as in its {@link ConditionStarted}
 * @param at when it ended in event time
 */
public record ConditionEnded(String shiftId, ConditionKind kind, Instant since, Instant at, Resolution resolution)
        implements AttendanceEvent {}
