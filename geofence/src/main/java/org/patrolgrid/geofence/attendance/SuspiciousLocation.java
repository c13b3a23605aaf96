package org.patrolgrid.geofence.attendance;

import java.time.Instant;

/**
 * A fix that looks forged or broken; the processor ignored it for attendance.
 *
 * @param metersPerSecond the implied speed from the last accepted fix (0 for a mock flag)
 */
public record SuspiciousLocation(
        String shiftId, Instant at, SuspicionReason reason, double lat, double lon, double metersPerSecond)
        implements AttendanceEvent {}
