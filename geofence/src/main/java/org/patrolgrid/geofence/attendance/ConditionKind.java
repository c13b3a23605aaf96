package org.patrolgrid.geofence.attendance;

import java.util.Locale;

/**
 * A condition of a shift that opens ({@link ConditionStarted}) and is later resolved ({@link ConditionEnded}). At most
 * one of each kind is open per shift, so downstream keeps one alert per (shift, kind). The wire names are the alert
 * kinds of DESIGN.md.
 */
public enum ConditionKind {
    /** No arrival by start + grace; fired by the clock alone. */
    ABSENT,
    /** Outside every zone of the shift beyond the hysteresis (see {@link FenceDetector}). */
    OFF_POST,
    /** The same for a shift on routes only: outside the corridor. */
    ROUTE_DEVIATION,
    /** No movement beyond the stationary radius for the stationary limit, on a patrol (not on a post). */
    STATIONARY,
    /** No fix for the signal-lost limit, by the clock, after the device reported in this shift. */
    SIGNAL_LOST,
    /** Off post at shift end without coming back; decided at shift end. */
    EARLY_LEAVE,
    /** A checkpoint not visited by shift end; decided at shift end. */
    CHECKPOINT_MISSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
