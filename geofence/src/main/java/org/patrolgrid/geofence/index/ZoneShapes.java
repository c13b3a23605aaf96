package org.patrolgrid.geofence.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.patrolgrid.geofence.zone.Zone;

/** Turns the zones given to an index into shapes, numbered in input order; zone ids must be unique. */
final class ZoneShapes {
    private ZoneShapes() {}

    static List<ZoneShape> of(List<? extends Zone> zones) {
        List<ZoneShape> shapes = new ArrayList<>(zones.size());
        Set<String> ids = new HashSet<>();
        for (Zone zone : zones) {
            if (!ids.add(zone.id())) {
                throw new IllegalArgumentException("duplicate zone id " + zone.id());
            }
            shapes.add(new ZoneShape(zone, shapes.size()));
        }
        return shapes;
    }
}
