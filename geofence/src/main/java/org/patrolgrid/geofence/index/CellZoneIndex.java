package org.patrolgrid.geofence.index;

import java.util.ArrayList;
import java.util.Comparator;
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
    /**
     * Zones wider than this many coarse cells (512 x 512, about 55 km x 48 km at Jiaxing) are not drawn on the
     * lattice but checked exactly on every lookup, so that a mistaken continent-sized polygon cannot exhaust memory.
     */
    static final long MAX_COARSE_CELLS_PER_ZONE = 512L * 512L;

    private final LongObjectMap<CoarseCell> cells;
    private final ZoneShape[] huge;
    private final StrTreeZoneIndex near;
    private final int size;

    public CellZoneIndex(List<? extends Zone> zones) {
        List<ZoneShape> shapes = ZoneShapes.of(zones);
        var builder = new CellTableBuilder();
        List<ZoneShape> huge = new ArrayList<>();
        for (ZoneShape shape : shapes) {
            if (CellKeys.coarseCellsOver(shape.envelope()) > MAX_COARSE_CELLS_PER_ZONE) {
                huge.add(shape);
            } else {
                builder.add(shape);
            }
        }
        this.cells = builder.build();
        this.huge = huge.toArray(new ZoneShape[0]);
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
        List<Zone> found = cell == null
                ? List.of()
                : cell.answer(CellKeys.fineIndex(row, col)).resolve(lat, lon);
        return huge.length == 0 ? found : withHugeZones(found, lat, lon);
    }

    /** Adds the huge zones that cover the point, keeping index order. */
    private List<Zone> withHugeZones(List<Zone> found, double lat, double lon) {
        List<ZoneShape> hits = new ArrayList<>();
        for (ZoneShape shape : huge) {
            if (shape.covers(lat, lon)) {
                hits.add(shape);
            }
        }
        if (hits.isEmpty()) {
            return found;
        }
        List<ZoneShape> all = new ArrayList<>(hits);
        for (Zone zone : found) {
            all.add(near.shape(zone));
        }
        all.sort(Comparator.comparingInt(s -> s.ordinal));
        List<Zone> zones = new ArrayList<>(all.size());
        all.forEach(s -> zones.add(s.zone));
        return zones;
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
