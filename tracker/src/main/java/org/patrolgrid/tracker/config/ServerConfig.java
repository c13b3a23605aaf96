package org.patrolgrid.tracker.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The server's configuration, validated once at start-up. Every key can be given as a flag ({@code --mqtt-port}), in
 * the YAML file ({@code mqtt-port:}) or as an environment variable ({@code PATROLGRID_MQTT_PORT}); flags override the
 * file and the environment overrides both.
 *
 * @param mqttPort MQTT listener port ({@code mqtt-port}, default 1883; 0 picks a free port)
 * @param httpPort HTTP port ({@code http-port}, default 8080; 0 picks a free port)
 * @param host address both listeners bind ({@code host}, default 0.0.0.0)
 * @param dbUrl external PostgreSQL ({@code db}, postgresql://user:pass@host:port/db); empty means embedded
 * @param dataDir data directory ({@code data-dir}, default ./data); the embedded database lives in its pg folder
 * @param adminPassword password of user admin ({@code admin-password}); empty means generate one on first start
 * @param demo load the Jiaxing demo and drive simulated staff ({@code demo})
 * @param cluster join a Hazelcast cluster ({@code cluster})
 * @param clusterMembers TCP-IP members to join ({@code cluster-members}, host or host:port, comma separated)
 * @param clusterPort Hazelcast port ({@code cluster-port}, default 5701)
 * @param mqttInstances listener instances, one per event loop ({@code mqtt-instances}, default: number of cores)
 * @param maxFutureSkew how far in the future a fix may lie ({@code max-future}, default 5m)
 * @param maxAge how old a fix may be ({@code max-age}, default 7d)
 * @param maxPayloadBytes largest accepted MQTT payload ({@code max-payload}, default 65536)
 * @param maxBatch largest accepted batch upload ({@code max-batch}, default 1000)
 * @param commitBatchRows most rows written in one group commit ({@code commit-batch}, default 5000)
 * @param commitLinger least time between the end of one group commit and the start of the next, unless a full batch
 *     waits ({@code commit-linger}, default 2ms; 0 commits as soon as the previous commit ends)
 * @param webhooks URLs that receive every alert change as a JSON POST ({@code webhooks}, comma separated; default none)
 * @param rosterRefresh how often the shifts around now are reloaded ({@code roster-refresh}, default 30s; they are also
 *     reloaded when the API changes shifts)
 */
public record ServerConfig(
        int mqttPort,
        int httpPort,
        String host,
        Optional<String> dbUrl,
        Path dataDir,
        Optional<String> adminPassword,
        boolean demo,
        boolean cluster,
        List<String> clusterMembers,
        int clusterPort,
        int mqttInstances,
        Duration maxFutureSkew,
        Duration maxAge,
        int maxPayloadBytes,
        int maxBatch,
        int commitBatchRows,
        Duration commitLinger,
        List<String> webhooks,
        Duration rosterRefresh) {

    public ServerConfig {
        clusterMembers = List.copyOf(clusterMembers);
        webhooks = List.copyOf(webhooks);
    }

    public ServerConfig withAdminPassword(String password) {
        return new ServerConfig(
                mqttPort,
                httpPort,
                host,
                dbUrl,
                dataDir,
                Optional.of(password),
                demo,
                cluster,
                clusterMembers,
                clusterPort,
                mqttInstances,
                maxFutureSkew,
                maxAge,
                maxPayloadBytes,
                maxBatch,
                commitBatchRows,
                commitLinger,
                webhooks,
                rosterRefresh);
    }

    /** The folder of the embedded PostgreSQL. */
    public Path embeddedDbDir() {
        return dataDir.resolve("pg");
    }
}
