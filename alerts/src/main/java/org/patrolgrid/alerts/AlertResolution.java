package org.patrolgrid.alerts;

import java.util.Locale;
import org.patrolgrid.geofence.attendance.Resolution;

/** Why an alert was resolved. */
public enum AlertResolution {
    /** The condition went away by itself. */
    CONDITION_CLEARED,
    /** Late (buffered) data showed the alert was raised only because data was missing. */
    LATE_DATA,
    /** The shift ended with the condition still open. */
    SHIFT_ENDED,
    /** A person resolved it. */
    MANUAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertResolution of(Resolution resolution) {
        return valueOf(resolution.name());
    }
}
