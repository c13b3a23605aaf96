package org.patrolgrid.geofence.shift;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A weekly pattern that produces shifts: on each of {@code days} between {@code from} and {@code until} (both
 * inclusive), a shift from {@code start} to {@code end} local time in {@link #TIME_ZONE}. When {@code end} is not after
 * {@code start} the shift crosses midnight and ends on the next day; it belongs to the day it starts.
 *
 * <p>Shift ids are {@code <schedule id>:<start date>}, so expanding the same schedule twice gives the same ids.
 */
public record Schedule(
        String id,
        String device,
        List<String> zoneIds,
        Set<DayOfWeek> days,
        LocalTime start,
        LocalTime end,
        LocalDate from,
        LocalDate until,
        ShiftRules rules) {

    /** Shifts are planned in China Standard Time (UTC+8 all year, no daylight saving). */
    public static final ZoneId TIME_ZONE = ZoneId.of("Asia/Shanghai");

    /** A guard against a typo that would expand decades of shifts. */
    public static final int MAX_DAYS = 366 * 2;

    public Schedule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        zoneIds = List.copyOf(zoneIds);
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        rules = rules == null ? ShiftRules.DEFAULTS : rules;
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("schedule " + id + ": until is before from");
        }
        if (from.plusDays(MAX_DAYS).isBefore(until)) {
            throw new IllegalArgumentException("schedule " + id + " spans more than " + MAX_DAYS + " days");
        }
        if (start.equals(end)) {
            throw new IllegalArgumentException("schedule " + id + ": start equals end");
        }
    }

    /** True when the shifts end on the day after they start. */
    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }

    /** The concrete shifts, in start order. */
    public List<Shift> shifts() {
        List<Shift> shifts = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(until); date = date.plusDays(1)) {
            if (days.contains(date.getDayOfWeek())) {
                shifts.add(shiftOn(date));
            }
        }
        return shifts;
    }

    /** The shift starting on {@code date}, whether or not the pattern includes that day. */
    public Shift shiftOn(LocalDate date) {
        LocalDate endDate = crossesMidnight() ? date.plusDays(1) : date;
        return new Shift(
                id + ":" + date,
                device,
                zoneIds,
                date.atTime(start).atZone(TIME_ZONE).toInstant(),
                endDate.atTime(end).atZone(TIME_ZONE).toInstant(),
                rules);
    }
}
