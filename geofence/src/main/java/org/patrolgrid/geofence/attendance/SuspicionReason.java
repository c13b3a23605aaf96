package org.patrolgrid.geofence.attendance;

import java.util.Locale;

/** Why a fix looks forged or broken; see {@link AttendanceConfig} for the thresholds. */
public enum SuspicionReason {
    /** The device flagged the location as simulated. */
    MOCK,
    /** The implied speed from the last accepted fix is beyond what a person on foot or e-bike can do. */
    IMPOSSIBLE_SPEED,
    /** A jump of at least the teleport distance at an impossible speed. */
    TELEPORT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
