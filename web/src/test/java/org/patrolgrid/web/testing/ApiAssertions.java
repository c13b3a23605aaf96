package org.patrolgrid.web.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;

/** Assertions on API answers. */
public final class ApiAssertions {
    private ApiAssertions() {}

    /** The answer has {@code status} and the contract's error body {@code {"error": "<reason>"}}. */
    public static void assertError(HttpResponse<Buffer> response, int status) {
        assertEquals(status, response.statusCode(), response.bodyAsString());
        assertTrue(
                response.getHeader("Content-Type").startsWith("application/json"), response.getHeader("Content-Type"));
        String error = response.bodyAsJsonObject().getString("error");
        assertTrue(error != null && !error.isBlank(), response.bodyAsString());
    }
}
