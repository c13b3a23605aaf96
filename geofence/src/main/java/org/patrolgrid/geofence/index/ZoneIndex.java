package org.patrolgrid.geofence.index;

import java.util.List;
import org.patrolgrid.geofence.zone.Zone;

/**
 * An immutable spatial index over zones: build once, then share the snapshot between threads. A change of zones
 * builds a new index and publishes it; nothing locks per lookup.
 */
public interface ZoneIndex {
    /** The production index over these zones: a {@link CellZoneIndex}. Zone ids must be unique. */
    static ZoneIndex of(List<? extends Zone> zones) {
        return new CellZoneIndex(zones);
    }

    /** The zones whose footprint covers the point (edges included), exactly, in the order the index was given. */
    List<Zone> containing(double lat, double lon);

    /** The zones whose footprint lies within {@code meters} of the point, nearest first. */
    List<ZoneDistance> within(double lat, double lon, double meters);

    /** How many zones the index holds. */
    int size();

    /** A zone and its distance in metres from a query point (0 when inside). */
    record ZoneDistance(Zone zone, double meters) {}
}
