package org.patrolgrid.geofence.index;

/**
 * The cell scheme of {@link CellZoneIndex}: a two-level lat/lon lattice with power-of-two steps, so that a cell
 * index is an exact {@code floor(lat * 2^14)} (multiplying by a power of two never rounds) and cell edges are exact
 * doubles.
 *
 * <ul>
 *   <li>fine cells: 1/16384 degree, about 6.8 m north-south and 5.8 m east-west at Jiaxing (30.75° N);
 *   <li>coarse cells: 16 x 16 fine cells, 1/1024 degree, about 109 m x 93 m, the unit a hash map stores.
 * </ul>
 */
final class CellKeys {
    static final double FINE_PER_DEGREE = 16384.0;
    static final int FINE_BITS = 4;
    static final int FINE_SIDE = 1 << FINE_BITS;
    static final int FINE_MASK = FINE_SIDE - 1;
    static final int FINE_CELLS = FINE_SIDE * FINE_SIDE;
    static final double COARSE_PER_DEGREE = FINE_PER_DEGREE / FINE_SIDE;

    private CellKeys() {}

    /** Fine row (latitude) or column (longitude) of a coordinate in degrees. */
    static int fine(double degrees) {
        return (int) Math.floor(degrees * FINE_PER_DEGREE);
    }

    static long coarseKey(int coarseRow, int coarseCol) {
        return ((long) coarseRow << 32) | (coarseCol & 0xffffffffL);
    }

    /** Coarse key of the coarse cell holding fine cell (row, col). */
    static long coarseKeyOfFine(int fineRow, int fineCol) {
        return coarseKey(fineRow >> FINE_BITS, fineCol >> FINE_BITS);
    }

    /** Index 0..255 of a fine cell inside its coarse cell. */
    static int fineIndex(int fineRow, int fineCol) {
        return ((fineRow & FINE_MASK) << FINE_BITS) | (fineCol & FINE_MASK);
    }

    /** How many coarse cells the envelope spans. */
    static long coarseCellsOver(org.locationtech.jts.geom.Envelope env) {
        long rows = (fine(env.getMaxY()) >> FINE_BITS) - (fine(env.getMinY()) >> FINE_BITS) + 1L;
        long cols = (fine(env.getMaxX()) >> FINE_BITS) - (fine(env.getMinX()) >> FINE_BITS) + 1L;
        return rows * cols;
    }
}
