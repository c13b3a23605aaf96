package org.patrolgrid.geofence.shift;

import java.time.Duration;

/**
 * The rules of one shift (CONTRACT.md, {@code rules}). Every value is optional on the wire and may be a decimal; the
 * defaults live here and only here:
 *
 * <ul>
 *   <li>{@code graceMinutes} = {@value #DEFAULT_GRACE_MINUTES}: arriving after start + grace is late, and with no
 *       arrival at all the shift is absent at start + grace.
 *   <li>{@code offPostMinutes} = {@value #DEFAULT_OFF_POST_MINUTES}: time outside the zone tolerated before the person
 *       counts as off post (route deviation on a route).
 *   <li>{@code stationaryMinutes} = {@value #DEFAULT_STATIONARY_MINUTES}: no movement for this long on a patrol is
 *       "stationary".
 *   <li>{@code signalLostMinutes} = {@value #DEFAULT_SIGNAL_LOST_MINUTES}: no fix for this long (by the clock) is
 *       "signal lost".
 *   <li>{@code minCoverage} = {@value #DEFAULT_MIN_COVERAGE}: coverage (0..1) below this makes a shift incomplete.
 * </ul>
 */
public record ShiftRules(
        double graceMinutes,
        double offPostMinutes,
        double stationaryMinutes,
        double signalLostMinutes,
        double minCoverage) {

    public static final double DEFAULT_GRACE_MINUTES = 10;
    public static final double DEFAULT_OFF_POST_MINUTES = 10;
    public static final double DEFAULT_STATIONARY_MINUTES = 30;
    public static final double DEFAULT_SIGNAL_LOST_MINUTES = 10;
    public static final double DEFAULT_MIN_COVERAGE = 0.6;

    /** The rules with every default. */
    public static final ShiftRules DEFAULTS = new ShiftRules(
            DEFAULT_GRACE_MINUTES,
            DEFAULT_OFF_POST_MINUTES,
            DEFAULT_STATIONARY_MINUTES,
            DEFAULT_SIGNAL_LOST_MINUTES,
            DEFAULT_MIN_COVERAGE);

    public ShiftRules {
        requireMinutes("graceMinutes", graceMinutes);
        requireMinutes("offPostMinutes", offPostMinutes);
        requireMinutes("stationaryMinutes", stationaryMinutes);
        requireMinutes("signalLostMinutes", signalLostMinutes);
        if (!(minCoverage >= 0 && minCoverage <= 1)) {
            throw new IllegalArgumentException("minCoverage must be within 0..1, got " + minCoverage);
        }
    }

    /** Rules from optional values, as they come from the API: a null takes the default. */
    public static ShiftRules of(
            Double graceMinutes,
            Double offPostMinutes,
            Double stationaryMinutes,
            Double signalLostMinutes,
            Double minCoverage) {
        return new ShiftRules(
                orDefault(graceMinutes, DEFAULT_GRACE_MINUTES),
                orDefault(offPostMinutes, DEFAULT_OFF_POST_MINUTES),
                orDefault(stationaryMinutes, DEFAULT_STATIONARY_MINUTES),
                orDefault(signalLostMinutes, DEFAULT_SIGNAL_LOST_MINUTES),
                orDefault(minCoverage, DEFAULT_MIN_COVERAGE));
    }

    public Duration grace() {
        return minutes(graceMinutes);
    }

    public Duration offPostTolerance() {
        return minutes(offPostMinutes);
    }

    public Duration stationaryLimit() {
        return minutes(stationaryMinutes);
    }

    public Duration signalLostLimit() {
        return minutes(signalLostMinutes);
    }

    /** Decimal minutes as a duration, rounded to the millisecond. */
    public static Duration minutes(double minutes) {
        return Duration.ofMillis(Math.round(minutes * 60_000.0));
    }

    private static double orDefault(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    private static void requireMinutes(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number of minutes >= 0, got " + value);
        }
    }
}
