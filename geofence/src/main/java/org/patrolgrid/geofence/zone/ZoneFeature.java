package org.patrolgrid.geofence.zone;

import java.util.Map;

/**
 * A zone as it came in a GeoJSON Feature, with the properties PatrolGrid does not interpret (colour, remarks, ...)
 * kept as {@code attributes} so that they can be stored and served back unchanged.
 */
public record ZoneFeature(Zone zone, Map<String, Object> attributes) {
    public ZoneFeature {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
