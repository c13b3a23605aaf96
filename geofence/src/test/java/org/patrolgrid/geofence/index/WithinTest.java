package org.patrolgrid.geofence.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.index.ZoneIndex.ZoneDistance;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.PostZone;
import org.patrolgrid.geofence.zone.RouteZone;
import org.patrolgrid.geofence.zone.Zone;

class WithinTest {
    private static final double LAT = 30.75;
    private static final double LON = 120.75;
    private static final double M_LAT = 1 / Geo.metersPerDegreeLat();
    private static final double M_LON = 1 / Geo.metersPerDegreeLon(LAT);

    /** A 100 m square whose south-west corner is at (LAT, LON), shifted by (north, east) metres. */
    private static AreaZone square(String id, double north, double east) {
        double lat = LAT + north * M_LAT;
        double lon = LON + east * M_LON;
        return AreaZone.ofPolygon(id, id, "330402", Geo.FACTORY.createPolygon(new Coordinate[] {
            Geo.coordinate(lat, lon),
            Geo.coordinate(lat, lon + 100 * M_LON),
            Geo.coordinate(lat + 100 * M_LAT, lon + 100 * M_LON),
            Geo.coordinate(lat + 100 * M_LAT, lon),
            Geo.coordinate(lat, lon)
        }));
    }

    private static final List<Zone> ZONES = List.of(
            square("home", 0, 0),
            square("east", 0, 250),
            square("north", 400, 0),
            PostZone.circle("post", "post", "330402", LAT + 50 * M_LAT, LON - 100 * M_LON, 20),
            RouteZone.of(
                    "route",
                    "route",
                    "330402",
                    Geo.FACTORY.createLineString(new Coordinate[] {
                        Geo.coordinate(LAT - 300 * M_LAT, LON), Geo.coordinate(LAT - 300 * M_LAT, LON + 500 * M_LON)
                    }),
                    40,
                    List.of()));

    private static List<ZoneIndex> indexes() {
        return List.of(new CellZoneIndex(ZONES), new StrTreeZoneIndex(ZONES), new BruteForceZoneIndex(ZONES));
    }

    @Test
    void distancesAreInMetresNearestFirstAndZeroInside() {
        double lat = LAT + 50 * M_LAT;
        double lon = LON + 150 * M_LON; // 50 m east of home, 100 m west of east
        for (ZoneIndex index : indexes()) {
            List<ZoneDistance> found = index.within(lat, lon, 400);
            assertEquals(
                    List.of("home", "east", "post", "route", "north"),
                    found.stream().map(d -> d.zone().id()).toList());
            assertEquals(50, found.get(0).meters(), 0.25);
            assertEquals(100, found.get(1).meters(), 0.5);
            assertEquals(250 - 20, found.get(2).meters(), 1.2);
            assertEquals(350 - 20, found.get(3).meters(), 1.7);
            assertEquals(Math.hypot(50, 350), found.get(4).meters(), 1.8);
            assertEquals(
                    0,
                    index.within(LAT + 10 * M_LAT, LON + 10 * M_LON, 1).get(0).meters());
        }
    }

    @Test
    void distanceToARouteIsToItsCorridorAndBeyondTheLimitIsLeftOut() {
        for (ZoneIndex index : indexes()) {
            List<ZoneDistance> found = index.within(LAT - 200 * M_LAT, LON + 200 * M_LON, 80);
            assertEquals(1, found.size(), index.getClass().getSimpleName());
            assertEquals("route", found.get(0).zone().id());
            assertEquals(100 - 20, found.get(0).meters(), 0.5);
            assertTrue(index.within(LAT - 200 * M_LAT, LON + 200 * M_LON, 79).isEmpty());
        }
    }

    @Test
    void agreesWithHaversineOverKilometres() {
        ZoneIndex index = new CellZoneIndex(ZONES);
        double lat = LAT + 5000 * M_LAT;
        double lon = LON + 3000 * M_LON;
        double d = index.within(lat, lon, 10_000).stream()
                .filter(z -> z.zone().id().equals("north"))
                .findFirst()
                .orElseThrow()
                .meters();
        double truth = Geo.meters(lat, lon, LAT + 500 * M_LAT, LON + 100 * M_LON); // nearest corner of "north"
        assertEquals(truth, d, truth * 0.005);
    }
}
