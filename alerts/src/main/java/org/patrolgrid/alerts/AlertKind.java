package org.patrolgrid.alerts;

import java.util.Locale;
import org.patrolgrid.geofence.attendance.ConditionKind;

/** The kinds of alert (DESIGN.md, "Alert"). */
public enum AlertKind {
    ABSENT,
    LATE,
    OFF_POST,
    EARLY_LEAVE,
    STATIONARY,
    SIGNAL_LOST,
    ROUTE_DEVIATION,
    CHECKPOINT_MISSED,
    LOW_BATTERY,
    SOS,
    SUSPICIOUS_LOCATION;

    /** The lower-case name used on the wire, e.g. {@code off_post}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertKind fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The alert kind of an attendance condition (same names). */
    public static AlertKind of(ConditionKind condition) {
        return valueOf(condition.name());
    }
}
