package org.patrolgrid.web;

import io.vertx.core.Future;
import java.util.Map;

/** Reports the status of the server's components (db, mqtt, cluster) for {@code GET /health}. */
public interface HealthProbe {
    /** Component name to "up" or a short reason it is down. Healthy when every value is "up". */
    Future<Map<String, String>> components();
}
