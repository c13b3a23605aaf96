package org.patrolgrid.tracker.support;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.geofence.attendance.AttendanceProcessor;
import org.patrolgrid.geofence.attendance.ShiftPlan;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.tracker.duty.ShiftDuty;
import org.patrolgrid.tracker.duty.ZoneFeatures;
import org.patrolgrid.tracker.duty.ZoneSnapshot;

/**
 * For tests of an owner's parts without a server: shift 7 of device d-1, four hours from {@link #T0} on grid g (about
 * 100 m square around {@link #LAT}, {@link #LON} in Jiaxing), off post after 5 minutes.
 */
public final class OneGridShift {
    public static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    public static final double LAT = 30.7527;
    public static final double LON = 120.759;
    private static final String GRID =
            """
            {"type":"Feature","properties":{"id":"g","kind":"grid","name":"g","district":"330402",
             "code":"330402001001001"},"geometry":{"type":"Polygon","coordinates":[[[120.7585,30.7522],
             [120.7595,30.7522],[120.7595,30.7532],[120.7585,30.7532],[120.7585,30.7522]]]}}""";

    private OneGridShift() {}

    /** The shift, armed on the processor, with no fix seen yet. */
    public static ShiftDuty start(AttendanceProcessor processor) {
        ZoneSnapshot zones =
                new ZoneSnapshot(ZoneFeatures.read(List.of(new JsonObject(GRID).getMap()), new ArrayList<>()));
        Shift s = new Shift(
                "7", "d-1", List.of("g"), T0, T0.plus(Duration.ofHours(4)), ShiftRules.of(null, 5.0, null, null, 0.0));
        ShiftPlan plan = zones.plan(s).orElseThrow();
        return new ShiftDuty(s, processor.start(s, plan), plan, Instant.MIN);
    }
}
