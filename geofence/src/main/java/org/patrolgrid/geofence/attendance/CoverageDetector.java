package org.patrolgrid.geofence.attendance;

import org.locationtech.jts.geom.Coordinate;
import org.patrolgrid.geofence.coverage.AreaCoverage;
import org.patrolgrid.geofence.geo.Geo;

/**
 * Coverage of grid and area zones: marks the unit grid and the H3 resolution-11 cell of every fix inside a zone during
 * the shift. A set union, so order-independent and exact under late or out-of-order data. Emits no events.
 */
final class CoverageDetector {
    void onFix(AttendanceState s, Fix fix) {
        if (fix.placement() != Placement.INSIDE || fix.t() < s.start || fix.t() >= s.end) {
            return;
        }
        ShiftPlan plan = s.plan;
        AreaCoverage coverage = plan.zones[fix.zone()].coverage();
        if (coverage == null) {
            return;
        }
        int hint = s.lastGrid - plan.gridOffset[fix.zone()];
        int grid = coverage.gridAt(Geo.FACTORY.createPoint(new Coordinate(fix.x(), fix.y())), hint);
        if (grid >= 0) {
            s.lastGrid = plan.gridOffset[fix.zone()] + grid;
            s.gridsVisited.set(s.lastGrid);
        }
        int cell = coverage.cellAt(fix.x(), fix.y(), fix.lat(), fix.lon());
        if (cell >= 0) {
            s.cellsVisited.set(plan.cellOffset[fix.zone()] + cell);
        }
    }
}
