package org.patrolgrid.geofence.geo;

/** A GeoJSON tree that does not describe a usable geometry; the message is the precise reason. */
public final class GeoJsonException extends IllegalArgumentException {
    public GeoJsonException(String reason) {
        super(reason);
    }
}
