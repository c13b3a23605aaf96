package org.patrolgrid.simulators.world;

import org.locationtech.jts.geom.Polygon;

/**
 * One lattice cell's part inside one district: the whole square when {@code whole}, otherwise the square clipped to
 * the district outline.
 */
public record LatticeCell(String district, int row, int col, Polygon polygon, boolean whole) {
    /** Squared lattice distance to another cell, in cells². */
    public long distanceSquared(LatticeCell other) {
        long dr = row - other.row;
        long dc = col - other.col;
        return dr * dr + dc * dc;
    }

    /** Orders north-west first: by row descending, then column ascending. */
    public static int readingOrder(LatticeCell a, LatticeCell b) {
        return a.row != b.row ? Integer.compare(b.row, a.row) : Integer.compare(a.col, b.col);
    }
}
