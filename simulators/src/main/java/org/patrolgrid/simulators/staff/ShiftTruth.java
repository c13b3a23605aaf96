package org.patrolgrid.simulators.staff;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The expected outcome of a scripted shift, derived from what the script did (never from the server's processor):
 * the status follows the order of the server's {@code AttendanceStatus} (absent, early leave, late, incomplete,
 * present), and completeness comes from the marks the walk reached within the shift.
 *
 * <p>Completeness margins: a patrol area counts as covered when the walk looped at least {@link #AREA_COVERED} of its
 * unit grids (each crossing passes two quadrant centres and about half of its H3 resolution-11 cells, so at least
 * ≈ 0.3 coverage, 0.60–0.83 measured, against the scenario's minimum of 0.25), and as not covered when it looped at
 * most one grid (≤ 8 cells of at least 90, ≈ 0.09; 0.01–0.03 measured). A route is complete when every checkpoint was
 * reached; nobody absent reaches any.
 */
public final class ShiftTruth {
    public static final double AREA_COVERED = 0.6;

    private final ShiftSetting setting;

    public ShiftTruth(ShiftSetting setting) {
        this.setting = setting;
    }

    public Expectation expect(Behaviour behaviour, List<String> reached) {
        Set<String> alerts = new TreeSet<>();
        String fence = setting.kind() == PatrolKind.ROUTE ? "route_deviation" : "off_post";
        boolean complete = complete(reached);
        if (setting.kind() == PatrolKind.ROUTE && !complete) {
            alerts.add("checkpoint_missed");
        }
        switch (behaviour) {
            case ABSENT, MOCK_LOCATION -> {
                alerts.add("absent");
                if (setting.kind() == PatrolKind.ROUTE) {
                    alerts.add("checkpoint_missed"); // mock fixes do not count, so nothing was visited
                }
                if (behaviour == Behaviour.MOCK_LOCATION) {
                    alerts.add("suspicious_location");
                }
                return Expectation.of("absent", alerts);
            }
            case LATE -> alerts.add("late");
            case EARLY_LEAVE -> alerts.addAll(List.of(fence, "early_leave"));
            case LEAVES_AREA -> alerts.add(fence);
            case STATIONARY -> alerts.add("stationary");
            case GPS_NOISE -> alerts.add("suspicious_location");
            case LOW_BATTERY -> alerts.add("low_battery");
            default -> {}
        }
        // a late person's absence alert may open before the arrival and resolve then: tolerated, see Expectation
        return Expectation.of(status(behaviour, complete), alerts);
    }

    private static String status(Behaviour behaviour, boolean complete) {
        if (behaviour == Behaviour.EARLY_LEAVE) {
            return "early_leave";
        }
        if (behaviour == Behaviour.LATE) {
            return "late";
        }
        return complete ? "present" : "incomplete";
    }

    /** Whether the marks reached make the shift complete; the middle ground is ruled out by {@link #ambiguous}. */
    public boolean complete(List<String> reached) {
        return switch (setting.kind()) {
            case POST -> true;
            case ROUTE -> reached.size() >= setting.marksTotal();
            case AREA -> reached.size() >= AREA_COVERED * setting.marksTotal();
        };
    }

    /** True when an area's looped share lies between "one grid" and {@link #AREA_COVERED}: no clear expectation. */
    public boolean ambiguous(List<String> reached) {
        return setting.kind() == PatrolKind.AREA
                && reached.size() > 1
                && reached.size() < AREA_COVERED * setting.marksTotal();
    }
}
