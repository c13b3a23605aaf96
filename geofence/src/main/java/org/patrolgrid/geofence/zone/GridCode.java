package org.patrolgrid.geofence.zone;

/**
 * A unit-grid code: 6-digit district adcode, 3-digit street, 3-digit community and a 2- or 3-digit sequence, 14 or
 * 15 digits in all.
 */
public record GridCode(String value) {
    public GridCode {
        if (value == null || !value.matches("\\d{14,15}")) {
            throw new IllegalArgumentException("grid code must be 14 or 15 digits, got " + value);
        }
    }

    public String district() {
        return value.substring(0, 6);
    }

    public String street() {
        return value.substring(6, 9);
    }

    public String community() {
        return value.substring(9, 12);
    }

    public String sequence() {
        return value.substring(12);
    }

    @Override
    public String toString() {
        return value;
    }
}
