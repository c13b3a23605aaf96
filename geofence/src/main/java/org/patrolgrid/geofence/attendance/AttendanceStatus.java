package org.patrolgrid.geofence.attendance;

import java.util.Locale;

/**
 * The status of a shift's attendance at a given time {@code now}, checked in this order:
 *
 * <ol>
 *   <li>{@link #SCHEDULED}: before the start, or no arrival yet and {@code now} is before start + grace.
 *   <li>{@link #ABSENT}: no arrival and {@code now} is at or after start + grace (live, and final after the end).
 *   <li>{@link #ON_DUTY}: arrived and the shift has not ended.
 *   <li>{@link #EARLY_LEAVE}: ended while off post (left before the end and did not come back).
 *   <li>{@link #LATE}: arrived after start + grace.
 *   <li>{@link #INCOMPLETE}: coverage below the rule's minimum coverage, or a checkpoint missed.
 *   <li>{@link #PRESENT}: otherwise.
 * </ol>
 */
public enum AttendanceStatus {
    SCHEDULED,
    ON_DUTY,
    PRESENT,
    LATE,
    ABSENT,
    EARLY_LEAVE,
    INCOMPLETE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
