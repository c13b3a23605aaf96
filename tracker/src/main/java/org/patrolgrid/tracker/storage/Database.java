package org.patrolgrid.tracker.storage;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.patrolgrid.tracker.config.ServerConfig;

/**
 * The system of record: the embedded PostgreSQL under the data dir, or an external server given by URL. Opening it
 * (and migrating it) blocks, so it runs once at start-up before any event loop exists.
 */
public final class Database implements AutoCloseable {
    private final PgConnectOptions connectOptions;
    private final EmbeddedDatabase embedded;

    private Database(PgConnectOptions connectOptions, EmbeddedDatabase embedded) {
        this.connectOptions = connectOptions;
        this.embedded = embedded;
    }

    /** Starts the embedded database or checks the external one, then applies pending migrations. Blocking. */
    public static Database open(ServerConfig config) {
        Database db;
        if (config.dbUrl().isPresent()) {
            db = new Database(PgConnectOptions.fromUri(config.dbUrl().get()), null);
        } else {
            EmbeddedDatabase embedded = EmbeddedDatabase.start(config.embeddedDbDir());
            db = new Database(embedded.connectOptions(), embedded);
        }
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(jdbcUrl(), connectOptions.getUser(), connectOptions.getPassword())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StorageUnavailableException("database " + describe() + ": " + rootMessage(e), e);
        }
    }

    /** A JDBC connection for start-up work (never on an event loop). */
    public Connection jdbc() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), connectOptions.getUser(), connectOptions.getPassword());
    }

    private String jdbcUrl() {
        return "jdbc:postgresql://" + connectOptions.getHost() + ":" + connectOptions.getPort() + "/"
                + connectOptions.getDatabase() + "?connectTimeout=10";
    }

    public PgConnectOptions connectOptions() {
        return new PgConnectOptions(connectOptions).setPipeliningLimit(256).setCachePreparedStatements(true);
    }

    /** A connection pool bound to the calling context; build it inside the verticle that uses it. */
    public Pool pool(Vertx vertx, int size) {
        return PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(size))
                .connectingTo(connectOptions())
                .using(vertx)
                .build();
    }

    public String describe() {
        return (embedded != null ? "embedded " : "") + connectOptions.getHost() + ":" + connectOptions.getPort() + "/"
                + connectOptions.getDatabase();
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
