package org.patrolgrid.geofence.index;

import java.util.List;
import org.patrolgrid.geofence.zone.Zone;

/**
 * The production index: a two-level lat/lon cell lattice ({@link CellKeys}) built once from the zones. A lookup
 * computes the fine cell with two multiplications, finds its coarse cell in a primitive hash map and gets the cell's
 * answer: zones that cover the whole cell come back without any geometry, and only zones whose boundary crosses the
 * cell are checked exactly with JTS (the indexed point locator behind prepared {@code covers}, see {@link ZoneShape};
 * circular posts with the exact distance). The result equals JTS
 * {@code covers} on every point: edges and vertices count as inside, holes exclude their interior only.
 *
 * <p>{@link #within} uses an STRtree of the same zones. Immutable and thread-safe once built.
 */
public final class CellZoneIndex implements ZoneIndex {
    private final LongObjectMap<CoarseCell> cells;
    private final StrTreeZoneIndex near;
    private final int size;

    public CellZoneIndex(List<? extends Zone> zones) {
        List<ZoneShape> shapes = ZoneShapes.of(zones);
        var builder = new CellTableBuilder();
        for (ZoneShape shape : shapes) {
            builder.add(shape);
        }
        this.cells = builder.build();
        this.near = StrTreeZoneIndex.ofShapes(shapes);
        this.size = shapes.size();
    }

    @Override
    public List<Zone> containing(double lat, double lon) {
        if (!ZoneDistances.validQuery(lat, lon)) {
            return List.of();
        }
        int row = CellKeys.fine(lat);
        int col = CellKeys.fine(lon);
        CoarseCell cell = cells.get(CellKeys.coarseKeyOfFine(row, col));
        if (cell == null) {
            return List.of();
        }
        return cell.answer(CellKeys.fineIndex(row, col)).resolve(lat, lon);
    }

    @Override
    public List<ZoneDistance> within(double lat, double lon, double meters) {
        return near.within(lat, lon, meters);
    }

    @Override
    public int size() {
        return size;
    }

    /** How many coarse cells the index holds (for tests and sizing). */
    int coarseCells() {
        return cells.size();
    }
}
