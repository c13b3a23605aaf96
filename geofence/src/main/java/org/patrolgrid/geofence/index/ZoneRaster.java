package org.patrolgrid.geofence.index;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.patrolgrid.geofence.geo.Geo;

/**
 * One zone's footprint drawn on the {@link CellKeys} lattice. Every fine cell whose closed square, grown by
 * {@link #EPS}, touches the boundary (any ring, shell or hole) is {@link #EDGE}. The boundary cannot pass between
 * two neighbouring non-edge cells, so each 4-connected group of non-edge cells is wholly inside or outside, and one
 * point test decides the group. A coarse cell that no boundary touches is decided by one point test at its centre.
 */
final class ZoneRaster {
    static final byte UNSET = 0;
    static final byte OUT = 1;
    static final byte IN = 2;
    static final byte EDGE = 3;

    /** Margin in degrees (about 0.1 mm) that absorbs rounding in the boundary walk. */
    static final double EPS = 1e-9;

    /** Coarse cells the boundary crosses, with the state of each of their fine cells. */
    final LongObjectMap<byte[]> mixed = new LongObjectMap<>(16);
    /** Coarse cells wholly inside the footprint. */
    final List<Long> inside = new ArrayList<>();

    private ZoneRaster() {}

    static ZoneRaster of(Geometry footprint) {
        ZoneRaster raster = new ZoneRaster();
        new BoundaryWalk(raster.mixed).walk(footprint);
        raster.classify(footprint);
        return raster;
    }

    private void classify(Geometry footprint) {
        var locator = new IndexedPointInAreaLocator(footprint);
        Envelope env = footprint.getEnvelopeInternal();
        int r0 = CellKeys.fine(env.getMinY() - EPS) >> CellKeys.FINE_BITS;
        int r1 = CellKeys.fine(env.getMaxY() + EPS) >> CellKeys.FINE_BITS;
        int c0 = CellKeys.fine(env.getMinX() - EPS) >> CellKeys.FINE_BITS;
        int c1 = CellKeys.fine(env.getMaxX() + EPS) >> CellKeys.FINE_BITS;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                long key = CellKeys.coarseKey(r, c);
                byte[] states = mixed.get(key);
                if (states != null) {
                    fillBlock(states, r, c, locator);
                } else if (locate(locator, r, c, CellKeys.FINE_SIDE / 2.0, CellKeys.FINE_SIDE / 2.0)
                        == Location.INTERIOR) {
                    inside.add(key);
                }
            }
        }
    }

    /** Gives every non-edge fine cell of a coarse cell the state of its 4-connected group. */
    private static void fillBlock(byte[] states, int coarseRow, int coarseCol, IndexedPointInAreaLocator locator) {
        int[] stack = new int[CellKeys.FINE_CELLS];
        for (int start = 0; start < CellKeys.FINE_CELLS; start++) {
            if (states[start] != UNSET) {
                continue;
            }
            int where = locate(
                    locator,
                    coarseRow,
                    coarseCol,
                    (start >> CellKeys.FINE_BITS) + 0.5,
                    (start & CellKeys.FINE_MASK) + 0.5);
            if (where == Location.BOUNDARY) {
                states[start] = EDGE; // cannot happen for a cell the walk left unmarked; stay exact if it does
                continue;
            }
            byte state = where == Location.INTERIOR ? IN : OUT;
            int top = 0;
            stack[top++] = start;
            states[start] = state;
            while (top > 0) {
                int cell = stack[--top];
                int row = cell >> CellKeys.FINE_BITS;
                int col = cell & CellKeys.FINE_MASK;
                top = push(states, stack, top, row - 1, col, state);
                top = push(states, stack, top, row + 1, col, state);
                top = push(states, stack, top, row, col - 1, state);
                top = push(states, stack, top, row, col + 1, state);
            }
        }
    }

    private static int push(byte[] states, int[] stack, int top, int row, int col, byte state) {
        if (row < 0 || row >= CellKeys.FINE_SIDE || col < 0 || col >= CellKeys.FINE_SIDE) {
            return top;
        }
        int cell = (row << CellKeys.FINE_BITS) | col;
        if (states[cell] != UNSET) {
            return top;
        }
        states[cell] = state;
        stack[top] = cell;
        return top + 1;
    }

    /** Locates a point given in fine-cell units from the south-west corner of a coarse cell. */
    private static int locate(
            IndexedPointInAreaLocator locator, int coarseRow, int coarseCol, double fineRows, double fineCols) {
        double lat = (coarseRow * (double) CellKeys.FINE_SIDE + fineRows) / CellKeys.FINE_PER_DEGREE;
        double lon = (coarseCol * (double) CellKeys.FINE_SIDE + fineCols) / CellKeys.FINE_PER_DEGREE;
        return locator.locate(Geo.coordinate(lat, lon));
    }
}
