package org.patrolgrid.geofence.zone;

/** 必到点: a point on a route that must be visited, within {@code radiusMeters}. */
public record Checkpoint(String id, double lat, double lon, double radiusMeters) {}
