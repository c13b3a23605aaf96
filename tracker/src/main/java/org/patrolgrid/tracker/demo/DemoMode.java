package org.patrolgrid.tracker.demo;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import org.patrolgrid.simulators.demo.DemoDriver;
import org.patrolgrid.simulators.demo.DemoOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --demo}: the Jiaxing world, 30 collectors and 20 officers on today's shifts, driven in-process by the
 * simulator. The simulator talks to this server only over loopback HTTP and MQTT, like any device would.
 */
public final class DemoMode {
    private static final Logger LOG = LoggerFactory.getLogger(DemoMode.class);
    private static final long SEED = 1;

    private DemoMode() {}

    public static Future<DemoDriver> start(Vertx vertx, int httpPort, int mqttPort, String adminPassword, Clock clock) {
        LOG.info("demo: importing the Jiaxing world and starting simulated staff");
        return DemoDriver.start(vertx, DemoOptions.of(httpPort, mqttPort, adminPassword, SEED, clock))
                .onSuccess(d -> LOG.info("demo: simulated staff are on shift; see /api/v1/live and /api/v1/alerts"))
                .onFailure(e -> LOG.error("demo did not start: {}", e.getMessage()));
    }
}
