package org.patrolgrid.web.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeviceSecretsTest {
    @Test
    void secretsAreUrlSafeWith192RandomBits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = DeviceSecrets.generate();
            assertTrue(secret.matches("[A-Za-z0-9_-]{32}"), secret);
            assertEquals(24, Base64.getUrlDecoder().decode(secret).length);
            seen.add(secret);
        }
        assertEquals(100, seen.size());
    }

    @Test
    void hashIsSha256OfUtf8() {
        assertArrayEquals(
                HexFormat.of().parseHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                DeviceSecrets.hash("abc"));
    }

    @Test
    void matchesOnlyTheRightSecret() {
        String secret = DeviceSecrets.generate();
        byte[] stored = DeviceSecrets.hash(secret);
        assertTrue(DeviceSecrets.matches(secret, stored));
        assertFalse(DeviceSecrets.matches(secret + "x", stored));
        assertFalse(DeviceSecrets.matches(null, stored));
        assertFalse(DeviceSecrets.matches(secret, null));
    }
}
