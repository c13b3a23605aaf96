package org.patrolgrid.tracker.support;

import java.time.Instant;
import java.util.StringJoiner;

/** Position payloads in the contract's JSON, around Jiaxing. */
public final class Fixes {
    public static final double LAT = 30.7522;
    public static final double LON = 120.7585;

    private Fixes() {}

    public static String fix(Instant ts, double lat, double lon) {
        return "{\"ts\":" + ts.toEpochMilli() + ",\"lat\":" + lat + ",\"lon\":" + lon + ",\"acc\":5.0,\"speed\":1.2}";
    }

    /** Only the required fields, rounded like a phone's GPS: a batch of 1000 fits in 64 KiB. */
    public static String compact(Instant ts, double lat, double lon) {
        return String.format(
                java.util.Locale.ROOT, "{\"ts\":%d,\"lat\":%.6f,\"lon\":%.6f}", ts.toEpochMilli(), lat, lon);
    }

    public static String fix(Instant ts) {
        return fix(ts, LAT, LON);
    }

    /** A batch of n fixes one second apart ending at {@code last}. */
    public static String batch(Instant last, int n) {
        StringJoiner j = new StringJoiner(",", "[", "]");
        for (int i = n - 1; i >= 0; i--) {
            j.add(fix(last.minusSeconds(i), LAT + i * 1e-5, LON));
        }
        return j.toString();
    }
}
