package org.patrolgrid.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Device secrets: 192 random bits, shown once. Only their SHA-256 is stored; the secret is high-entropy, so a fast
 * hash cannot be brute-forced and CONNECT stays cheap.
 */
public final class DeviceSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceSecrets() {}

    public static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
