package org.patrolgrid.geofence.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.geofence.zone.GridZone;

class CoverageTest {
    private static final List<GridZone> GRIDS = World.grids(4, 1, 100);
    private static final ShiftPlan AREA = World.geometries(GRIDS).plan(List.of(World.area("a1", GRIDS)));

    @Test
    void walkingHalfTheAreaVisitsHalfTheGrids() {
        Timeline t = new Timeline(AREA, ShiftRules.of(null, null, null, null, 0.8), 1);
        t.walk(0, 30, 5, 5, 195, 50); // along the middle of grids 1 and 2
        t.tick(60);
        AttendanceRecord record = t.record(60);
        assertEquals(2, record.gridsVisited());
        assertEquals(4, record.gridsTotal());
        assertEquals(List.of("g1", "g2"), t.state.visitedGridIds());
        assertEquals(record.cellsVisited(), t.state.visitedCells().length);
        assertTrue(record.cellsTotal() > 10, "cells " + record.cellsTotal());
        assertTrue(record.cellsVisited() > 0 && record.cellsVisited() < record.cellsTotal() / 2 + 2);
        assertEquals(record.cellsVisited() / (double) record.cellsTotal(), record.coverage(), 1e-12);
        assertEquals(AttendanceStatus.INCOMPLETE, record.status());
    }

    @Test
    void coveringEveryCellMakesTheShiftPresent() {
        Timeline t = new Timeline(AREA, ShiftRules.of(null, null, null, null, 0.9), 4);
        double minute = 0;
        for (double y = 2; y < 100; y += 4) {
            for (double x = 2; x < 400; x += 4) {
                t.fix(minute, x, y);
                minute += 0.02;
            }
        }
        t.tick(240);
        AttendanceRecord record = t.record(240);
        assertEquals(4, record.gridsVisited());
        assertTrue(record.coverage() > 0.9, "coverage " + record.coverage());
        assertEquals(AttendanceStatus.PRESENT, record.status());
    }

    @Test
    void fixesOutsideTheShiftDoNotCover() {
        Timeline t = new Timeline(AREA, ShiftRules.DEFAULTS, 1);
        t.fix(-5, 50, 50);
        t.fix(61, 350, 50);
        assertEquals(0, t.record(62).gridsVisited());
    }
}
