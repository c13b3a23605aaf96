package org.patrolgrid.web.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.JsonBody;
import org.patrolgrid.web.auth.Role;

class NewUserTest {
    private static JsonObject valid() {
        return new JsonObject()
                .put("username", "nanhu.viewer")
                .put("password", "pw")
                .put("role", "viewer")
                .put("districts", new JsonArray().add("330402"));
    }

    @Test
    void validUserIsRead() {
        NewUser user = NewUser.from(JsonBody.wrap(valid()));
        assertEquals("nanhu.viewer", user.username());
        assertEquals(Role.VIEWER, user.role());
        assertEquals(List.of("330402"), user.districts());
        assertFalse(user.toString().contains("pw"), "the password stays out of logs");
    }

    @Test
    void districtsDefaultToNone() {
        JsonObject json = valid();
        json.remove("districts");
        assertTrue(NewUser.from(JsonBody.wrap(json)).districts().isEmpty());
    }

    @Test
    void badFieldsAreRefusedByName() {
        assertRefused(valid().put("role", "root"), "role");
        assertRefused(valid().put("role", "Admin"), "role");
        assertRefused(valid().put("password", ""), "password");
        assertRefused(valid().putNull("password"), "password");
        assertRefused(valid().put("username", "a b"), "username");
        assertRefused(valid().put("districts", new JsonArray().add(330402)), "districts");
        assertRefused(valid().put("districts", "330402"), "districts");
    }

    private static void assertRefused(JsonObject json, String field) {
        ApiFault fault = assertThrows(ApiFault.class, () -> NewUser.from(JsonBody.wrap(json)));
        assertEquals(400, fault.status());
        assertTrue(fault.reason().startsWith(field), fault.reason());
    }
}
