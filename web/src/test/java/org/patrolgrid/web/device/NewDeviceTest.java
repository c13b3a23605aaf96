package org.patrolgrid.web.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.JsonBody;

class NewDeviceTest {
    private static JsonObject valid() {
        return new JsonObject()
                .put("id", "jx.330402:c-01")
                .put("name", "李明")
                .put("kind", "collector")
                .put("unit", "南湖区城管局")
                .put("district", "330402");
    }

    @Test
    void validDeviceIsRead() {
        NewDevice device = NewDevice.from(JsonBody.wrap(valid()));
        assertEquals("jx.330402:c-01", device.id());
        assertEquals("李明", device.name());
        assertEquals("collector", device.kind());
        assertEquals("南湖区城管局", device.unit());
        assertEquals("330402", device.district());
    }

    @Test
    void unitAndDistrictAreOptional() {
        NewDevice device =
                NewDevice.from(JsonBody.wrap(valid().put("unit", "  ").putNull("district")));
        assertNull(device.unit());
        assertNull(device.district());
    }

    @Test
    void badFieldsAreRefusedByName() {
        assertRefused(valid().put("id", "has space"), "id");
        assertRefused(valid().put("id", "x".repeat(65)), "id");
        assertRefused(valid().put("id", "a/b"), "id");
        assertRefused(valid().put("id", ""), "id");
        assertRefused(valid().put("kind", "janitor"), "kind");
        assertRefused(valid().put("name", " "), "name");
        assertRefused(valid().put("name", 42), "name");
        assertRefused(valid().put("unit", "u".repeat(201)), "unit");
    }

    private static void assertRefused(JsonObject json, String field) {
        ApiFault fault = assertThrows(ApiFault.class, () -> NewDevice.from(JsonBody.wrap(json)));
        assertEquals(400, fault.status());
        assertTrue(fault.reason().startsWith(field), fault.reason());
    }
}
