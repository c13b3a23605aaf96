package org.patrolgrid.web.shift;

import io.vertx.core.json.JsonObject;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.patrolgrid.geofence.shift.Schedule;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.JsonBody;
import org.patrolgrid.web.store.ShiftStore.NewSchedule;
import org.patrolgrid.web.store.ShiftStore.NewShift;

/** Reads the bodies of {@code POST /shifts} and {@code POST /schedules}, refusing bad input with a 400 naming it. */
final class ShiftRequests {
    private static final List<String> DAY_NAMES = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private ShiftRequests() {}

    static NewShift shift(JsonObject json) {
        JsonBody body = JsonBody.wrap(json);
        String device = body.requiredString("device");
        List<String> zones = zones(body);
        Instant start = instant(body, "start");
        Instant end = instant(body, "end");
        if (!end.isAfter(start)) {
            throw ApiFault.badRequest("end must be after start");
        }
        return new NewShift(device, zones, start, end, RulesJson.encode(RulesJson.parse(json)));
    }

    static NewSchedule schedule(JsonObject json) {
        JsonBody body = JsonBody.wrap(json);
        String device = body.requiredString("device");
        List<String> zones = zones(body);
        Set<DayOfWeek> days = days(body.stringList("days"));
        LocalTime start = time(body, "start");
        LocalTime end = time(body, "end");
        LocalDate from = date(body, "from");
        LocalDate until = date(body, "until");
        ShiftRules rules = RulesJson.parse(json);
        Schedule schedule;
        try {
            schedule = new Schedule("new", device, zones, days, start, end, from, until, rules);
        } catch (IllegalArgumentException e) {
            throw ApiFault.badRequest(e.getMessage().replace("schedule new", "schedule"));
        }
        List<Shift> shifts = schedule.shifts();
        return new NewSchedule(
                device,
                zones,
                days.stream().map(day -> DAY_NAMES.get(day.ordinal())).toList(),
                start,
                end,
                from,
                until,
                RulesJson.encode(rules),
                shifts.stream().map(Shift::start).toList(),
                shifts.stream().map(Shift::end).toList());
    }

    private static List<String> zones(JsonBody body) {
        List<String> zones = body.stringList("zones");
        if (zones.isEmpty()) {
            throw ApiFault.badRequest("zones must name at least one zone");
        }
        return List.copyOf(new java.util.LinkedHashSet<>(zones));
    }

    private static Instant instant(JsonBody body, String field) {
        String text = body.requiredString(field);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw ApiFault.badRequest(field + " must be ISO-8601 with an offset, e.g. 2026-11-28T08:00:00+08:00");
        }
    }

    private static LocalTime time(JsonBody body, String field) {
        try {
            return LocalTime.parse(body.requiredString(field));
        } catch (DateTimeException e) {
            throw ApiFault.badRequest(field + " must be a time of day HH:mm");
        }
    }

    private static LocalDate date(JsonBody body, String field) {
        try {
            return LocalDate.parse(body.requiredString(field));
        } catch (DateTimeException e) {
            throw ApiFault.badRequest(field + " must be a date YYYY-MM-DD");
        }
    }

    private static Set<DayOfWeek> days(List<String> names) {
        if (names.isEmpty()) {
            throw ApiFault.badRequest("days must name at least one day (MON..SUN)");
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (String name : names) {
            int index = DAY_NAMES.indexOf(name.toUpperCase(Locale.ROOT));
            if (index < 0) {
                throw ApiFault.badRequest("days: unknown day " + name + " (MON..SUN)");
            }
            days.add(DayOfWeek.values()[index]);
        }
        return EnumSet.copyOf(days);
    }
}
