package org.patrolgrid.simulators.world;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Cuts the lattice into the cells of each district: a square wholly inside a district is kept whole; a square on a
 * district's edge is clipped to it and kept when at least {@link #MIN_SHARE} of it remains (as one polygon).
 */
public final class UnitGridCutter {
    static final double MIN_SHARE = 0.3;

    private UnitGridCutter() {}

    public static List<LatticeCell> cut(GridLattice lattice, List<DistrictBoundary> districts) {
        List<LatticeCell> cells = new ArrayList<>();
        for (DistrictBoundary district : districts) {
            PreparedGeometry area = PreparedGeometryFactory.prepare(district.area());
            for (int row = 0; row < lattice.rows(); row++) {
                for (int col = 0; col < lattice.cols(); col++) {
                    Polygon square = lattice.cell(row, col);
                    if (area.covers(square)) {
                        cells.add(new LatticeCell(district.adcode(), row, col, square, true));
                    } else if (area.intersects(square)) {
                        Polygon part = clip(square, district.area());
                        if (part != null) {
                            cells.add(new LatticeCell(district.adcode(), row, col, part, false));
                        }
                    }
                }
            }
        }
        return List.copyOf(cells);
    }

    private static Polygon clip(Polygon square, Geometry district) {
        Geometry part = GeometryPrecisionReducer.reduce(square.intersection(district), GridLattice.PRECISION);
        Polygon largest = null;
        for (int i = 0; i < part.getNumGeometries(); i++) {
            if (part.getGeometryN(i) instanceof Polygon p && (largest == null || p.getArea() > largest.getArea())) {
                largest = p;
            }
        }
        boolean keep = largest != null
                && largest.getNumInteriorRing() == 0
                && largest.isValid()
                && largest.getArea() >= MIN_SHARE * square.getArea();
        return keep ? largest : null;
    }
}
