package org.patrolgrid.simulators.demo;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.simulators.scenario.ApiEndpoint;
import org.patrolgrid.simulators.scenario.Scenario;
import org.patrolgrid.simulators.scenario.ScenarioGenerator;
import org.patrolgrid.simulators.scenario.ScenarioPusher;
import org.patrolgrid.simulators.scenario.ShiftWindows;
import org.patrolgrid.simulators.staff.BehaviourMix;

/**
 * The server's {@code --demo}: generates the Jiaxing world and today's staff, imports the world, registers the devices
 * ({@code demo-c01}..., {@code demo-o01}...), creates shifts that started {@link #STARTED_AGO} ago (collectors 4 h,
 * officers 3 h) and plays every person live over MQTT on loopback. The first eleven collectors show one behaviour
 * each (on time, late, absent, leaving, early leave, stationary, signal loss, GPS noise, mock location, skipped patrol,
 * low battery); everyone else draws from the standard mix. Demo rules are brisk (grace 5, off post 3,
 * stationary 8, signal lost 3 minutes) so alerts show within minutes; absence, suspicious locations and lateness
 * show within the first minute. Talks to the server only through HTTP and MQTT.
 */
public final class DemoDriver {
    public static final Duration STARTED_AGO = Duration.ofMinutes(15);
    public static final ShiftRules DEMO_RULES = new ShiftRules(5, 3, 8, 3, 0.25);
    public static final String DEVICE_PREFIX = "demo-";

    private final Vertx vertx;
    private final LiveDriverVerticle live;
    private final String deployment;

    private DemoDriver(Vertx vertx, LiveDriverVerticle live, String deployment) {
        this.vertx = vertx;
        this.live = live;
        this.deployment = deployment;
    }

    /** Completes once the world, devices and shifts are in and every device is connected and playing. */
    public static Future<DemoDriver> start(Vertx vertx, DemoOptions options) {
        return start(vertx, options, "127.0.0.1");
    }

    /** The same against a server on {@code host} (the simulator's {@code run} mode). */
    public static Future<DemoDriver> start(Vertx vertx, DemoOptions options, String host) {
        Instant start = options.clock().instant().minus(STARTED_AGO).truncatedTo(ChronoUnit.MINUTES);
        LocalDate day = LocalDate.ofInstant(start, ShiftWindows.SHANGHAI);
        ApiEndpoint endpoint = new ApiEndpoint(host, options.httpPort(), options.mqttPort(), options.adminPassword());
        ScenarioGenerator generator = new ScenarioGenerator(
                        options.seed(), BehaviourMix.standard(), DEMO_RULES, DEVICE_PREFIX)
                .withEveryBehaviourFirst();
        return vertx.executeBlocking(() ->
                        generator.generate(options.collectors(), options.officers(), day, ShiftWindows.from(start)))
                .compose(scenario -> play(vertx, options, endpoint, scenario));
    }

    private static Future<DemoDriver> play(Vertx vertx, DemoOptions options, ApiEndpoint endpoint, Scenario scenario) {
        ScenarioPusher pusher = new ScenarioPusher(vertx, endpoint, options.clock(), line -> {});
        return pusher.register(scenario).compose(registration -> {
            LiveDriverVerticle live = new LiveDriverVerticle(
                    endpoint.host(),
                    endpoint.mqttPort(),
                    options.clock(),
                    registration.credentials(),
                    scenario.fixes());
            return vertx.deployVerticle(live).map(id -> new DemoDriver(vertx, live, id));
        });
    }

    /** Fixes published so far. */
    public long fixesSent() {
        return live.fixesSent();
    }

    /** Stops playing and disconnects every device. */
    public Future<Void> stop() {
        return vertx.undeploy(deployment);
    }
}
