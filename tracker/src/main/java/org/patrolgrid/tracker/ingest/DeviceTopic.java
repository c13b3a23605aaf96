package org.patrolgrid.tracker.ingest;

/**
 * The topics a device may use (CONTRACT §2). Anything else, including another device's topics, is refused.
 *
 * @param kind what the topic carries
 * @param device the device id named in the topic
 */
public record DeviceTopic(Kind kind, String device) {
    public enum Kind {
        /** devices/{id}/positions: native JSON, one object or a batch array. */
        POSITIONS,
        /** owntracks/{id}/{name}: the OwnTracks app. */
        OWNTRACKS,
        /** devices/{id}/events: sos and other device events. */
        EVENTS,
        /** devices/{id}/commands: the server's messages to the device (subscribe only). */
        COMMANDS
    }

    /** Parses a topic name, or returns null for a topic outside the contract. */
    public static DeviceTopic parse(String topic) {
        String[] parts = topic.split("/", -1);
        if (parts.length == 3 && parts[0].equals("devices") && !parts[1].isEmpty()) {
            Kind kind =
                    switch (parts[2]) {
                        case "positions" -> Kind.POSITIONS;
                        case "events" -> Kind.EVENTS;
                        case "commands" -> Kind.COMMANDS;
                        default -> null;
                    };
            return kind == null ? null : new DeviceTopic(kind, parts[1]);
        }
        if (parts.length == 3 && parts[0].equals("owntracks") && !parts[1].isEmpty() && !parts[2].isEmpty()) {
            return new DeviceTopic(Kind.OWNTRACKS, parts[1]);
        }
        return null;
    }

    /** The topic on which the server sends commands to a device. */
    public static String commandsOf(String device) {
        return "devices/" + device + "/commands";
    }

    public boolean publishableBy(String deviceId) {
        return device.equals(deviceId) && kind != Kind.COMMANDS;
    }

    public boolean subscribableBy(String deviceId) {
        return device.equals(deviceId) && kind == Kind.COMMANDS;
    }
}
