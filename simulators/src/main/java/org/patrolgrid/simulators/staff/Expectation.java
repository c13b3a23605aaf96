package org.patrolgrid.simulators.staff;

import java.util.Set;
import java.util.TreeSet;

/**
 * The ground truth of one shift: the final attendance {@code status} (wire name), the alert kinds that must appear in
 * any status, and the kinds {@code tolerated} when they appear resolved (artefacts of uploading past fixes, such as an
 * absence raised before the data arrived and then resolved as {@code late_data}).
 */
public record Expectation(String status, Set<String> alerts, Set<String> tolerated) {
    /**
     * Alert kinds a pushed scenario may show, resolved, for any shift: raised by the server's clock before the past
     * fixes arrived (no arrival yet, no fix yet, checkpoints not visited or off post at the end), then resolved as
     * {@code late_data} by them.
     */
    public static final Set<String> UPLOAD_ARTEFACTS =
            Set.of("absent", "signal_lost", "checkpoint_missed", "early_leave");

    public Expectation {
        alerts = Set.copyOf(new TreeSet<>(alerts));
        tolerated = Set.copyOf(new TreeSet<>(tolerated));
    }

    public static Expectation of(String status, Set<String> alerts) {
        Set<String> tolerated = new TreeSet<>(UPLOAD_ARTEFACTS);
        tolerated.removeAll(alerts);
        return new Expectation(status, alerts, tolerated);
    }
}
