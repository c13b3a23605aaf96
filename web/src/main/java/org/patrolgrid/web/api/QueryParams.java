package org.patrolgrid.web.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Typed query parameters. Instants are ISO-8601 with an offset (or Z), or epoch milliseconds. */
public final class QueryParams {
    private QueryParams() {}

    /** The instant in {@code value}, or {@code fallback} when absent; 400 naming {@code name} when unreadable. */
    public static Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        // A "+" offset that was not URL-encoded arrives as a space.
        String text = value.trim().replace(' ', '+');
        try {
            if (text.chars().allMatch(Character::isDigit) || (text.startsWith("-") && text.length() > 1)) {
                return Instant.ofEpochMilli(Long.parseLong(text));
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            throw ApiFault.badRequest(name + " must be ISO-8601 with an offset or epoch milliseconds");
        }
    }

    /** A positive integer parameter no larger than {@code max}, or {@code fallback} when absent. */
    public static int positiveInt(String name, String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 1 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiFault.badRequest(name + " must be an integer from 1 to " + max);
    }
}
