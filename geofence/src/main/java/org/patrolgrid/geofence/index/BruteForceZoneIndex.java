package org.patrolgrid.geofence.index;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.Zone;

/**
 * The reference: every lookup loops over every zone with plain (unprepared) JTS {@code covers}. Slow, obviously
 * right; used to check and benchmark the real index.
 */
public final class BruteForceZoneIndex implements ZoneIndex {
    private final List<Zone> zones;
    private final List<ZoneShape> shapes;

    public BruteForceZoneIndex(List<? extends Zone> zones) {
        this.zones = List.copyOf(zones);
        this.shapes = ZoneShapes.of(this.zones);
    }

    @Override
    public List<Zone> containing(double lat, double lon) {
        if (!ZoneDistances.validQuery(lat, lon)) {
            return List.of();
        }
        Point point = Geo.point(lat, lon);
        List<Zone> found = new ArrayList<>(2);
        for (Zone zone : zones) {
            if (ZoneShape.coversUnprepared(zone, lat, lon, point)) {
                found.add(zone);
            }
        }
        return found;
    }

    @Override
    public List<ZoneDistance> within(double lat, double lon, double meters) {
        if (!ZoneDistances.validQuery(lat, lon) || !(meters >= 0)) {
            return List.of();
        }
        return ZoneDistances.rank(shapes, lat, lon, meters);
    }

    @Override
    public int size() {
        return zones.size();
    }
}
