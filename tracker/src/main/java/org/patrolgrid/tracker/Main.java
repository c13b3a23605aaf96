package org.patrolgrid.tracker;

import java.net.BindException;
import java.time.Clock;
import org.patrolgrid.tracker.config.ConfigException;
import org.patrolgrid.tracker.config.ConfigLoader;
import org.patrolgrid.tracker.config.ServerConfig;
import org.patrolgrid.tracker.demo.DemoMode;
import org.patrolgrid.web.auth.DeviceSecrets;

/**
 * {@code java -jar patrolgrid.jar [options]} (CONTRACT §1). Prints exactly one line to stdout when ready:
 * {@code patrolgrid ready mqtt=<port> http=<port>}. Bad options exit with 2, other start-up failures with 1, each
 * with one line on stderr.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        ServerConfig config;
        try {
            config = ConfigLoader.load(args, System.getenv());
        } catch (ConfigException e) {
            System.err.println("patrolgrid: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (config.demo() && config.adminPassword().isEmpty()) {
            // The demo drives the server through its own API, so it needs the admin password: make one per start.
            String generated = DeviceSecrets.generate();
            config = config.withAdminPassword(generated);
            System.err.println("patrolgrid: demo mode, user admin has password " + generated);
        }
        PatrolGridServer server;
        try {
            server = PatrolGridServer.start(config, Clock.systemUTC());
        } catch (Throwable e) {
            System.err.println("patrolgrid: " + startupFailure(e, config));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "patrolgrid-shutdown"));
        System.out.println("patrolgrid ready mqtt=" + server.mqttPort() + " http=" + server.httpPort());
        System.out.flush();
        if (config.demo()) {
            DemoMode.start(
                    server.vertx(),
                    server.httpPort(),
                    server.mqttPort(),
                    config.adminPassword().orElseThrow(),
                    Clock.systemUTC());
        }
    }

    static String startupFailure(Throwable e, ServerConfig config) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || String.valueOf(t.getMessage()).contains("Address already in use")) {
                return "cannot listen: a port is in use (mqtt " + config.mqttPort() + ", http " + config.httpPort()
                        + "): " + t.getMessage();
            }
        }
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
