package org.patrolgrid.geofence.attendance;

import java.time.Instant;

/** A route checkpoint was reached, the first time in this shift. */
public record CheckpointVisited(String shiftId, Instant at, String checkpointId) implements AttendanceEvent {}
