package org.patrolgrid.simulators.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.geo.Geo;

class TrackTest {
    private static final double LAT = 30.76, LON = 120.76;

    @Test
    void movesAtTheGivenSpeedAndStopsAtTheLimit() {
        double[] east = PatrolTours.offset(LAT, LON, 0, 100);
        TrackBuilder builder = new TrackBuilder(0, LAT, LON);
        assertTrue(builder.moveTo(east[0], east[1], 2.0, 1_000_000));
        assertEquals(50_000, builder.now(), 50);
        assertFalse(builder.moveTo(LAT, LON, 2.0, 75_000)); // half way back by then
        Track track = builder.build();
        double[] mid = track.at(25_000);
        assertEquals(50, Geo.meters(LAT, LON, mid[0], mid[1]), 0.5);
        assertEquals(2.0, track.velocity(10_000)[0], 0.01);
        assertEquals(90, track.velocity(10_000)[1], 0.5);
        assertEquals(50, Geo.meters(LAT, LON, track.at(200_000)[0], track.at(200_000)[1]), 0.5);
    }

    @Test
    void cursorLogsMarksWithTheirTimesAndResumesWhereItStopped() {
        double[] a = PatrolTours.offset(LAT, LON, 60, 0);
        List<Waypoint> tour = List.of(Waypoint.at(LAT, LON), new Waypoint(a[0], a[1], 60_000, "cp1"));
        PatrolCursor cursor = new PatrolCursor(tour, 1.0);
        TrackBuilder builder = new TrackBuilder(0, LAT, LON);
        cursor.patrol(builder, 100_000); // reaches cp1 at 60 s, stays until 120 s: the stop is cut short
        assertTrue(cursor.reachedBetween(0, 1_000_000).isEmpty());
        cursor.patrol(builder, 400_000);
        assertEquals(List.of("cp1"), cursor.reachedBetween(0, 400_000));
        assertTrue(cursor.reachedBetween(0, 100_000).isEmpty());
    }

    @Test
    void aTourThatTakesNoTimeStandsStillInsteadOfSpinning() {
        PatrolCursor cursor = new PatrolCursor(List.of(Waypoint.at(LAT, LON), Waypoint.at(LAT, LON)), 1.0);
        TrackBuilder builder = new TrackBuilder(0, LAT, LON);
        cursor.patrol(builder, 60_000);
        assertEquals(60_000, builder.now());
    }

    @Test
    void samplerKeepsIntervalsAndOrder() {
        TrackBuilder builder = new TrackBuilder(0, LAT, LON);
        builder.dwell(3_600_000, 3_600_000);
        List<SimFix> fixes =
                new FixSampler(5_000, 15_000, 4, 12, 3).sample(builder.build(), 0, 3_600_000, new SplittableRandom(3));
        for (int i = 1; i < fixes.size(); i++) {
            long gap = fixes.get(i).ts() - fixes.get(i - 1).ts();
            assertTrue(gap >= 5_000 && gap <= 15_000);
            assertTrue(fixes.get(i).acc() >= 4 && fixes.get(i).acc() <= 12);
            assertTrue(Geo.meters(LAT, LON, fixes.get(i).lat(), fixes.get(i).lon()) < 20);
        }
    }
}
