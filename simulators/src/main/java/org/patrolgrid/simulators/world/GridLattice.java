package org.patrolgrid.simulators.world;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.patrolgrid.geofence.geo.Geo;

/**
 * A lattice of about {@code cellMeters} square cells over a lat/lon box. Node (row, col) is the south-west corner of
 * cell (row, col); rows count north from the south edge, columns east from the west edge. Coordinates are rounded to
 * 1e-7° (about 1 cm) so that neighbouring cells share their corners exactly.
 */
public final class GridLattice {
    /** 1e-7°: the precision of every coordinate the world writes. */
    public static final PrecisionModel PRECISION = new PrecisionModel(1e7);

    private final double south;
    private final double west;
    private final double dLat;
    private final double dLon;
    private final int rows;
    private final int cols;

    public GridLattice(double south, double west, double north, double east, double cellMeters) {
        this.south = south;
        this.west = west;
        this.dLat = cellMeters / Geo.metersPerDegreeLat();
        this.dLon = cellMeters / Geo.metersPerDegreeLon((south + north) / 2);
        this.rows = (int) Math.ceil((north - south) / dLat);
        this.cols = (int) Math.ceil((east - west) / dLon);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public double lat(int row) {
        return PRECISION.makePrecise(south + row * dLat);
    }

    public double lon(int col) {
        return PRECISION.makePrecise(west + col * dLon);
    }

    public Coordinate node(int row, int col) {
        return Geo.coordinate(lat(row), lon(col));
    }

    public Polygon cell(int row, int col) {
        return Geo.FACTORY.createPolygon(new Coordinate[] {
            node(row, col), node(row, col + 1), node(row + 1, col + 1), node(row + 1, col), node(row, col)
        });
    }
}
