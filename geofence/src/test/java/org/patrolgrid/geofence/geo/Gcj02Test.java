package org.patrolgrid.geofence.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class Gcj02Test {
    /**
     * {wgsLat, wgsLon, gcjLat, gcjLon}: the test vectors published with googollee/eviltransform (Shanghai, Shenzhen,
     * Beijing; also in its PHP and Python ports) and a Beijing point from an R port (8 decimals).
     */
    private static final double[][] REFERENCE = {
        {31.1774276, 121.5272106, 31.17530398364597, 121.531541859215},
        {22.543847, 113.912316, 22.540796131694766, 113.9171764808363},
        {39.911954, 116.377817, 39.91334545536069, 116.38404722455657},
        {39.90734, 116.39089, 39.90874107, 116.39713094}
    };

    @Test
    void forwardMatchesPublishedVectors() {
        for (double[] v : REFERENCE) {
            double[] gcj = Gcj02.toGcj02(v[0], v[1]);
            assertEquals(v[2], gcj[0], 1e-8);
            assertEquals(v[3], gcj[1], 1e-8);
        }
    }

    @Test
    void inverseRecoversPublishedWgs84WithinACentimetre() {
        for (double[] v : REFERENCE) {
            double[] wgs = Gcj02.toWgs84(v[2], v[3]);
            assertTrue(Geo.meters(v[0], v[1], wgs[0], wgs[1]) < 0.01);
        }
    }

    @Test
    void roundTripsWithinHalfAMetreAcrossChina() {
        double worst = 0;
        for (double lat = 18; lat <= 53.5; lat += 0.25) {
            for (double lon = 73.5; lon <= 134.5; lon += 0.25) {
                double[] gcj = Gcj02.toGcj02(lat, lon);
                double[] back = Gcj02.toWgs84(gcj[0], gcj[1]);
                worst = Math.max(worst, Geo.meters(lat, lon, back[0], back[1]));
                double[] wgs = Gcj02.toWgs84(lat, lon);
                double[] forward = Gcj02.toGcj02(wgs[0], wgs[1]);
                worst = Math.max(worst, Geo.meters(lat, lon, forward[0], forward[1]));
            }
        }
        assertTrue(worst < 0.5, "worst round trip " + worst + " m");
        assertTrue(worst < 0.001, "in fact far below a millimetre: " + worst + " m");
    }

    @Test
    void jiaxingOffsetIsAboutFourHundredMetresEastAndSouth() {
        double[] gcj = Gcj02.toGcj02(30.75, 120.75);
        double east = (gcj[1] - 120.75) * Geo.metersPerDegreeLon(30.75);
        double north = (gcj[0] - 30.75) * Geo.metersPerDegreeLat();
        assertEquals(413, east, 30);
        assertEquals(-254, north, 30);
    }

    @Test
    void outsideChinaIsTheIdentity() {
        assertArrayEquals(new double[] {48.8566, 2.3522}, Gcj02.toGcj02(48.8566, 2.3522));
        assertArrayEquals(new double[] {48.8566, 2.3522}, Gcj02.toWgs84(48.8566, 2.3522));
        assertTrue(Gcj02.outOfChina(-33.9, 151.2));
    }

    @Test
    void convertsWholeGeometries() {
        Geometry line = Geo.FACTORY.createLineString(
                new Coordinate[] {Geo.coordinate(30.75, 120.75), Geo.coordinate(30.76, 120.77)});
        Geometry gcj = Gcj02.toGcj02(line);
        Geometry back = Gcj02.toWgs84(gcj);
        Coordinate c = gcj.getCoordinates()[1];
        double[] expected = Gcj02.toGcj02(30.76, 120.77);
        assertEquals(expected[0], c.y, 0);
        assertEquals(expected[1], c.x, 0);
        assertTrue(back.equalsExact(line, 1e-8));
        assertEquals(120.75, line.getCoordinates()[0].x, 0, "input untouched");
    }
}
