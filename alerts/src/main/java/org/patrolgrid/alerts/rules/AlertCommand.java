package org.patrolgrid.alerts.rules;

import java.time.Instant;
import org.patrolgrid.alerts.AlertKind;
import org.patrolgrid.alerts.AlertResolution;

/** A change to the alerts that the rules (or a person) decided; {@link AlertBook#apply} carries it out. */
public sealed interface AlertCommand {
    /** Open a new alert; the book gives it its id. */
    record Open(AlertKind kind, String device, String shift, Instant at, String detail) implements AlertCommand {}

    /** Acknowledge an open alert. */
    record Acknowledge(String id, Instant at, String by) implements AlertCommand {}

    /** Resolve an alert, or correct a resolved one's reason to {@code late_data}. */
    record Resolve(String id, Instant at, String by, AlertResolution resolution) implements AlertCommand {}

    /** The condition came back within the flap tolerance: the same alert opens again. */
    record Reopen(String id, Instant at) implements AlertCommand {}
}
