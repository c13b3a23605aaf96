package org.patrolgrid.geofence.zone;

/** A zone that cannot be built: names the zone and the precise reason, e.g. "self-intersection at lon 120.7, lat 30.7". */
public final class InvalidZoneException extends IllegalArgumentException {
    private final String zoneId;
    private final String reason;

    public InvalidZoneException(String zoneId, String reason) {
        super("zone " + zoneId + ": " + reason);
        this.zoneId = zoneId;
        this.reason = reason;
    }

    public String zoneId() {
        return zoneId;
    }

    /** The reason alone, without the zone id. */
    public String reason() {
        return reason;
    }
}
