package org.patrolgrid.simulators.world;

import org.patrolgrid.geofence.zone.GridZone;

/** A generated unit grid with where it came from: its lattice cell and its street. */
public record PlannedGrid(LatticeCell cell, Township street, GridZone zone) {
    public String id() {
        return zone.id();
    }
}
