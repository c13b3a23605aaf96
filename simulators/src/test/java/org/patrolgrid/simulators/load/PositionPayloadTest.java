package org.patrolgrid.simulators.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.geo.Geo;

class PositionPayloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NOW = 1_795_866_000_000L;

    @Test
    void writesFixedDecimals() {
        PositionPayload payload = new PositionPayload();
        assertEquals("30.7500000", payload.fixed(30.75, 7));
        assertEquals("30.1234568", payload.fixed(30.12345678, 7));
        assertEquals("0.05", payload.fixed(0.049, 2));
        assertEquals("-1.5", payload.fixed(-1.5, 1));
        assertEquals("0.0", payload.fixed(-0.01, 1));
        assertEquals("359.9", payload.fixed(359.9, 1));
    }

    @Test
    void oneFixIsAContractPositionObject() throws Exception {
        WalkingDevice device = new WalkingDevice(7, NOW - 5000);
        JsonNode fix = JSON.readTree(new PositionPayload().next(device, NOW, 1));
        assertEquals(NOW, fix.get("ts").asLong());
        assertInJiaxing(fix);
        assertTrue(fix.get("acc").asDouble() >= 0);
        assertTrue(fix.get("speed").asDouble() >= 0);
        double course = fix.get("course").asDouble();
        assertTrue(course >= 0 && course <= 360, "course " + course);
        int batt = fix.get("batt").asInt();
        assertTrue(batt >= 0 && batt <= 100, "batt " + batt);
    }

    @Test
    void batchIsAnArrayOfIncreasingFixesEndingNow() throws Exception {
        WalkingDevice device = new WalkingDevice(7, NOW - 60_000);
        JsonNode batch = JSON.readTree(new PositionPayload().next(device, NOW, 5));
        assertEquals(5, batch.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(NOW - (4 - i) * 1000L, batch.get(i).get("ts").asLong());
            assertInJiaxing(batch.get(i));
        }
    }

    @Test
    void timestampsStrictlyIncreaseEvenWithinOneMillisecond() throws Exception {
        WalkingDevice device = new WalkingDevice(3, NOW);
        PositionPayload payload = new PositionPayload();
        long last = NOW;
        for (int i = 0; i < 100; i++) {
            long ts = JSON.readTree(payload.next(device, NOW, 1)).get("ts").asLong();
            assertTrue(ts > last, "ts " + ts + " after " + last);
            last = ts;
        }
    }

    @Test
    void walksAtWalkingSpeedAndStaysInTheCore() {
        WalkingDevice device = new WalkingDevice(11, NOW);
        for (int second = 1; second <= 3600; second++) {
            double lat = device.lat();
            double lon = device.lon();
            device.step(NOW + second * 1000L);
            double metres = Geo.meters(lat, lon, device.lat(), device.lon());
            assertTrue(metres <= 2.0, "moved " + metres + " m in one second");
            assertTrue(WalkArea.JIAXING_CORE.contains(device.lat(), device.lon()), "left the core");
        }
    }

    @Test
    void payloadIsPlainAscii() {
        byte[] bytes = new PositionPayload().next(new WalkingDevice(1, NOW), NOW, 2);
        String text = new String(bytes, StandardCharsets.US_ASCII);
        assertTrue(text.startsWith("[{\"ts\":") && text.endsWith("}]"), text);
    }

    private static void assertInJiaxing(JsonNode fix) {
        double lat = fix.get("lat").asDouble();
        double lon = fix.get("lon").asDouble();
        assertTrue(lat > 30.73 && lat < 30.80, "lat " + lat);
        assertTrue(lon > 120.71 && lon < 120.81, "lon " + lon);
    }
}
