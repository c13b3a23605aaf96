package org.patrolgrid.alerts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.alerts.AlertKind;
import org.patrolgrid.alerts.AlertResolution;
import org.patrolgrid.alerts.AlertStatus;
import org.patrolgrid.geofence.attendance.AttendanceConfig;
import org.patrolgrid.geofence.attendance.AttendanceProcessor;
import org.patrolgrid.geofence.attendance.AttendanceState;
import org.patrolgrid.geofence.attendance.AttendanceStatus;
import org.patrolgrid.geofence.attendance.ZoneGeometries;
import org.patrolgrid.geofence.coverage.CellIndexer;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.geofence.zone.PostZone;

/** The processor and the alert rules together, as the pipeline runs them. */
class AttendanceToAlertsTest {
    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    private static final double LAT = 30.75;
    private static final double LON = 120.76;

    @Test
    void lateDataResolvesAbsenceAlert() {
        PostZone post = new PostZone(
                "p1", "post", "330402", LAT, LON, 30, Geo.point(LAT, LON).buffer(0.0004));
        Shift shift = new Shift("s1", "dev-1", List.of("p1"), START, START.plusSeconds(4 * 3600), ShiftRules.DEFAULTS);
        AttendanceProcessor processor = new AttendanceProcessor(AttendanceConfig.DEFAULTS);
        AttendanceState state =
                processor.start(shift, new ZoneGeometries(id -> null, CellIndexer.h3()).plan(List.of(post)));
        AlertRules rules = new AlertRules();
        AlertBook book = new AlertBook();

        processor.onTick(state, START.plusSeconds(600)).forEach(e -> rules.process(book, "dev-1", e));
        Alert absent = book.latest("dev-1", "s1", AlertKind.ABSENT).orElseThrow();
        assertEquals(AlertStatus.OPEN, absent.status());

        // the buffer arrives at 08:20 local: the officer was on post from 07:58
        Position early = Position.of("dev-1", START.minusSeconds(120), LAT + 0.00005, LON, 6);
        Position later = Position.of("dev-1", START.plusSeconds(300), LAT, LON + 0.00005, 6);
        for (Position p : List.of(early, later)) {
            processor.onPosition(state, p).forEach(e -> rules.process(book, "dev-1", e));
        }
        Alert resolved = book.get(absent.id()).orElseThrow();
        assertEquals(AlertResolution.LATE_DATA, resolved.resolution());
        assertEquals(
                AttendanceStatus.ON_DUTY,
                processor.record(state, START.plusSeconds(1200)).status());
    }
}
