package org.patrolgrid.geofence.coverage;

import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;
import org.patrolgrid.geofence.geo.LocalProjection;

/**
 * A planar lookup from a point to the ordinal of its H3 cell in a zone's sorted cell list, so that the hot path
 * avoids a JNI call per fix. The zone's envelope is cut into square pixels; a pixel whose four corners fall in the
 * same cell lies wholly inside it (cells are convex at this scale) and stores that cell's ordinal, or
 * {@link #NOT_IN_ZONE}. Other pixels straddle a cell edge: for them, and only them, {@link #ordinal} asks H3.
 *
 * <p>Memory is 2 bytes per pixel: with 3 m pixels about 0.22 bytes per m², 50 KB for a patrol area of 40 grids of
 * 100 m and 22 MB per 100 km² of zones. Immutable and shared by every shift on the zone.
 */
public final class CellRaster {
    public static final int NOT_IN_ZONE = -1;
    /** Pixels are 16-bit: two codes are reserved, so a zone with more cells (over ~140 km²) always asks H3. */
    private static final char AMBIGUOUS = Character.MAX_VALUE;

    private static final char OUTSIDE = Character.MAX_VALUE - 1;
    private static final int MAX_CELLS = OUTSIDE;
    /** Upper bound on pixels per zone, 8 MB. */
    private static final long MAX_PIXELS = 4_000_000;

    private final LocalProjection plane;
    private final CellIndexer indexer;
    private final long[] cells;
    private final double minX;
    private final double minY;
    private final double pixel;
    private final int nx;
    private final int ny;
    private final char[] ordinals;

    /**
     * @param envelope the zone's envelope in {@code plane} metres
     * @param cells the zone's cells, sorted
     * @param pixelMeters the wanted pixel size; grown when the zone is too large for {@link #MAX_PIXELS}
     */
    public CellRaster(LocalProjection plane, CellIndexer indexer, Envelope envelope, long[] cells, double pixelMeters) {
        this.plane = plane;
        this.indexer = indexer;
        this.cells = cells.clone();
        double area = Math.max(1, envelope.getWidth()) * Math.max(1, envelope.getHeight());
        this.pixel = Math.max(pixelMeters, Math.sqrt(area / MAX_PIXELS));
        this.minX = envelope.getMinX();
        this.minY = envelope.getMinY();
        this.nx = (int) Math.ceil(envelope.getWidth() / pixel) + 1;
        this.ny = (int) Math.ceil(envelope.getHeight() / pixel) + 1;
        this.ordinals = new char[nx * ny];
        if (cells.length <= MAX_CELLS) {
            fill();
        } else {
            Arrays.fill(ordinals, AMBIGUOUS);
        }
    }

    private void fill() {
        long[] below = cornerRow(0);
        for (int j = 0; j < ny; j++) {
            long[] above = cornerRow(j + 1);
            for (int i = 0; i < nx; i++) {
                long c = below[i];
                boolean same = c == below[i + 1] && c == above[i] && c == above[i + 1];
                ordinals[j * nx + i] = same ? code(ordinalOf(c)) : AMBIGUOUS;
            }
            below = above;
        }
    }

    private long[] cornerRow(int j) {
        long[] row = new long[nx + 1];
        double lat = plane.lat(minY + j * pixel);
        for (int i = 0; i <= nx; i++) {
            row[i] = indexer.cell(lat, plane.lon(minX + i * pixel));
        }
        return row;
    }

    /** The ordinal in {@link #cells()} of the cell holding the point, or {@link #NOT_IN_ZONE}. */
    public int ordinal(double x, double y, double lat, double lon) {
        int i = (int) Math.floor((x - minX) / pixel);
        int j = (int) Math.floor((y - minY) / pixel);
        if (i >= 0 && j >= 0 && i < nx && j < ny) {
            char o = ordinals[j * nx + i];
            if (o != AMBIGUOUS) {
                return o == OUTSIDE ? NOT_IN_ZONE : o;
            }
        }
        return ordinalOf(indexer.cell(lat, lon));
    }

    private static char code(int ordinal) {
        return ordinal == NOT_IN_ZONE ? OUTSIDE : (char) ordinal;
    }

    private int ordinalOf(long cell) {
        int k = Arrays.binarySearch(cells, cell);
        return k >= 0 ? k : NOT_IN_ZONE;
    }

    public int cellCount() {
        return cells.length;
    }

    public long cell(int ordinal) {
        return cells[ordinal];
    }

    /** Share of pixels that need an H3 call, for benchmarks and tuning. */
    public double ambiguousShare() {
        int ambiguous = 0;
        for (char o : ordinals) {
            ambiguous += o == AMBIGUOUS ? 1 : 0;
        }
        return ambiguous / (double) ordinals.length;
    }
}
