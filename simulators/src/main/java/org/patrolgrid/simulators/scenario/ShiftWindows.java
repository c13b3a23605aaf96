package org.patrolgrid.simulators.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** When collectors and officers work: one window each. */
public record ShiftWindows(Instant collectorStart, Instant collectorEnd, Instant officerStart, Instant officerEnd) {
    /** Shifts are in local time (DESIGN.md). */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Collectors 08:00–12:00, officers 08:30–11:30, Asia/Shanghai. */
    public static ShiftWindows morningOf(LocalDate day) {
        return new ShiftWindows(local(day, 8, 0), local(day, 12, 0), local(day, 8, 30), local(day, 11, 30));
    }

    /** Both windows starting at {@code start}: collectors for 4 h, officers for 3 h. */
    public static ShiftWindows from(Instant start) {
        return new ShiftWindows(start, start.plus(Duration.ofHours(4)), start, start.plus(Duration.ofHours(3)));
    }

    private static Instant local(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(SHANGHAI).toInstant();
    }
}
