package org.patrolgrid.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Device secrets (the MQTT password of a device). A secret is 24 random bytes (192 bits) in base64url; only its
 * SHA-256 is stored ({@code device.secret_hash}). A fast hash is right here because the secret has full entropy.
 */
public final class DeviceSecrets {
    private static final int SECRET_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceSecrets() {}

    /** A fresh random secret, 32 URL-safe characters. */
    public static String generate() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the secret's UTF-8 bytes, as stored in {@code device.secret_hash}. */
    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** True when {@code secret} hashes to {@code storedHash}, compared in constant time. */
    public static boolean matches(String secret, byte[] storedHash) {
        return secret != null && storedHash != null && MessageDigest.isEqual(hash(secret), storedHash);
    }
}
