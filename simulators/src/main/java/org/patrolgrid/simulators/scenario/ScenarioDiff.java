package org.patrolgrid.simulators.scenario;

import java.util.List;

/** The per-shift comparison of a scenario with the server. */
public record ScenarioDiff(List<ShiftDiff> shifts) {
    public ScenarioDiff {
        shifts = List.copyOf(shifts);
    }

    public boolean matches() {
        return shifts.stream().allMatch(ShiftDiff::matches);
    }

    public long mismatches() {
        return shifts.stream().filter(s -> !s.matches()).count();
    }

    /** One line per shift and a summary line. */
    public String report() {
        StringBuilder s = new StringBuilder();
        shifts.forEach(d -> s.append(d.line()).append('\n'));
        s.append(String.format(
                "scenario check: %d shifts, %d match, %d mismatch%n",
                shifts.size(), shifts.size() - mismatches(), mismatches()));
        return s.toString();
    }
}
