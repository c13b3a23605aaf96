package org.patrolgrid.simulators.scenario;

/** Where a PatrolGrid server listens and the admin password for its HTTP API. */
public record ApiEndpoint(String host, int httpPort, int mqttPort, String adminPassword) {
    public static ApiEndpoint loopback(int httpPort, int mqttPort, String adminPassword) {
        return new ApiEndpoint("127.0.0.1", httpPort, mqttPort, adminPassword);
    }
}
