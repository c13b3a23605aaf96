package org.patrolgrid.tracker.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patrolgrid.tracker.PatrolGridServer;
import org.patrolgrid.tracker.config.ConfigLoader;
import org.patrolgrid.tracker.config.ServerConfig;
import org.patrolgrid.web.auth.DeviceSecrets;

/** The real server, in-process, on free ports, against a database of its own. */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "admin-test-pass";
    private final PatrolGridServer server;
    private final String dbUrl;

    private TestServer(PatrolGridServer server, String dbUrl) {
        this.server = server;
        this.dbUrl = dbUrl;
    }

    public static TestServer start(String... extraArgs) throws Exception {
        return startOn(TestDatabase.create(), extraArgs);
    }

    /** A server on an existing database, e.g. a second cluster member. */
    public static TestServer startOn(String db, String... extraArgs) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--mqtt-port",
                "0",
                "--http-port",
                "0",
                "--host",
                "127.0.0.1",
                "--db",
                db,
                "--data-dir",
                Files.createTempDirectory("pg-test").toString(),
                "--admin-password",
                ADMIN_PASSWORD,
                "--mqtt-instances",
                "2"));
        args.addAll(List.of(extraArgs));
        ServerConfig config = ConfigLoader.load(args.toArray(String[]::new), Map.of());
        return new TestServer(PatrolGridServer.start(config, Clock.systemUTC()), db);
    }

    public int mqttPort() {
        return server.mqttPort();
    }

    public int httpPort() {
        return server.httpPort();
    }

    public io.vertx.core.eventbus.EventBus bus() {
        return server.eventBus();
    }

    /** Registers a device directly in the database and returns its secret. */
    public String addDevice(String id, String kind, String district) throws SQLException {
        String secret = DeviceSecrets.generate();
        try (Connection c = jdbc();
                PreparedStatement st = c.prepareStatement(
                        "insert into device (id, name, kind, unit, district, secret_hash) values (?,?,?,?,?,?)")) {
            st.setString(1, id);
            st.setString(2, "Device " + id);
            st.setString(3, kind);
            st.setString(4, "unit-1");
            st.setString(5, district);
            st.setBytes(6, DeviceSecrets.hash(secret));
            st.executeUpdate();
        }
        return secret;
    }

    public Connection jdbc() throws SQLException {
        return jdbc(dbUrl);
    }

    /** A JDBC connection to a database made by {@link TestDatabase#create()}. */
    public static Connection jdbc(String dbUrl) throws SQLException {
        return DriverManager.getConnection("jdbc:" + dbUrl.replace("postgres:postgres@", ""), "postgres", "postgres");
    }

    /** How many positions of the device are stored. */
    public long storedCount(String device) throws SQLException {
        try (Connection c = jdbc();
                PreparedStatement st = c.prepareStatement("select count(*) from position where device = ?")) {
            st.setString(1, device);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static Path tempDir() throws java.io.IOException {
        return Files.createTempDirectory("patrolgrid-test");
    }

    @Override
    public void close() {
        server.close();
    }
}
