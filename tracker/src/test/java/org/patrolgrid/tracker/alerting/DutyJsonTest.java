package org.patrolgrid.tracker.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.web.bus.PositionBatch;

class DutyJsonTest {
    private static final Instant T = Instant.parse("2026-11-28T08:00:00.250Z");

    @Test
    void aPositionIsValidJsonWithEveryKnownField() {
        Position p = new Position("dev\"1\\", T, 30.751234, 120.7612, 4.5, 12, 1.25, 270, 88, true, T, Map.of());
        PositionBatch batch = DutyJson.positions(List.of(p));
        assertEquals("dev\"1\\", batch.device(0));
        JsonObject o = new JsonObject(batch.object(0));
        assertEquals("dev\"1\\", o.getString("device"));
        assertEquals("2026-11-28T08:00:00.250Z", o.getString("ts"));
        assertEquals(30.751234, o.getDouble("lat"));
        assertEquals(120.7612, o.getDouble("lon"));
        assertEquals(4.5, o.getDouble("acc"));
        assertEquals(1.25, o.getDouble("speed"));
        assertEquals(270.0, o.getDouble("course"));
        assertEquals(88.0, o.getDouble("batt"));
        assertEquals(true, o.getBoolean("mock"));
        assertFalse(o.containsKey("alt"), "the stream has never carried altitude");
    }

    @Test
    void unknownFieldsAreLeftOut() {
        PositionBatch batch = DutyJson.positions(List.of(Position.of("b", T, 30.75, 120.76, Double.NaN)));
        assertEquals(
                new JsonObject()
                        .put("device", "b")
                        .put("ts", "2026-11-28T08:00:00.250Z")
                        .put("lat", 30.75)
                        .put("lon", 120.76),
                new JsonObject(batch.object(0)));
    }
}
