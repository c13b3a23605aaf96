package org.patrolgrid.geofence.attendance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.geofence.zone.GridZone;

/** The state of an active shift stays within 2 KiB, not counting the coverage bitsets and the shared plan. */
class StateSizeTest {
    static {
        // records (Shift, ShiftRules) hide their field offsets from Unsafe on Java 17
        System.setProperty("jol.magicFieldOffset", "true");
    }

    @Test
    void activeShiftStateFitsInTwoKibibytes() {
        List<GridZone> grids = World.grids(8, 5, 100);
        ShiftPlan plan = World.geometries(grids).plan(List.of(World.area("a1", grids)));
        Timeline t = new Timeline(plan, ShiftRules.DEFAULTS, 4);
        t.walk(0, 60, 5, 10, 790, 250);
        AttendanceState s = t.state;
        GraphLayout all = GraphLayout.parseInstance(s);
        GraphLayout shared = GraphLayout.parseInstance(plan);
        GraphLayout bitsets = GraphLayout.parseInstance(s.gridsVisited, s.cellsVisited, s.stationsWalked);
        long bytes = all.subtract(shared).subtract(bitsets).totalSize();
        System.out.printf(
                "state per active shift: %d bytes (+ %d bytes of coverage bitsets for %d cells)%n",
                bytes, bitsets.totalSize(), plan.cellsTotal);
        assertTrue(bytes <= 2048, "state is " + bytes + " bytes");
    }
}
