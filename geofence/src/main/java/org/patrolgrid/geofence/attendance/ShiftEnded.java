package org.patrolgrid.geofence.attendance;

import java.time.Instant;

/** The clock passed the shift end; {@code record} is the attendance as of then (late data may still correct it). */
public record ShiftEnded(String shiftId, Instant at, AttendanceRecord record) implements AttendanceEvent {}
