package org.patrolgrid.geofence.index;

/** One coarse cell: a single answer for all its fine cells, or a palette of answers indexed by fine cell. */
final class CoarseCell {
    private final CellAnswer[] palette;
    private final byte[] fine;

    /** A coarse cell whose fine cells all share {@code answer}. */
    CoarseCell(CellAnswer answer) {
        this.palette = new CellAnswer[] {answer};
        this.fine = null;
    }

    /** A coarse cell whose fine cell {@code i} answers {@code palette[fine[i] & 0xff]} (at most 256 answers). */
    CoarseCell(CellAnswer[] palette, byte[] fine) {
        this.palette = palette;
        this.fine = fine;
    }

    CellAnswer answer(int fineIndex) {
        return fine == null ? palette[0] : palette[fine[fineIndex] & 0xff];
    }
}
