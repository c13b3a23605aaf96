package org.patrolgrid.geofence.zone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typed access to a Feature's {@code properties}, failing with the precise reason; remembers what was read. */
final class FeatureProperties {
    private final Map<?, ?> properties;
    private final Set<String> interpreted = new java.util.HashSet<>();

    FeatureProperties(Map<?, ?> properties) {
        this.properties = properties == null ? Map.of() : properties;
    }

    /** A required text property; integral numbers are accepted as their digits (e.g. an adcode). */
    String text(String name) {
        String value = optionalText(name);
        if (value == null || value.isBlank()) {
            throw new FeatureException("missing property " + name);
        }
        return value;
    }

    String optionalText(String name) {
        interpreted.add(name);
        Object value = properties.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return Long.toString(n.longValue());
        }
        throw new FeatureException("property " + name + " must be a string, got " + value);
    }

    /** A required number. */
    double number(String name) {
        interpreted.add(name);
        Object value = properties.get(name);
        if (value == null) {
            throw new FeatureException("missing property " + name);
        }
        if (!(value instanceof Number n)) {
            throw new FeatureException("property " + name + " must be a number, got " + value);
        }
        return n.doubleValue();
    }

    boolean has(String name) {
        return properties.get(name) != null;
    }

    /** A list property, or null when absent. */
    List<?> optionalList(String name) {
        interpreted.add(name);
        Object value = properties.get(name);
        if (value == null || value instanceof List<?>) {
            return (List<?>) value;
        }
        throw new FeatureException("property " + name + " must be an array, got " + value);
    }

    /** The properties that were not read: kept as the zone's attributes. */
    Map<String, Object> rest() {
        Map<String, Object> rest = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (k instanceof String key && !interpreted.contains(key) && v != null) {
                rest.put(key, v);
            }
        });
        return rest;
    }

    /** A problem with one feature's properties. */
    static final class FeatureException extends IllegalArgumentException {
        FeatureException(String reason) {
            super(reason);
        }
    }
}
