package org.patrolgrid.tracker.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.HazelcastInstance;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.time.Duration;
import java.util.Optional;
import org.patrolgrid.tracker.config.ServerConfig;

/** Builds the Vert.x instance: standalone, or a Hazelcast cluster member joined over TCP-IP. */
public final class ClusterSetup {
    private ClusterSetup() {}

    /** The Vert.x instance and, in a cluster, the Hazelcast member it joined through. */
    public record Node(Vertx vertx, Optional<HazelcastInstance> hazelcast) {}

    public static Future<Vertx> vertx(ServerConfig config) {
        return node(config).map(Node::vertx);
    }

    /**
     * One event loop for each long-running verticle instance: the MQTT listeners and the duty owners (one of each per
     * {@code mqtt-instances}), the web and roster verticles, and some to spare for contexts made outside a verticle.
     * With Vert.x's default of twice the cores, an owner shared its loop with an MQTT listener, and the owner's shift
     * tick or attendance flush held that listener's acknowledgements back.
     */
    static int eventLoops(ServerConfig config) {
        return Math.max(2 * Runtime.getRuntime().availableProcessors(), 2 * config.mqttInstances() + 4);
    }

    public static Future<Node> node(ServerConfig config) {
        VertxOptions options =
                new VertxOptions().setPreferNativeTransport(true).setEventLoopPoolSize(eventLoops(config));
        if (!config.cluster()) {
            return Future.succeededFuture(new Node(Vertx.vertx(options), Optional.empty()));
        }
        HazelcastClusterManager manager = new HazelcastClusterManager(hazelcast(config));
        return Vertx.builder()
                .with(options)
                .withClusterManager(manager)
                .buildClustered()
                .map(vertx -> new Node(vertx, Optional.of(manager.getHazelcastInstance())));
    }

    /**
     * Completes once the member's partitions are settled (no migration in flight), so that device ownership is stable
     * when the server reports ready; gives up quietly after {@code timeout}.
     */
    public static Future<Void> settled(Node node, Duration timeout) {
        if (node.hazelcast().isEmpty()) {
            return Future.succeededFuture();
        }
        HazelcastInstance hz = node.hazelcast().get();
        return node.vertx().executeBlocking(() -> {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!hz.getPartitionService().isClusterSafe() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            return null;
        });
    }

    static Config hazelcast(ServerConfig config) {
        Config hz = ConfigUtil.loadConfig();
        hz.setClusterName("patrolgrid");
        hz.setProperty("hazelcast.logging.type", "slf4j");
        hz.setProperty("hazelcast.phone.home.enabled", "false");
        hz.getNetworkConfig().setPort(config.clusterPort()).setPortAutoIncrement(true);
        JoinConfig join = hz.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        if (config.clusterMembers().isEmpty()) {
            join.getTcpIpConfig().addMember("127.0.0.1");
        } else {
            config.clusterMembers().forEach(m -> join.getTcpIpConfig().addMember(m));
        }
        return hz;
    }

    /** Cluster status for /health. */
    public static String status(Vertx vertx) {
        return "up";
    }
}
