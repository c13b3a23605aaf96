package org.patrolgrid.simulators.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.geo.Geo;

class GridLatticeTest {
    private final GridLattice lattice = new GridLattice(30.74, 120.72, 30.79, 120.80, 100);

    @Test
    void cellsAreAbout100MetresSquare() {
        double north = Geo.meters(lattice.lat(10), lattice.lon(10), lattice.lat(11), lattice.lon(10));
        double east = Geo.meters(lattice.lat(10), lattice.lon(10), lattice.lat(10), lattice.lon(11));
        assertEquals(100, north, 0.1);
        assertEquals(100, east, 0.5);
    }

    @Test
    void neighbouringCellsShareCornersExactly() {
        var a = lattice.cell(3, 4).getCoordinates();
        var b = lattice.cell(3, 5).getCoordinates();
        assertEquals(a[1], b[0], "south-east corner of one is the south-west corner of the next");
        assertEquals(a[2], b[3]);
    }

    @Test
    void latticeCoversTheBox() {
        assertEquals(true, lattice.lat(lattice.rows()) >= 30.79);
        assertEquals(true, lattice.lon(lattice.cols()) >= 120.80);
        assertEquals(30.74, lattice.lat(0));
    }
}
