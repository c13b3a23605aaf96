package org.patrolgrid.simulators.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolgrid.geofence.geo.Geo;

class PositionsFileTest {
    private static final long NOW = 1_795_866_000_000L;

    @Test
    void readsCirclesByDeviceIdSkippingHeaderAndComments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("positions.csv");
        Files.write(
                file,
                List.of(
                        "id,lat,lon,radius",
                        "# duty bench",
                        PositionsFile.line("duty-00001", 30.7512345, 120.7523456, 35),
                        " duty-00002 , 30.76 , 120.77 , 20 ",
                        ""));
        Map<String, WalkArea> areas = PositionsFile.read(file);
        assertEquals(2, areas.size());
        assertEquals(new WalkArea.Circle(30.7512345, 120.7523456, 35), areas.get("duty-00001"));
        assertEquals(new WalkArea.Circle(30.76, 120.77, 20), areas.get("duty-00002"));
    }

    @Test
    void namesTheLineOfABadEntry() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> PositionsFile.parse("p.csv", List.of("a,30.7,120.7,10", "b,30.7,x,10")));
        assertTrue(e.getMessage().startsWith("p.csv:2: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PositionsFile.parse("p", List.of("a,30.7,120.7")));
        assertThrows(IllegalArgumentException.class, () -> PositionsFile.parse("p", List.of("a,30.7,120.7,0")));
        assertThrows(IllegalArgumentException.class, () -> PositionsFile.parse("p", List.of("a,95,120.7,10")));
        assertThrows(
                IllegalArgumentException.class,
                () -> PositionsFile.parse("p", List.of("a,30.7,120.7,10", "a,30.8,120.7,10")));
    }

    @Test
    void aDeviceInACircleNeverLeavesIt() {
        WalkArea.Circle circle = new WalkArea.Circle(30.7601, 120.7602, 30);
        for (long seed = 1; seed <= 20; seed++) {
            WalkingDevice device = new WalkingDevice(seed, NOW, circle);
            for (int step = 1; step <= 2000; step++) {
                double lat = device.lat();
                double lon = device.lon();
                device.step(NOW + step * (seed % 2 == 0 ? 1000L : 7000L)); // 1 s and 7 s apart: steps up to 12.6 m
                double fromCentre = Geo.meters(circle.lat(), circle.lon(), device.lat(), device.lon());
                assertTrue(fromCentre <= 30.01, "seed " + seed + " step " + step + ": " + fromCentre + " m out");
                assertTrue(Geo.meters(lat, lon, device.lat(), device.lon()) <= 1.8 * 7 + 0.01);
            }
        }
    }

    @Test
    void aDeviceInACircleStillMoves() {
        WalkArea.Circle circle = new WalkArea.Circle(30.7601, 120.7602, 30);
        WalkingDevice device = new WalkingDevice(5, NOW, circle);
        double startLat = device.lat();
        double startLon = device.lon();
        double maxAway = 0;
        for (int step = 1; step <= 600; step++) {
            device.step(NOW + step * 1000L);
            maxAway = Math.max(maxAway, Geo.meters(startLat, startLon, device.lat(), device.lon()));
        }
        assertTrue(maxAway > 10, "walked only " + maxAway + " m in 10 minutes");
    }

    @Test
    void circleContainsItsCentreAndNotAPointBeyondTheRadius() {
        WalkArea.Circle circle = new WalkArea.Circle(30.76, 120.76, 50);
        assertTrue(circle.contains(30.76, 120.76));
        assertTrue(circle.contains(30.76 + 49 / Geo.metersPerDegreeLat(), 120.76));
        assertFalse(circle.contains(30.76 + 51 / Geo.metersPerDegreeLat(), 120.76));
        assertFalse(circle.contains(30.76, 120.76 + 51 / Geo.metersPerDegreeLon(30.76)));
    }
}
