package org.patrolgrid.simulators.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.simulators.staff.PatrolTours;
import org.patrolgrid.simulators.staff.Waypoint;

class TourDeviceTest {
    private static final double LAT = 30.76, LON = 120.76;

    /** A 100 m square walked anticlockwise from the south-west corner. */
    private static List<Waypoint> square() {
        double[] se = PatrolTours.offset(LAT, LON, 0, 100);
        double[] ne = PatrolTours.offset(LAT, LON, 100, 100);
        double[] nw = PatrolTours.offset(LAT, LON, 100, 0);
        return List.of(
                Waypoint.at(LAT, LON), Waypoint.at(se[0], se[1]), Waypoint.at(ne[0], ne[1]), Waypoint.at(nw[0], nw[1]));
    }

    @Test
    void goesRoundTheTourAtItsSpeedAndNeverLeavesIt() {
        TourDevice device = new TourDevice(square(), 2.0, 11, 0);
        double lat = device.lat(), lon = device.lon();
        double along = 0;
        for (long t = 1000; t <= 600_000; t += 1000) {
            device.step(t);
            along += Geo.meters(lat, lon, device.lat(), device.lon());
            lat = device.lat();
            lon = device.lon();
            double north = (lat - LAT) * Geo.metersPerDegreeLat();
            double east = (lon - LON) * Geo.metersPerDegreeLon(LAT);
            boolean onEdge = Math.min(
                            Math.min(Math.abs(north), Math.abs(north - 100)),
                            Math.min(Math.abs(east), Math.abs(east - 100)))
                    < 0.5;
            assertTrue(onEdge && north > -0.5 && north < 100.5 && east > -0.5 && east < 100.5, "off the tour at " + t);
        }
        assertEquals(1200, along, 15); // corners cut by the 1 s sampling shorten it a little
        assertEquals(2.0, device.speed());
    }

    @Test
    void timeStampsStrictlyIncrease() {
        TourDevice device = new TourDevice(square(), 1.0, 3, 5000);
        assertEquals(5001, device.step(1000));
        assertEquals(5002, device.step(5001));
        assertEquals(9000, device.step(9000));
    }
}
