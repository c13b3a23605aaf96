package org.patrolgrid.simulators.load;

import java.nio.charset.StandardCharsets;

/**
 * Writes position JSON per CONTRACT §2: {@code {"ts":..,"lat":..,"lon":..,"acc":..,"speed":..,"course":..,"batt":..}},
 * or a JSON array of such objects for a buffered upload. Numbers are written as fixed decimals without going through
 * {@code Double.toString}, so a message costs one builder pass and one byte array.
 *
 * <p>Not thread-safe: one instance per event loop.
 */
public final class PositionPayload {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000};

    private final StringBuilder json = new StringBuilder(256);

    /**
     * Advances the device by {@code batch} fixes ending at {@code nowMillis}, one second apart, and returns them as
     * JSON bytes: one object when {@code batch} is 1, otherwise an array.
     */
    public byte[] next(MovingDevice device, long nowMillis, int batch) {
        json.setLength(0);
        if (batch == 1) {
            appendFix(device, nowMillis);
        } else {
            json.append('[');
            for (int i = 0; i < batch; i++) {
                if (i > 0) {
                    json.append(',');
                }
                appendFix(device, nowMillis - (batch - 1 - i) * 1000L);
            }
            json.append(']');
        }
        return json.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private void appendFix(MovingDevice device, long wantedTs) {
        long ts = device.step(wantedTs);
        json.append("{\"ts\":").append(ts);
        json.append(",\"lat\":");
        appendFixed(device.lat(), 7);
        json.append(",\"lon\":");
        appendFixed(device.lon(), 7);
        json.append(",\"acc\":");
        appendFixed(device.acc(), 1);
        json.append(",\"speed\":");
        appendFixed(device.speed(), 2);
        json.append(",\"course\":");
        appendFixed(device.course(), 1);
        json.append(",\"batt\":").append(Math.round(device.batt())).append('}');
    }

    /** Appends a finite value rounded to {@code decimals} places, for example 30.7512345. */
    void appendFixed(double value, int decimals) {
        long scaled = Math.round(Math.abs(value) * POWERS[decimals]);
        if (value < 0 && scaled != 0) {
            json.append('-');
        }
        json.append(scaled / POWERS[decimals]);
        if (decimals == 0) {
            return;
        }
        json.append('.');
        String fraction = Long.toString(scaled % POWERS[decimals]);
        for (int pad = fraction.length(); pad < decimals; pad++) {
            json.append('0');
        }
        json.append(fraction);
    }

    /** For tests: what {@link #appendFixed} writes. */
    String fixed(double value, int decimals) {
        json.setLength(0);
        appendFixed(value, decimals);
        return json.toString();
    }
}
