package org.patrolgrid.web.auth;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;

/**
 * Password hashing off the event loop, on a small worker pool of its own so that a burst of logins cannot take the
 * workers that other blocking work needs.
 */
public final class Passwords {
    /** Threads of the password pool: PBKDF2 is CPU-bound, so more threads than cores only queue. */
    public static final int POOL_SIZE = 2;

    /** Name of the shared worker pool. */
    public static final String POOL_NAME = "patrolgrid-passwords";

    private final PasswordHasher hasher;
    private final WorkerExecutor workers;
    private volatile String decoyHash;

    public Passwords(PasswordHasher hasher, WorkerExecutor workers) {
        this.hasher = hasher;
        this.workers = workers;
    }

    public Future<String> hash(String password) {
        return workers.executeBlocking(() -> hasher.hash(password), false);
    }

    /**
     * True when {@code password} matches {@code storedHash}. With no stored hash (unknown user) a decoy is verified
     * and the answer is false, so an unknown username takes as long as a wrong password.
     */
    public Future<Boolean> verify(String password, String storedHash) {
        return workers.executeBlocking(
                () -> {
                    if (storedHash == null) {
                        hasher.verify(password, decoyHash());
                        return false;
                    }
                    return hasher.verify(password, storedHash);
                },
                false);
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash(Long.toString(System.nanoTime()));
            decoyHash = hash;
        }
        return hash;
    }
}
