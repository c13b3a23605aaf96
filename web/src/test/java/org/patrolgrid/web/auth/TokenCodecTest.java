package org.patrolgrid.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCodecTest {
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");
    private static final byte[] KEY = filled(32, (byte) 7);

    private static TokenCodec at(Instant now) {
        return new TokenCodec(KEY, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void issuedTokenVerifiesWithItsClaims() {
        String token = at(T0).issue("nanhu", Role.VIEWER, List.of("330402", "330411"));
        Session session = at(T0.plusSeconds(60)).verify(token).orElseThrow();
        assertEquals("nanhu", session.username());
        assertEquals(Role.VIEWER, session.role());
        assertEquals(List.of("330402", "330411"), session.districts());
        assertEquals(T0.plus(TokenCodec.LIFETIME), session.expiresAt());
    }

    @Test
    void tokenExpiresAfter12Hours() {
        String token = at(T0).issue("admin", Role.ADMIN, List.of());
        assertTrue(
                at(T0.plus(Duration.ofHours(12)).minusSeconds(1)).verify(token).isPresent());
        assertTrue(at(T0.plus(Duration.ofHours(12))).verify(token).isEmpty());
    }

    @Test
    void tamperedPayloadIsRefused() {
        String token = at(T0).issue("nanhu", Role.VIEWER, List.of("330402"));
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String forged = payload.replace("\"viewer\"", "\"admin\"");
        assertTrue(!forged.equals(payload));
        String encoded =
                Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
        assertTrue(at(T0).verify(encoded + "." + parts[1]).isEmpty());
    }

    @Test
    void tamperedSignatureIsRefused() {
        String token = at(T0).issue("nanhu", Role.VIEWER, List.of());
        char last = token.charAt(token.length() - 1);
        String flipped = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertTrue(at(T0).verify(flipped).isEmpty());
    }

    @Test
    void tokenOfAnotherKeyIsRefused() {
        String token = new TokenCodec(filled(32, (byte) 8), Clock.fixed(T0, ZoneOffset.UTC))
                .issue("admin", Role.ADMIN, List.of());
        assertTrue(at(T0).verify(token).isEmpty());
    }

    @Test
    void garbageIsRefused() {
        TokenCodec codec = at(T0);
        for (String garbage : new String[] {null, "", ".", "abc", "a.b.c", "!!!.???", "e30.AAAA"}) {
            assertTrue(codec.verify(garbage).isEmpty(), String.valueOf(garbage));
        }
    }

    @Test
    void shortKeyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TokenCodec(new byte[16], Clock.systemUTC()));
    }

    @Test
    void newKeysAreRandomAnd256Bits() {
        String a = TokenCodec.newEncodedKey();
        String b = TokenCodec.newEncodedKey();
        assertEquals(32, Base64.getDecoder().decode(a).length);
        assertTrue(!a.equals(b));
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
