package org.patrolgrid.simulators.load;

/** The MQTT login of one device: username is the device id, password the secret. A null secret means anonymous. */
public record DeviceCredential(String id, String secret) {
    public static DeviceCredential anonymous(String id) {
        return new DeviceCredential(id, null);
    }

    public boolean isAnonymous() {
        return secret == null;
    }
}
