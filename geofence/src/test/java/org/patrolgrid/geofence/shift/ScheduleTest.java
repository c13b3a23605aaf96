package org.patrolgrid.geofence.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static Schedule schedule(String start, String end, LocalDate from, LocalDate until, DayOfWeek... days) {
        return new Schedule(
                "s1",
                "dev-1",
                List.of("area-1"),
                days.length == 0 ? EnumSet.allOf(DayOfWeek.class) : EnumSet.of(days[0], days),
                LocalTime.parse(start),
                LocalTime.parse(end),
                from,
                until,
                null);
    }

    @Test
    void weeklyPatternExpandsOnlyOnItsDaysWithinValidity() {
        // 2026-06-01 is a Monday
        Schedule s = schedule(
                "08:00",
                "12:00",
                LocalDate.parse("2026-06-01"),
                LocalDate.parse("2026-06-14"),
                DayOfWeek.MONDAY,
                DayOfWeek.WEDNESDAY);
        List<Shift> shifts = s.shifts();
        assertEquals(4, shifts.size());
        assertEquals("s1:2026-06-01", shifts.get(0).id());
        assertEquals(Instant.parse("2026-06-01T00:00:00Z"), shifts.get(0).start());
        assertEquals(Instant.parse("2026-06-01T04:00:00Z"), shifts.get(0).end());
        assertEquals(Instant.parse("2026-06-03T00:00:00Z"), shifts.get(1).start());
        assertEquals(Instant.parse("2026-06-10T00:00:00Z"), shifts.get(3).start());
        assertEquals(ShiftRules.DEFAULTS, shifts.get(0).rules());
    }

    @Test
    void shiftEndingAtOrBeforeItsStartTimeCrossesMidnight() {
        Schedule s = schedule("22:00", "06:00", LocalDate.parse("2026-03-31"), LocalDate.parse("2026-03-31"));
        Shift shift = s.shifts().get(0);
        assertTrue(s.crossesMidnight());
        assertEquals(Instant.parse("2026-03-31T14:00:00Z"), shift.start());
        assertEquals(Instant.parse("2026-03-31T22:00:00Z"), shift.end());
        assertEquals(Duration.ofHours(8), shift.duration());
    }

    @Test
    void asiaShanghaiKeepsEightHoursAcrossForeignDaylightSavingChanges() {
        // Europe and the US change clocks in March, October and November; China does not.
        Schedule s = schedule("08:00", "16:00", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-11-30"));
        List<Shift> shifts = s.shifts();
        assertEquals(275, shifts.size());
        for (Shift shift : shifts) {
            LocalDate date = LocalDate.parse(shift.id().substring(3));
            assertEquals(date.atTime(0, 0).toInstant(ZoneOffset.UTC), shift.start(), shift.id());
            assertEquals(Duration.ofHours(8), shift.duration(), shift.id());
        }
    }

    @Test
    void untilBeforeFromIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> schedule("08:00", "12:00", LocalDate.parse("2026-06-02"), LocalDate.parse("2026-06-01")));
    }
}
