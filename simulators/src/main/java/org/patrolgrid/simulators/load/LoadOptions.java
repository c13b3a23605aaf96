package org.patrolgrid.simulators.load;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything a load run needs, validated once by {@link LoadOptionsParser}.
 *
 * @param host loopback host of the MQTT broker (and of the HTTP API when provisioning)
 * @param mqttPort MQTT port
 * @param devices number of simulated devices, one MQTT connection each
 * @param ratePerSecond messages per second over all devices (ignored when idle)
 * @param qos 0 or 1
 * @param duration how long to publish (or to hold idle connections)
 * @param httpPort HTTP API port for provisioning, 0 when not provisioning
 * @param adminPassword password of user "admin", null when not provisioning
 * @param credentialsFile CSV {@code id,secret} to read device credentials from, or null
 * @param writeCredentials where to write the provisioned credentials, or null
 * @param topicTemplate topic with {@code {id}} standing for the device id
 * @param anonymous connect without username and password (a plain broker)
 * @param batch positions per message; above 1 each message is a JSON array
 * @param connectRate connection attempts per second over all devices
 * @param inflight the most unacknowledged messages per connection
 * @param idle connect and hold, publish nothing
 * @param eventLoops event loops the connections are spread over
 * @param ackTimeout a QoS 1 message not acknowledged within this counts as failed
 * @param idPrefix device ids are this prefix and a 5-digit number
 * @param seed seed of the movement of the simulated devices
 * @param world move along the patrols of the Jiaxing world of {@code seed} instead of a free walk
 * @param positionsFile CSV {@code id,lat,lon,radius} of where each device walks ({@link PositionsFile}), or null to
 *     walk around Jiaxing's core
 */
public record LoadOptions(
        String host,
        int mqttPort,
        int devices,
        double ratePerSecond,
        int qos,
        Duration duration,
        int httpPort,
        String adminPassword,
        Path credentialsFile,
        Path writeCredentials,
        String topicTemplate,
        boolean anonymous,
        int batch,
        double connectRate,
        int inflight,
        boolean idle,
        int eventLoops,
        Duration ackTimeout,
        String idPrefix,
        long seed,
        boolean world,
        Path positionsFile) {

    /** The topic positions go to on a PatrolGrid server (CONTRACT §2). */
    public static final String DEVICE_POSITIONS_TOPIC = "devices/{id}/positions";

    public boolean provisionsOverHttp() {
        return httpPort > 0;
    }

    public String topicFor(String deviceId) {
        return topicTemplate.replace("{id}", deviceId);
    }

    /** Device id number {@code index} (0-based), for example {@code load-00001} for index 0. */
    public String deviceId(int index) {
        return String.format("%s%05d", idPrefix, index + 1);
    }
}
