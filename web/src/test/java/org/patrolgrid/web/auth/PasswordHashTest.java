package org.patrolgrid.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void hashVerifiesOnlyTheRightPassword() {
        String hash = PasswordHash.of("correct horse", 1_000);
        assertTrue(PasswordHash.matches("correct horse", hash));
        assertFalse(PasswordHash.matches("correct horsf", hash));
        assertFalse(PasswordHash.matches("", hash));
    }

    @Test
    void hashIsSelfDescribingWithSaltAndFullLengthKey() {
        String[] parts = PasswordHash.of("pw", 1_000).split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        assertNotEquals(PasswordHash.of("pw", 1_000), PasswordHash.of("pw", 1_000));
    }

    @Test
    void verifyUsesTheIterationCountStoredInTheHash() {
        assertTrue(PasswordHash.matches("pw", PasswordHash.of("pw", 2_000)));
        assertTrue(PasswordHash.matches("pw", PasswordHash.of("pw", 1)));
    }

    @Test
    void defaultIterationsAreAtLeast100k() {
        assertTrue(PasswordHash.DEFAULT_ITERATIONS >= 100_000);
        String hash = PasswordHash.of("pw");
        assertTrue(hash.startsWith("pbkdf2-sha256$" + PasswordHash.DEFAULT_ITERATIONS + "$"), hash);
        assertTrue(PasswordHash.matches("pw", hash));
    }

    @Test
    void iterationCountIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.of("pw", 0));
    }

    @Test
    void unreadableHashesDoNotVerify() {
        for (String stored : new String[] {
            null,
            "",
            "plain",
            "md5$1$a$b",
            "pbkdf2-sha256$x$AAAA$AAAA",
            "pbkdf2-sha256$0$AAAA$AAAA",
            "pbkdf2-sha256$1000$!!$AAAA",
            "pbkdf2-sha256$99999999$AAAA$AAAA"
        }) {
            assertFalse(PasswordHash.matches("pw", stored), String.valueOf(stored));
        }
    }
}
