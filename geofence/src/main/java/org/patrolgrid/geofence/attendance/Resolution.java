package org.patrolgrid.geofence.attendance;

import java.util.Locale;

/** Why a condition ended. */
public enum Resolution {
    /** The condition went away: the person arrived, came back, moved, or the device reported after a real gap. */
    CONDITION_CLEARED,
    /** Late (buffered) data showed the condition was raised only because data was missing. */
    LATE_DATA,
    /** The shift ended while the condition was open; what it means for the record is in the final status. */
    SHIFT_ENDED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
