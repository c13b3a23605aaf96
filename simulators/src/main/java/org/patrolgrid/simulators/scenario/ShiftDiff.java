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
        Set<String> unexpectedAlerts,
        Double expectedCoverage,
        Double actualCoverage) {
    /** How far the server's coverage may be from the expected one: 2 percentage points. */
    public static final double COVERAGE_TOLERANCE = 0.02;

    public ShiftDiff {
        missingAlerts = Set.copyOf(missingAlerts);
        unexpectedAlerts = Set.copyOf(unexpectedAlerts);
    }

    public boolean matches() {
        return expectedStatus.equals(actualStatus)
                && missingAlerts.isEmpty()
                && unexpectedAlerts.isEmpty()
                && coverageMatches();
    }

    /** True when no coverage is expected (not an area shift) or the server's is within the tolerance. */
    public boolean coverageMatches() {
        return expectedCoverage == null
                || (actualCoverage != null && Math.abs(expectedCoverage - actualCoverage) <= COVERAGE_TOLERANCE);
    }

    /** One line, for example {@code MISMATCH sim1-c04 late: status late != present, missing [late]}. */
    public String line() {
        StringBuilder s = new StringBuilder(matches() ? "ok       " : "MISMATCH ");
        s.append(device).append(' ').append(behaviour).append(": status ").append(expectedStatus);
        s.append(
                expectedStatus.equals(actualStatus)
                        ? ""
                        : " != " + (actualStatus == null ? "(no record)" : actualStatus));
        if (!coverageMatches()) {
            s.append(String.format(
                    java.util.Locale.ROOT,
                    ", coverage %.3f != %s",
                    expectedCoverage,
                    actualCoverage == null ? "(none)" : String.format(java.util.Locale.ROOT, "%.3f", actualCoverage)));
        }
        if (!missingAlerts.isEmpty()) {
            s.append(", missing ").append(new java.util.TreeSet<>(missingAlerts));
        }
        if (!unexpectedAlerts.isEmpty()) {
            s.append(", unexpected ").append(new java.util.TreeSet<>(unexpectedAlerts));
        }
        return s.toString();
    }
}
