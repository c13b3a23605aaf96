package org.patrolgrid.web.live;

import java.util.Locale;

/** The status a live map shows for a device. */
public enum DutyStatus {
    ON_DUTY,
    OFF_POST,
    SIGNAL_LOST,
    OFF_SHIFT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
