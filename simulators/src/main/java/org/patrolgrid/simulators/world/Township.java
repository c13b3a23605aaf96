package org.patrolgrid.simulators.world;

/**
 * A street (街道) or town (镇) with its 9-digit code: the 6-digit district adcode and a 3-digit street part.
 * Street parts below 100 are urban streets (街道), from 100 up towns (镇).
 */
public record Township(String code, String name) {
    public Township {
        if (!code.matches("\\d{9}")) {
            throw new IllegalArgumentException("township code must be 9 digits: " + code);
        }
    }

    public String district() {
        return code.substring(0, 6);
    }

    /** The 3-digit street part of a unit-grid code. */
    public String street() {
        return code.substring(6);
    }

    public boolean isUrbanStreet() {
        return Integer.parseInt(street()) < 100;
    }
}
