package org.patrolgrid.geofence.attendance;

import java.time.Instant;

/**
 * The person arrived on post ({@code at} = the first fix inside, not before shift start). {@code late} when after
 * start + grace. Sent again with {@code corrected = true} when late data moves the arrival earlier; a correction with
 * {@code late = false} clears an earlier late arrival.
 */
public record Arrived(String shiftId, Instant at, boolean late, boolean corrected) implements AttendanceEvent {}
