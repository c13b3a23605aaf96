package org.patrolgrid.web.testing;

import io.vertx.pgclient.PgConnectOptions;

/** A migrated database of its own for one test class, in the shared embedded PostgreSQL. */
public record TestDatabase(String host, int port, String database, String user) {
    public PgConnectOptions connectOptions() {
        return new PgConnectOptions()
                .setHost(host)
                .setPort(port)
                .setDatabase(database)
                .setUser(user)
                .setPassword("postgres");
    }
}
