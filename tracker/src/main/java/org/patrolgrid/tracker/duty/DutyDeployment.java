package org.patrolgrid.tracker.duty;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import org.patrolgrid.geofence.attendance.AttendanceConfig;
import org.patrolgrid.geofence.attendance.AttendanceProcessor;
import org.patrolgrid.tracker.alerting.WebhookVerticle;
import org.patrolgrid.tracker.cluster.ClusterSetup;
import org.patrolgrid.tracker.cluster.HazelcastOwnership;
import org.patrolgrid.tracker.config.ServerConfig;
import org.patrolgrid.tracker.metrics.DutyMetrics;
import org.patrolgrid.tracker.storage.Database;

/**
 * Deploys the duty side: one owner per event loop, the ownership (local, or by Hazelcast partition in a cluster), the
 * roster (which waits for the first load of zones and shifts), and the webhooks when configured. Answers the router
 * that ingest hands its positions to.
 */
public final class DutyDeployment {
    /**
     * Shift timers tick every 500 ms; a changed attendance record is written within a second, one whose only change is
     * its running figures (minutes, a post's coverage, route adherence) within 30 s; the live stream gets an owner's
     * positions every 100 ms. (Running figures every 5 s meant rewriting each active shift's row, visited cells
     * included, every 5 s: with 10,000 shifts that was 11 % of the server's CPU samples at 16k fixes a second, and
     * PostgreSQL's backends spent up to 16 % of a core on it, for figures shown to the minute.)
     */
    public static final DutyVerticle.Options OPTIONS = new DutyVerticle.Options(
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMillis(100));

    /**
     * Positions this node's owners may be behind before ingest holds acknowledgements (about half a second of the
     * duty bench's rate on 2 cores), and where it lets them go again.
     */
    static final int BACKLOG_HIGH = 20_000;

    static final int BACKLOG_LOW = 10_000;

    private DutyDeployment() {}

    public static Future<DutyRouter> deploy(
            ClusterSetup.Node node, ServerConfig config, Database database, Clock clock, DutyMetrics metrics) {
        Vertx vertx = node.vertx();
        AttendanceProcessor processor = new AttendanceProcessor(AttendanceConfig.DEFAULTS);
        LocalOwnership local = new LocalOwnership();
        DutyBacklog backlog = new DutyBacklog(BACKLOG_HIGH, BACKLOG_LOW);
        metrics.backlog(backlog::waiting, backlog::held);
        return ClusterSetup.settled(node, Duration.ofSeconds(30))
                .compose(v -> vertx.deployVerticle(
                        () -> {
                            DutyVerticle owner =
                                    new DutyVerticle(database, clock, metrics, OPTIONS, processor, backlog);
                            local.add(owner);
                            return owner;
                        },
                        new DeploymentOptions().setInstances(config.mqttInstances())))
                .map(id -> node.hazelcast()
                        .<DeviceOwnership>map(hz -> new HazelcastOwnership(hz, local, vertx.eventBus(), metrics))
                        .orElse(local))
                .compose(ownership -> deployRest(vertx, config, database, clock, metrics, ownership, backlog));
    }

    private static Future<DutyRouter> deployRest(
            Vertx vertx,
            ServerConfig config,
            Database database,
            Clock clock,
            DutyMetrics metrics,
            DeviceOwnership ownership,
            DutyBacklog backlog) {
        DutyRouter router = new DutyRouter(ownership, backlog);
        return vertx.deployVerticle(new RosterVerticle(database, clock, ownership, config.rosterRefresh()))
                .compose(id -> config.webhooks().isEmpty()
                        ? Future.succeededFuture(id)
                        : vertx.deployVerticle(
                                new WebhookVerticle(config.webhooks(), WebhookVerticle.Options.DEFAULTS, metrics)))
                .map(id -> {
                    router.listen(vertx.eventBus());
                    return router;
                });
    }
}
