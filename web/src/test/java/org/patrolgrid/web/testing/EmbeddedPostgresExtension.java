package org.patrolgrid.web.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts ONE embedded PostgreSQL per test JVM, migrates a template database with the tracker's Flyway migrations, and
 * gives each test class a fresh copy of it. Inject a {@link TestDatabase} into {@code @BeforeAll} or test methods.
 */
public final class EmbeddedPostgresExtension implements BeforeAllCallback, ParameterResolver {
    private static final String MIGRATIONS = "filesystem:../tracker/src/main/resources/db/migration";
    private static final String TEMPLATE = "patrolgrid_template";
    private static final String USER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EmbeddedPostgresExtension.class);

    /** Closes the server when the test JVM's root context closes. */
    private record Server(EmbeddedPostgres postgres) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        EmbeddedPostgres postgres = server(context);
        String name = "t" + DATABASES.incrementAndGet() + "_"
                + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
        execute(postgres, "create database " + name + " template " + TEMPLATE);
        context.getStore(NAMESPACE)
                .put(TestDatabase.class, new TestDatabase("localhost", postgres.getPort(), name, USER));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class);
    }

    private static synchronized EmbeddedPostgres server(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(Server.class, key -> start(), Server.class)
                .postgres();
    }

    private static Server start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            execute(postgres, "create database " + TEMPLATE);
            Flyway.configure()
                    .dataSource(postgres.getDatabase(USER, TEMPLATE))
                    .locations(MIGRATIONS)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return new Server(postgres);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
    }

    private static void execute(EmbeddedPostgres postgres, String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
