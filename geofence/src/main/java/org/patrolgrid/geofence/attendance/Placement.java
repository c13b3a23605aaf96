package org.patrolgrid.geofence.attendance;

/** A fix relative to the shift's zones, accuracy-aware. */
enum Placement {
    /** Inside a zone (edges included) with usable accuracy. */
    INSIDE,
    /** Outside, farther from every zone than the accuracy times {@link AttendanceConfig#accuracyMultiplier()}. */
    OUTSIDE,
    /** Outside but the accuracy circle touches a zone, or accuracy worse than the limit: it changes nothing. */
    UNCERTAIN
}
