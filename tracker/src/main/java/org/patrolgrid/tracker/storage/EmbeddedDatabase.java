package org.patrolgrid.tracker.storage;

import io.vertx.pgclient.PgConnectOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 run by the server itself, with its data kept under {@code <data-dir>/pg} between runs. Unlike
 * zonky's test defaults, fsync and synchronous_commit are on: an acknowledged position must survive a crash.
 */
final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dir) {
        try {
            Files.createDirectories(dir);
            stopOrphan(dir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("wal_buffers", "16MB")
                    // Ingest writes 10-30 MB of WAL a second at load: with the 1 GB default a checkpoint (and its burst
                    // of full-page writes) came every 20-40 s and showed in the commit-latency tail. A crash then
                    // replays up to this much WAL on the next start.
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new EmbeddedDatabase(pg);
        } catch (IOException | RuntimeException e) {
            throw new StorageUnavailableException(
                    "embedded PostgreSQL in " + dir + " did not start: " + Database.rootMessage(e), e);
        }
    }

    /**
     * After a kill -9 of the server, its PostgreSQL child keeps running and holds the data dir. Stop it (a fast
     * shutdown; PostgreSQL's own WAL keeps every committed row) so this start can take over.
     */
    private static void stopOrphan(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream()
                .findFirst()
                .map(String::trim)
                .filter(s -> s.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        LOG.warn(
                "stopping PostgreSQL left running by an earlier server process (pid {})",
                orphan.get().pid());
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            orphan.get().destroyForcibly();
        }
    }

    PgConnectOptions connectOptions() {
        return new PgConnectOptions()
                .setHost("127.0.0.1")
                .setPort(postgres.getPort())
                .setDatabase("postgres")
                .setUser("postgres")
                .setPassword("postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
