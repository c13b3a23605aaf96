package org.patrolgrid.simulators.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.patrolgrid.geofence.geo.Geo;

/**
 * Turns a true {@link Track} into device fixes: one every {@code minInterval}–{@code maxInterval} ms in fix-time order,
 * with Gaussian noise of {@code sigma} metres and an accuracy drawn from {@code accMin}–{@code accMax}. Battery, mock
 * flags, buffering and jumps are applied afterwards by {@link FixEffects}.
 */
public record FixSampler(long minInterval, long maxInterval, double accMin, double accMax, double sigma) {
    public FixSampler {
        if (minInterval <= 0 || maxInterval < minInterval) {
            throw new IllegalArgumentException("fix interval range must be positive");
        }
    }

    /** Fixes from {@code from} (inclusive) to {@code until} (exclusive). */
    public List<SimFix> sample(Track track, long from, long until, SplittableRandom random) {
        List<SimFix> fixes = new ArrayList<>();
        long base = minInterval + (long) (random.nextDouble() * (maxInterval - minInterval));
        for (long t = from; t < until; t += interval(base, random)) {
            double[] at = track.at(t);
            double[] v = track.velocity(t);
            double north = random.nextGaussian() * sigma;
            double east = random.nextGaussian() * sigma;
            double lat = at[0] + north / Geo.metersPerDegreeLat();
            double lon = at[1] + east / Geo.metersPerDegreeLon(at[0]);
            double acc = accMin + random.nextDouble() * (accMax - accMin);
            fixes.add(new SimFix(t, lat, lon, acc, v[0], v[1], 100, false, t));
        }
        return fixes;
    }

    private long interval(long base, SplittableRandom random) {
        long jittered = Math.round(base * (0.8 + 0.4 * random.nextDouble()));
        return Math.max(minInterval, Math.min(maxInterval, jittered));
    }
}
