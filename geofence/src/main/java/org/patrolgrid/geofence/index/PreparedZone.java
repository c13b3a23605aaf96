package org.patrolgrid.geofence.index;

import org.patrolgrid.geofence.zone.Zone;

/**
 * One zone ready for repeated exact checks, with the same semantics as every {@link ZoneIndex}: JTS {@code covers}
 * on the footprint (edges included, hole interiors excluded), the geodesic distance for a circular post. Use it when
 * the zones are already known, e.g. "is this fix inside one of my shift's zones"; use a {@link ZoneIndex} to find
 * them. Immutable and thread-safe; build once per zone and keep.
 */
public final class PreparedZone {
    private final ZoneShape shape;

    private PreparedZone(Zone zone) {
        this.shape = new ZoneShape(zone, 0);
    }

    public static PreparedZone of(Zone zone) {
        return new PreparedZone(zone);
    }

    public Zone zone() {
        return shape.zone;
    }

    /** True when the point is in the zone, edges included. */
    public boolean covers(double lat, double lon) {
        return ZoneDistances.validQuery(lat, lon) && shape.covers(lat, lon);
    }

    /** Distance in metres from the point to the zone, 0 inside (accurate to about 0.1% at city scale). */
    public double meters(double lat, double lon) {
        return shape.meters(lat, lon);
    }
}
