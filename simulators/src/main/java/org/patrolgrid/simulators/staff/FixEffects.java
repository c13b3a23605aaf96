package org.patrolgrid.simulators.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Device effects applied to sampled fixes: battery drain, the mock flag, buffering and single-fix jumps. */
public final class FixEffects {
    private FixEffects() {}

    /** Battery falling linearly from {@code start} to {@code end} percent over the fixes. */
    public static List<SimFix> battery(List<SimFix> fixes, double start, double end) {
        List<SimFix> out = new ArrayList<>(fixes.size());
        for (int i = 0; i < fixes.size(); i++) {
            SimFix f = fixes.get(i);
            double batt = fixes.size() == 1 ? start : start + (end - start) * i / (fixes.size() - 1);
            out.add(new SimFix(f.ts(), f.lat(), f.lon(), f.acc(), f.speed(), f.course(), batt, f.mock(), f.sendAt()));
        }
        return out;
    }

    public static List<SimFix> mock(List<SimFix> fixes) {
        return fixes.stream()
                .map(f -> new SimFix(
                        f.ts(), f.lat(), f.lon(), f.acc(), f.speed(), f.course(), f.batt(), true, f.sendAt()))
                .toList();
    }

    /** Fixes taken in [from, to) are held back and sent together at {@code to}. */
    public static List<SimFix> buffered(List<SimFix> fixes, long from, long to) {
        return fixes.stream()
                .map(f -> f.ts() >= from && f.ts() < to
                        ? new SimFix(f.ts(), f.lat(), f.lon(), f.acc(), f.speed(), f.course(), f.batt(), f.mock(), to)
                        : f)
                .toList();
    }

    /** The first fix at or after each of {@code times} jumps 1.5–3 km in a random direction. */
    public static List<SimFix> jumps(List<SimFix> fixes, List<Long> times, SplittableRandom random) {
        List<SimFix> out = new ArrayList<>(fixes);
        for (long t : times) {
            for (int i = 0; i < out.size(); i++) {
                SimFix f = out.get(i);
                if (f.ts() >= t) {
                    double meters = 1500 + random.nextDouble() * 1500;
                    double angle = random.nextDouble() * 2 * Math.PI;
                    double[] p =
                            PatrolTours.offset(f.lat(), f.lon(), meters * Math.cos(angle), meters * Math.sin(angle));
                    out.set(
                            i,
                            new SimFix(
                                    f.ts(),
                                    p[0],
                                    p[1],
                                    f.acc(),
                                    f.speed(),
                                    f.course(),
                                    f.batt(),
                                    f.mock(),
                                    f.sendAt()));
                    break;
                }
            }
        }
        return out;
    }
}
