package org.patrolgrid.simulators.load;

/**
 * A token bucket: {@code ratePerSecond} tokens accrue over time, up to a burst of {@code burstSeconds} worth. Time is
 * passed in (nanoseconds from {@link System#nanoTime()} or a test script), so the pacer itself never reads a clock.
 *
 * <p>Not thread-safe: one pacer per event loop.
 */
public final class RatePacer {
    private final double tokensPerNano;
    private final double burst;
    private double tokens;
    private long lastNanos;

    public RatePacer(double ratePerSecond, double burstSeconds, long startNanos) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + ratePerSecond);
        }
        this.tokensPerNano = ratePerSecond / 1e9;
        this.burst = Math.max(1, ratePerSecond * burstSeconds);
        this.tokens = Math.min(1, burst);
        this.lastNanos = startNanos;
    }

    /** Whole tokens available at {@code nowNanos}; they stay available until {@link #consume}d. */
    public int available(long nowNanos) {
        if (nowNanos > lastNanos) {
            tokens = Math.min(burst, tokens + (nowNanos - lastNanos) * tokensPerNano);
            lastNanos = nowNanos;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.floor(tokens));
    }

    public void consume(int count) {
        tokens -= count;
    }

    /** Takes one token if one is available at {@code nowNanos}. */
    public boolean tryTake(long nowNanos) {
        if (available(nowNanos) >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
