package org.patrolgrid.web.live;

import java.util.Objects;

/**
 * What the live map shows for one device.
 *
 * @param status the duty status
 * @param shift the current shift id, or null
 * @param zone the zone id the device is assigned to or in, or null
 */
public record LiveStatus(DutyStatus status, String shift, String zone) {
    public LiveStatus {
        Objects.requireNonNull(status, "status");
    }

    public static LiveStatus of(DutyStatus status) {
        return new LiveStatus(status, null, null);
    }
}
