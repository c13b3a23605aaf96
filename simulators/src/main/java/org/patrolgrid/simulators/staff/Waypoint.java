package org.patrolgrid.simulators.staff;

/**
 * A point of a patrol tour; the person stays {@code dwellMillis} there. {@code mark} names what reaching it achieves
 * (a checkpoint id, or the id of a unit grid whose loop it closes), or is null.
 */
public record Waypoint(double lat, double lon, long dwellMillis, String mark) {
    public static Waypoint at(double lat, double lon) {
        return new Waypoint(lat, lon, 0, null);
    }
}
