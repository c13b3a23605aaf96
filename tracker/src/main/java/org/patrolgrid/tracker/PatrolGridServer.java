package org.patrolgrid.tracker;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.patrolgrid.tracker.alerting.DeviceCommands;
import org.patrolgrid.tracker.cluster.ClusterSetup;
import org.patrolgrid.tracker.config.ServerConfig;
import org.patrolgrid.tracker.duty.DutyDeployment;
import org.patrolgrid.tracker.ingest.DeviceAuthenticator;
import org.patrolgrid.tracker.ingest.DeviceSessions;
import org.patrolgrid.tracker.ingest.MqttIngestVerticle;
import org.patrolgrid.tracker.metrics.DutyMetrics;
import org.patrolgrid.tracker.metrics.IngestMetrics;
import org.patrolgrid.tracker.metrics.MicrometerIngestMetrics;
import org.patrolgrid.tracker.storage.AdminAccount;
import org.patrolgrid.tracker.storage.Database;
import org.patrolgrid.web.WebOptions;
import org.patrolgrid.web.WebVerticle;
import org.patrolgrid.web.bus.BusAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the server together: database, Vert.x (or a cluster), MQTT listeners and the web layer. */
public final class PatrolGridServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PatrolGridServer.class);
    private final Database database;
    private final Vertx vertx;
    private final int mqttPort;
    private final int httpPort;

    private PatrolGridServer(Database database, Vertx vertx, int mqttPort, int httpPort) {
        this.database = database;
        this.vertx = vertx;
        this.mqttPort = mqttPort;
        this.httpPort = httpPort;
    }

    /** Starts everything; blocks until the server serves, or throws with a one-line reason. */
    public static PatrolGridServer start(ServerConfig config, Clock clock) throws Exception {
        Database database = Database.open(config);
        try {
            AdminAccount.ensure(database, config.adminPassword())
                    .ifPresent(pw -> LOG.warn("generated the password of user admin (shown only once): {}", pw));
            ClusterSetup.Node node = ClusterSetup.node(config).await(2, TimeUnit.MINUTES);
            Vertx vertx = node.vertx();
            try {
                int[] ports = deploy(node, config, database, clock).await(2, TimeUnit.MINUTES);
                return new PatrolGridServer(database, vertx, ports[0], ports[1]);
            } catch (Exception e) {
                vertx.close().await(30, TimeUnit.SECONDS);
                throw e;
            }
        } catch (Exception e) {
            database.close();
            throw e;
        }
    }

    private static Future<int[]> deploy(ClusterSetup.Node node, ServerConfig config, Database database, Clock clock) {
        Vertx vertx = node.vertx();
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        IngestMetrics metrics = new MicrometerIngestMetrics(registry);
        Pool shared = database.pool(vertx, 4);
        DeviceAuthenticator authenticator = new DeviceAuthenticator(shared);
        DeviceSessions sessions = new DeviceSessions();
        vertx.eventBus().<String>consumer(BusAddress.DEVICE_CHANGED, msg -> {
            authenticator.evict(msg.body());
            sessions.disconnect(msg.body());
        });
        new DeviceCommands(sessions).listen(vertx.eventBus());
        MqttIngestVerticle.Options mqtt = new MqttIngestVerticle.Options(
                config.host(),
                config.mqttPort(),
                config.maxPayloadBytes(),
                config.maxBatch(),
                config.maxFutureSkew(),
                config.maxAge(),
                config.commitBatchRows(),
                config.commitLinger());
        // All instances listen on one port; a negative port is Vert.x's shared random port (for --mqtt-port 0).
        MqttIngestVerticle.Options mqttShared = mqtt.port() == 0 ? withPort(mqtt, -1) : mqtt;
        List<MqttIngestVerticle> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
        return DutyDeployment.deploy(node, config, database, clock, new DutyMetrics(registry))
                .compose(router -> vertx.deployVerticle(
                        () -> {
                            MqttIngestVerticle v = new MqttIngestVerticle(
                                    mqttShared, database, authenticator, sessions, metrics, clock, router);
                            listeners.add(v);
                            return v;
                        },
                        new DeploymentOptions().setInstances(config.mqttInstances())))
                .compose(id -> {
                    WebVerticle web = new WebVerticle(
                            new WebOptions(config.host(), config.httpPort()),
                            shared,
                            registry,
                            () -> Future.succeededFuture(Map.of("mqtt", "up", "cluster", ClusterSetup.status(vertx))));
                    return vertx.deployVerticle(web)
                            .map(v -> new int[] {listeners.get(0).actualPort(), web.actualPort()});
                });
    }

    private static MqttIngestVerticle.Options withPort(MqttIngestVerticle.Options o, int port) {
        return new MqttIngestVerticle.Options(
                o.host(),
                port,
                o.maxPayloadBytes(),
                o.maxBatch(),
                o.maxFutureSkew(),
                o.maxAge(),
                o.commitBatchRows(),
                o.commitLinger());
    }

    public Vertx vertx() {
        return vertx;
    }

    public int mqttPort() {
        return mqttPort;
    }

    public int httpPort() {
        return httpPort;
    }

    /** The event bus, e.g. for in-process tests that play the web layer's part (BusAddress). */
    public io.vertx.core.eventbus.EventBus eventBus() {
        return vertx.eventBus();
    }

    /** Stops listeners, lets pending commits finish, then stops the database. Blocking. */
    @Override
    public void close() {
        try {
            vertx.close().await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn(
                    "Vert.x did not stop cleanly: {}",
                    Optional.ofNullable(e.getMessage()).orElse(e.toString()));
        }
        database.close();
    }
}
