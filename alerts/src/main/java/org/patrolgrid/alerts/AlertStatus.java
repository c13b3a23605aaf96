package org.patrolgrid.alerts;

import java.util.Locale;

/** Lifecycle: {@code open}, then {@code acknowledged} (optional), then {@code resolved}. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
