package org.patrolgrid.tracker.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test JVM (starting one costs seconds); each test gets a database of its own, which the
 * server under test reaches through {@code --db} like an external production database.
 */
public final class TestDatabase {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabase() {}

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }

    /** Creates an empty database and returns its postgresql:// URL. */
    public static String create() {
        String name = "t" + ProcessHandle.current().pid() + "_" + SEQ.incrementAndGet();
        try (Connection c = postgres().getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return "postgresql://postgres:postgres@127.0.0.1:" + postgres().getPort() + "/" + name;
    }
}
