package org.patrolgrid.alerts;

import java.time.Instant;
import java.util.Objects;

/**
 * One alert and where it is in its lifecycle: open, then acknowledged, then resolved, with who and when at each step.
 * Immutable: each step returns the next version.
 *
 * @param shift the shift it belongs to, or null for a device condition outside any shift
 * @param resolvedBy who resolved it; {@link #SYSTEM} for an automatic resolution
 * @param reopened how often it came back after a resolution within the flap tolerance
 */
public record Alert(
        String id,
        AlertKind kind,
        String device,
        String shift,
        AlertStatus status,
        Instant openedAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        Instant resolvedAt,
        String resolvedBy,
        AlertResolution resolution,
        String detail,
        int reopened) {

    /** The actor of automatic steps. */
    public static final String SYSTEM = "system";

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openedAt, "openedAt");
    }

    public static Alert open(String id, AlertKind kind, String device, String shift, Instant at, String detail) {
        return new Alert(id, kind, device, shift, AlertStatus.OPEN, at, null, null, null, null, null, detail, 0);
    }

    public boolean isActive() {
        return status != AlertStatus.RESOLVED;
    }

    /** Acknowledged by {@code by}; only an open alert can be acknowledged. */
    public Alert acknowledge(String by, Instant at) {
        if (status != AlertStatus.OPEN) {
            throw new IllegalStateException("alert " + id + " is " + status.wireName() + ", not open");
        }
        return new Alert(
                id,
                kind,
                device,
                shift,
                AlertStatus.ACKNOWLEDGED,
                openedAt,
                at,
                by,
                null,
                null,
                null,
                detail,
                reopened);
    }

    /**
     * Resolved by {@code by}. A resolved alert only takes a correction to {@link AlertResolution#LATE_DATA} (late data
     * explaining an alert that was closed at the shift end); otherwise resolving twice is refused.
     */
    public Alert resolve(String by, Instant at, AlertResolution why) {
        if (status == AlertStatus.RESOLVED && why != AlertResolution.LATE_DATA) {
            throw new IllegalStateException("alert " + id + " is already resolved");
        }
        return new Alert(
                id,
                kind,
                device,
                shift,
                AlertStatus.RESOLVED,
                openedAt,
                acknowledgedAt,
                acknowledgedBy,
                at,
                by,
                why,
                detail,
                reopened);
    }

    /** Open again: the condition came back within the flap tolerance. The acknowledgement is kept. */
    public Alert reopen() {
        if (status != AlertStatus.RESOLVED) {
            throw new IllegalStateException("alert " + id + " is not resolved");
        }
        AlertStatus back = acknowledgedAt == null ? AlertStatus.OPEN : AlertStatus.ACKNOWLEDGED;
        return new Alert(
                id,
                kind,
                device,
                shift,
                back,
                openedAt,
                acknowledgedAt,
                acknowledgedBy,
                null,
                null,
                null,
                detail,
                reopened + 1);
    }
}
