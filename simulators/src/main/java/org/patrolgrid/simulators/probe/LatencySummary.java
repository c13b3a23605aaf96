package org.patrolgrid.simulators.probe;

import java.util.Arrays;

/**
 * Percentiles of a set of latencies by the nearest-rank method: the p-th percentile of n sorted values is the value
 * at rank ceil(p/100 × n). So p99 of 200 samples is the 198th smallest, and of 50 samples the largest.
 */
public final class LatencySummary {
    private final long[] sortedNanos;

    public LatencySummary(long[] nanos) {
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
    }

    public int count() {
        return sortedNanos.length;
    }

    /** The {@code percent}-th percentile in nanoseconds, or -1 when there are no values. */
    public long percentileNanos(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be in (0, 100], got " + percent);
        }
        if (sortedNanos.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1];
    }

    public long maxNanos() {
        return sortedNanos.length == 0 ? -1 : sortedNanos[sortedNanos.length - 1];
    }

    /** {@code p50=..ms p99=..ms max=..ms} with one decimal, or {@code n/a} for each when empty. */
    public String line(String prefix) {
        return String.format(
                java.util.Locale.ROOT,
                "%sp50=%s %sp99=%s %smax=%s",
                prefix,
                millis(percentileNanos(50)),
                prefix,
                millis(percentileNanos(99)),
                prefix,
                millis(maxNanos()));
    }

    private static String millis(long nanos) {
        return nanos < 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.1fms", nanos / 1e6);
    }
}
