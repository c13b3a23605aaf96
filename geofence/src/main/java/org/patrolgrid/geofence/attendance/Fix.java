package org.patrolgrid.geofence.attendance;

/**
 * A position as the detectors see it: time in epoch milliseconds, accuracy with the default applied, its placement,
 * and for an inside fix the zone and the point in that zone's plane.
 */
record Fix(long t, double lat, double lon, double accuracy, Placement placement, int zone, double x, double y) {}
