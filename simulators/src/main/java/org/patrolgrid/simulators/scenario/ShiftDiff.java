package org.patrolgrid.simulators.scenario;

import java.util.Set;

/**
 * The comparison of one shift's ground truth with the server: {@code actualStatus} is null when the server has no
 * attendance record for it; {@code missingAlerts} are expected kinds the server did not raise, {@code unexpectedAlerts}
 * kinds it raised that are neither expected nor tolerated (resolved upload artefacts).
 */
public record ShiftDiff(
        String device,
        String behaviour,
        String expectedStatus,
        String actualStatus,
        Set<String> missingAlerts,
        Set<String> unexpectedAlerts) {
    public ShiftDiff {
        missingAlerts = Set.copyOf(missingAlerts);
        unexpectedAlerts = Set.copyOf(unexpectedAlerts);
    }

    public boolean matches() {
        return expectedStatus.equals(actualStatus) && missingAlerts.isEmpty() && unexpectedAlerts.isEmpty();
    }

    /** One line, for example {@code MISMATCH sim1-c04 late: status late != present, missing [late]}. */
    public String line() {
        StringBuilder s = new StringBuilder(matches() ? "ok       " : "MISMATCH ");
        s.append(device).append(' ').append(behaviour).append(": status ").append(expectedStatus);
        s.append(
                expectedStatus.equals(actualStatus)
                        ? ""
                        : " != " + (actualStatus == null ? "(no record)" : actualStatus));
        if (!missingAlerts.isEmpty()) {
            s.append(", missing ").append(new java.util.TreeSet<>(missingAlerts));
        }
        if (!unexpectedAlerts.isEmpty()) {
            s.append(", unexpected ").append(new java.util.TreeSet<>(unexpectedAlerts));
        }
        return s.toString();
    }
}
