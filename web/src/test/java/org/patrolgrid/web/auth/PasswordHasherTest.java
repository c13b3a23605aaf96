package org.patrolgrid.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void hashVerifiesOnlyTheRightPassword() {
        String hash = hasher.hash("correct horse");
        assertTrue(hasher.verify("correct horse", hash));
        assertFalse(hasher.verify("correct horsf", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    void hashIsSelfDescribingWithSaltAndFullLengthKey() {
        String[] parts = hasher.hash("pw").split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        assertNotEquals(hasher.hash("pw"), hasher.hash("pw"));
    }

    @Test
    void verifyUsesTheIterationCountStoredInTheHash() {
        String fromOtherCount = new PasswordHasher(2_000).hash("pw");
        assertTrue(hasher.verify("pw", fromOtherCount));
    }

    @Test
    void defaultIterationsAreAtLeast100k() {
        assertTrue(PasswordHasher.DEFAULT_ITERATIONS >= 100_000);
        assertTrue(new PasswordHasher().hash("pw").startsWith("pbkdf2-sha256$" + PasswordHasher.DEFAULT_ITERATIONS));
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
            assertFalse(hasher.verify("pw", stored), String.valueOf(stored));
        }
    }
}
