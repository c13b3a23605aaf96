package org.patrolgrid.simulators.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.Zone;
import org.patrolgrid.geofence.zone.ZoneFeatureReader;

class DutyWorldTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The zones as the server's own GeoJSON reader (geofence) reads them. */
    private static List<Zone> read(DutyWorld world) throws Exception {
        List<io.vertx.core.json.JsonObject> features = new ArrayList<>(world.gridFeatures(0, world.grids()));
        features.addAll(world.areaFeatures(0, world.devices()));
        Object tree = JSON.readValue(DutyWorld.collection(features).encode(), Object.class);
        return new ZoneFeatureReader().readZones(tree);
    }

    @Test
    void everyFeatureIsAValidZoneAndCodesAreUnique14Digits() throws Exception {
        DutyWorld world = new DutyWorld(1000, 300, "330402", "bench-", 30.70, 120.70);
        List<Zone> zones = read(world);
        assertEquals(1300, zones.size());
        Set<String> codes = new HashSet<>();
        for (Zone zone : zones) {
            assertEquals("330402", zone.district());
            if (zone instanceof GridZone grid) {
                assertTrue(
                        grid.code().value().matches("330402001\\d{5}"),
                        grid.code().value());
                codes.add(grid.code().value());
            }
        }
        assertEquals(1000, codes.size());
        assertEquals("33040200100101", world.gridCode(0));
        assertEquals("33040200100199", world.gridCode(98));
        assertEquals("33040200100201", world.gridCode(99));
    }

    @Test
    void areasSplitTheGridsIntoContiguousRunsAndEachDeviceStartsInsideItsArea() throws Exception {
        DutyWorld world = new DutyWorld(1000, 300, "330402", "bench-", 30.70, 120.70);
        Map<String, GridZone> grids = new HashMap<>();
        List<AreaZone> areas = new ArrayList<>();
        for (Zone zone : read(world)) {
            if (zone instanceof GridZone grid) {
                grids.put(grid.id(), grid);
            } else {
                areas.add(assertInstanceOf(AreaZone.class, zone));
            }
        }
        Set<String> used = new HashSet<>();
        for (int d = 0; d < 300; d++) {
            AreaZone area = areas.get(d);
            assertEquals(world.areaId(d), area.id());
            assertTrue(
                    area.gridIds().size() == 3 || area.gridIds().size() == 4,
                    area.gridIds().toString());
            area.gridIds().forEach(id -> assertTrue(used.add(id), id + " in two areas"));
            int first = world.firstGrid(d);
            GridZone grid = grids.get(world.gridId(first));
            assertEquals(world.gridId(first), area.gridIds().get(0));
            // a 30 m circle around the first grid's centre is inside that 100 m grid
            for (int bearing = 0; bearing < 360; bearing += 45) {
                double lat = world.centreLat(first) + 30 * Math.cos(Math.toRadians(bearing)) / Geo.metersPerDegreeLat();
                double lon = world.centreLon(first)
                        + 30 * Math.sin(Math.toRadians(bearing)) / Geo.metersPerDegreeLon(world.centreLat(first));
                assertTrue(grid.footprint().covers(Geo.point(lat, lon)), "device " + d + " bearing " + bearing);
                assertTrue(area.footprint().covers(Geo.point(lat, lon)));
            }
        }
        assertEquals(1000, used.size());
    }

    @Test
    void gridsAreAbout100Metres() {
        DutyWorld world = new DutyWorld(10_000, 10_000, "330402", "bench-", 30.70, 120.70);
        double across = Geo.meters(world.centreLat(0), world.centreLon(0), world.centreLat(1), world.centreLon(1));
        double up = Geo.meters(world.centreLat(0), world.centreLon(0), world.centreLat(100), world.centreLon(100));
        assertEquals(100, across, 0.5);
        assertEquals(100, up, 0.5);
        assertEquals(world.firstGrid(9_999), 9_999);
    }

    @Test
    void refusesImpossibleWorlds() {
        assertThrows(IllegalArgumentException.class, () -> new DutyWorld(10, 11, "330402", "b-", 30.7, 120.7));
        assertThrows(IllegalArgumentException.class, () -> new DutyWorld(0, 0, "330402", "b-", 30.7, 120.7));
        assertThrows(IllegalArgumentException.class, () -> new DutyWorld(10, 1, "3304", "b-", 30.7, 120.7));
        assertThrows(
                IllegalArgumentException.class,
                () -> new DutyWorld(DutyWorld.MAX_GRIDS + 1, 1, "330402", "b-", 30.7, 120.7));
    }
}
