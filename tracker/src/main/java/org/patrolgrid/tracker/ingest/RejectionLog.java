package org.patrolgrid.tracker.ingest;

import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a refusal once per device and reason in each window, so a misbehaving device cannot flood the log; metrics
 * count every one.
 */
final class RejectionLog {
    private static final Logger LOG = LoggerFactory.getLogger("org.patrolgrid.ingest.rejected");
    private static final long WINDOW_MS = 60_000;
    private static final int MAX_KEYS = 100_000;
    private final ConcurrentHashMap<String, Long> lastLogged = new ConcurrentHashMap<>();

    void log(String device, String reasonCode, String detail) {
        long now = System.currentTimeMillis();
        String key = device + '\u0000' + reasonCode;
        Long last = lastLogged.get(key);
        if (last != null && now - last < WINDOW_MS) {
            return;
        }
        if (lastLogged.size() > MAX_KEYS) {
            lastLogged.clear();
        }
        lastLogged.put(key, now);
        LOG.info("device {} refused ({}): {}", device, reasonCode, detail);
    }
}
