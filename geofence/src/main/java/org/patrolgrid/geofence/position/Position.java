package org.patrolgrid.geofence.position;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One fix reported by a device, in WGS-84.
 *
 * <p>Optional numeric fields are {@link Double#NaN} when the device did not send them, so the hot path never boxes.
 *
 * @param device the reporting device id
 * @param fixTime the event time of the fix (when the device measured it)
 * @param lat latitude in degrees, WGS-84
 * @param lon longitude in degrees, WGS-84
 * @param accuracy horizontal accuracy in metres, or NaN
 * @param altitude altitude in metres, or NaN
 * @param speed speed in m/s, or NaN
 * @param course course over ground in degrees 0..360, or NaN
 * @param battery battery level in percent 0..100, or NaN
 * @param mock true when the device says the location is simulated
 * @param receivedAt arrival time at the server
 * @param attributes other fields the device sent, kept verbatim (strings, numbers, booleans)
 */
public record Position(
        String device,
        Instant fixTime,
        double lat,
        double lon,
        double accuracy,
        double altitude,
        double speed,
        double course,
        double battery,
        boolean mock,
        Instant receivedAt,
        Map<String, Object> attributes) {

    public Position {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(fixTime, "fixTime");
        Objects.requireNonNull(receivedAt, "receivedAt");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A minimal fix with only time and place, as tests and simulators often need. */
    public static Position of(String device, Instant fixTime, double lat, double lon, double accuracy) {
        return new Position(
                device,
                fixTime,
                lat,
                lon,
                accuracy,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                false,
                fixTime,
                Map.of());
    }

    public boolean hasAccuracy() {
        return !Double.isNaN(accuracy);
    }
}
