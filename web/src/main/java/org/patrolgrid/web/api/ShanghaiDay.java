package org.patrolgrid.web.api;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A calendar day in Asia/Shanghai, where shifts are planned: {@code ?date=} and {@code ?from=&to=} are read as such
 * days, and a shift belongs to the day it starts.
 */
public record ShanghaiDay(LocalDate date) {
    public static final ZoneId TIME_ZONE = ZoneId.of("Asia/Shanghai");

    /** The day in {@code value} (YYYY-MM-DD), or today by {@code clock} when absent; 400 naming the parameter. */
    public static ShanghaiDay parse(String name, String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return new ShanghaiDay(LocalDate.now(clock.withZone(TIME_ZONE)));
        }
        try {
            return new ShanghaiDay(LocalDate.parse(value.trim()));
        } catch (DateTimeException e) {
            throw ApiFault.badRequest(name + " must be a date YYYY-MM-DD");
        }
    }

    /** Midnight that starts the day. */
    public Instant start() {
        return date.atStartOfDay(TIME_ZONE).toInstant();
    }

    /** Midnight that ends the day (the next day's start). */
    public Instant end() {
        return date.plusDays(1).atStartOfDay(TIME_ZONE).toInstant();
    }
}
