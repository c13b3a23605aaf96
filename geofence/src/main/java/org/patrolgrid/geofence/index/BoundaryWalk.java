package org.patrolgrid.geofence.index;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.util.LinearComponentExtracter;

/**
 * Marks as {@link ZoneRaster#EDGE} every fine cell whose closed square, grown by {@link ZoneRaster#EPS}, meets a
 * segment of the footprint's boundary. It walks each segment row by row, so a long border costs its length in cells,
 * not its bounding box.
 */
final class BoundaryWalk {
    private static final double EPS = ZoneRaster.EPS;
    private final LongObjectMap<byte[]> mixed;

    BoundaryWalk(LongObjectMap<byte[]> mixed) {
        this.mixed = mixed;
    }

    void walk(Geometry footprint) {
        for (Object line : LinearComponentExtracter.getLines(footprint)) {
            CoordinateSequence seq = ((LineString) line).getCoordinateSequence();
            for (int i = 1; i < seq.size(); i++) {
                segment(seq.getX(i - 1), seq.getY(i - 1), seq.getX(i), seq.getY(i));
            }
        }
    }

    private void segment(double ax, double ay, double bx, double by) {
        double minY = Math.min(ay, by);
        double maxY = Math.max(ay, by);
        double minX = Math.min(ax, bx);
        double maxX = Math.max(ax, bx);
        int r0 = CellKeys.fine(minY - EPS);
        int r1 = CellKeys.fine(maxY + EPS);
        for (int r = r0; r <= r1; r++) {
            double y0 = Math.max(minY, r / CellKeys.FINE_PER_DEGREE - EPS);
            double y1 = Math.min(maxY, (r + 1) / CellKeys.FINE_PER_DEGREE + EPS);
            double x0;
            double x1;
            if (by == ay) {
                x0 = minX;
                x1 = maxX;
            } else {
                double slope = (bx - ax) / (by - ay);
                double xa = clamp(ax + (y0 - ay) * slope, minX, maxX);
                double xb = clamp(ax + (y1 - ay) * slope, minX, maxX);
                x0 = Math.min(xa, xb);
                x1 = Math.max(xa, xb);
            }
            markRow(r, CellKeys.fine(x0 - EPS), CellKeys.fine(x1 + EPS));
        }
    }

    private void markRow(int row, int c0, int c1) {
        for (int c = c0; c <= c1; c++) {
            byte[] states = mixed.getOrCreate(CellKeys.coarseKeyOfFine(row, c), () -> new byte[CellKeys.FINE_CELLS]);
            states[CellKeys.fineIndex(row, c)] = ZoneRaster.EDGE;
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
