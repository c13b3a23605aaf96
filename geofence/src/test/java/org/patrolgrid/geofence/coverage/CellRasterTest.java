package org.patrolgrid.geofence.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.geo.LocalProjection;

class CellRasterTest {
    private static final double LAT0 = 30.75;
    private static final double LON0 = 120.76;

    @Test
    void rasterAgreesWithH3OnRandomPoints() {
        CellIndexer h3 = CellIndexer.h3();
        LocalProjection plane = new LocalProjection(LAT0, LON0);
        Coordinate[] ring = {
            Geo.coordinate(plane.lat(0), plane.lon(0)),
            Geo.coordinate(plane.lat(0), plane.lon(800)),
            Geo.coordinate(plane.lat(500), plane.lon(800)),
            Geo.coordinate(plane.lat(500), plane.lon(0)),
            Geo.coordinate(plane.lat(0), plane.lon(0))
        };
        Geometry area = Geo.FACTORY.createPolygon(ring);
        long[] cells = h3.cellsOf(area);
        CellRaster raster = new CellRaster(
                plane, h3, plane.toMeters(area).getEnvelopeInternal(), cells, AreaCoverage.RASTER_PIXEL_METERS);
        assertTrue(cells.length > 150, "about 400 m² ... 0.4 km² holds ~190 res-11 cells, got " + cells.length);
        assertTrue(raster.ambiguousShare() < 0.2, "ambiguous share " + raster.ambiguousShare());
        Random random = new Random(11);
        for (int k = 0; k < 20_000; k++) {
            double x = random.nextDouble() * 800;
            double y = random.nextDouble() * 500;
            double lat = plane.lat(y);
            double lon = plane.lon(x);
            int expected = Arrays.binarySearch(cells, h3.cell(lat, lon));
            assertEquals(
                    Math.max(expected, CellRaster.NOT_IN_ZONE), raster.ordinal(x, y, lat, lon), "at " + x + "," + y);
        }
    }

    @Test
    void localPlaneRoundTripsAndMeasuresLikeHaversine() {
        LocalProjection plane = new LocalProjection(LAT0, LON0);
        double lat = plane.lat(300);
        double lon = plane.lon(400);
        assertEquals(400, plane.x(lon), 1e-6);
        assertEquals(300, plane.y(lat), 1e-6);
        assertEquals(500, Geo.meters(LAT0, LON0, lat, lon), 0.5);
    }
}
