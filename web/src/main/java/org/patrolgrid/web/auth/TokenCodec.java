package org.patrolgrid.web.auth;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless session tokens: {@code base64url(payload JSON) "." base64url(HMAC-SHA256(payload))}. The payload holds
 * the username, role, districts and expiry (epoch seconds). Every node sharing the key accepts every token.
 */
public final class TokenCodec {
    /** How long a token is accepted. */
    public static final Duration LIFETIME = Duration.ofHours(12);

    /** The {@code server_setting} key holding the signing key (base64, 256 bits). */
    public static final String SETTING_KEY = "token_key";

    private static final String MAC = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;

    /** A codec signing with {@code key} (at least 32 bytes) and reading expiry against {@code clock}. */
    public TokenCodec(byte[] key, Clock clock) {
        if (key.length < 32) {
            throw new IllegalArgumentException("token key must have at least 256 bits");
        }
        this.key = new SecretKeySpec(key.clone(), MAC);
        this.clock = clock;
    }

    /** A fresh random signing key, base64-encoded as stored under {@link #SETTING_KEY}. */
    public static String newEncodedKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** A codec for a key as stored under {@link #SETTING_KEY}. */
    public static TokenCodec fromEncodedKey(String encodedKey, Clock clock) {
        return new TokenCodec(Base64.getDecoder().decode(encodedKey), clock);
    }

    /** A signed token for this user, valid for {@link #LIFETIME}. */
    public String issue(String username, Role role, List<String> districts) {
        Instant expiresAt = clock.instant().plus(LIFETIME);
        JsonObject payload = new JsonObject()
                .put("sub", username)
                .put("role", role.wireName())
                .put("districts", new JsonArray(new ArrayList<>(districts)))
                .put("exp", expiresAt.getEpochSecond());
        String body = ENCODER.encodeToString(payload.encode().getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODER.encodeToString(sign(body));
    }

    /** The session in {@code token}, or empty when it is malformed, tampered with, signed by another key or expired. */
    public Optional<Session> verify(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(body))) {
                return Optional.empty();
            }
            return read(new JsonObject(new String(DECODER.decode(body), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | DecodeException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private Optional<Session> read(JsonObject payload) {
        Long exp = payload.getLong("exp");
        Optional<Role> role = Role.parse(payload.getString("role"));
        String username = payload.getString("sub");
        if (exp == null || role.isEmpty() || username == null) {
            return Optional.empty();
        }
        Instant expiresAt = Instant.ofEpochSecond(exp);
        if (!clock.instant().isBefore(expiresAt)) {
            return Optional.empty();
        }
        List<String> districts = new ArrayList<>();
        payload.getJsonArray("districts", new JsonArray()).forEach(d -> districts.add((String) d));
        return Optional.of(new Session(username, role.get(), districts, expiresAt));
    }

    private byte[] sign(String body) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
