package org.patrolgrid.simulators.world;

import java.util.List;
import org.patrolgrid.geofence.zone.AreaZone;

/** A generated patrol area with its street and its unit grids. */
public record PlannedArea(AreaZone zone, Township street, List<PlannedGrid> grids) {
    public PlannedArea {
        grids = List.copyOf(grids);
    }
}
