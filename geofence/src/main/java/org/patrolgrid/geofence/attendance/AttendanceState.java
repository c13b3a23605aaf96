package org.patrolgrid.geofence.attendance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.patrolgrid.geofence.coverage.AreaCoverage;
import org.patrolgrid.geofence.shift.Shift;

/**
 * The state of one shift between steps: primitives only (times in epoch milliseconds, {@link #NONE} when unset),
 * plus the coverage bitsets. No per-fix lists; the zone geometry is shared through the {@link ShiftPlan}.
 *
 * <p>The state has one owner (the device's event loop): the processor updates it in place, which keeps a step free of
 * allocation. {@link #copy()} gives an independent snapshot.
 */
public final class AttendanceState {
    static final long NONE = Long.MIN_VALUE;

    final Shift shift;
    final ShiftPlan plan;
    final long start;
    final long end;
    final long deadline;

    // presence
    long arrivedAt = NONE;
    long lastInsideAt = NONE;
    boolean absentOpen;
    boolean ended;

    // signal: lastFixAt is the newest fix time seen; lastSequencedAt the newest used by order-dependent detectors
    long lastFixAt = NONE;
    boolean signalLostOpen;
    long signalLostSince = NONE;

    // fence
    int outsideFixes;
    long outsideSince = NONE;
    boolean offPostOpen;
    long offPostSince = NONE;
    long offPostMillis;
    boolean earlyLeaveOpen;

    // motion, in the plan's motion plane
    long lastAcceptedAt = NONE;
    double lastX;
    double lastY;
    double lastAccuracy;
    long anchorAt = NONE;
    double anchorX;
    double anchorY;
    boolean stationaryOpen;

    // coverage
    final BitSet gridsVisited;
    final BitSet cellsVisited;
    int lastGrid = -1;

    // route
    final BitSet stationsWalked;
    long checkpointsVisited;
    boolean checkpointsMissedOpen;
    int lastRouteZone = -1;
    double lastAlong;

    AttendanceState(Shift shift, ShiftPlan plan) {
        this.shift = shift;
        this.plan = plan;
        this.start = shift.start().toEpochMilli();
        this.end = shift.end().toEpochMilli();
        this.deadline = shift.arrivalDeadline().toEpochMilli();
        this.gridsVisited = new BitSet(plan.gridsTotal);
        this.cellsVisited = new BitSet(plan.cellsTotal);
        this.stationsWalked = new BitSet(plan.stationsTotal);
    }

    private AttendanceState(AttendanceState o) {
        this(o.shift, o.plan);
        arrivedAt = o.arrivedAt;
        lastInsideAt = o.lastInsideAt;
        absentOpen = o.absentOpen;
        ended = o.ended;
        lastFixAt = o.lastFixAt;
        signalLostOpen = o.signalLostOpen;
        signalLostSince = o.signalLostSince;
        outsideFixes = o.outsideFixes;
        outsideSince = o.outsideSince;
        offPostOpen = o.offPostOpen;
        offPostSince = o.offPostSince;
        offPostMillis = o.offPostMillis;
        earlyLeaveOpen = o.earlyLeaveOpen;
        lastAcceptedAt = o.lastAcceptedAt;
        lastX = o.lastX;
        lastY = o.lastY;
        lastAccuracy = o.lastAccuracy;
        anchorAt = o.anchorAt;
        anchorX = o.anchorX;
        anchorY = o.anchorY;
        stationaryOpen = o.stationaryOpen;
        gridsVisited.or(o.gridsVisited);
        cellsVisited.or(o.cellsVisited);
        lastGrid = o.lastGrid;
        stationsWalked.or(o.stationsWalked);
        checkpointsVisited = o.checkpointsVisited;
        checkpointsMissedOpen = o.checkpointsMissedOpen;
        lastRouteZone = o.lastRouteZone;
        lastAlong = o.lastAlong;
    }

    /** An independent copy, e.g. to compare before and after a replay. */
    public AttendanceState copy() {
        return new AttendanceState(this);
    }

    public Shift shift() {
        return shift;
    }

    /** The ids of the unit grids visited so far, for {@code GET /zones/{id}/coverage}. */
    public List<String> visitedGridIds() {
        List<String> ids = new ArrayList<>();
        for (int z = 0; z < plan.zones.length; z++) {
            AreaCoverage coverage = plan.zones[z].coverage();
            for (int g = 0; coverage != null && g < coverage.gridCount(); g++) {
                if (gridsVisited.get(plan.gridOffset[z] + g)) {
                    ids.add(coverage.gridId(g));
                }
            }
        }
        return ids;
    }

    /** The H3 resolution-11 cells visited so far, e.g. to draw coverage on a map. */
    public long[] visitedCells() {
        long[] cells = new long[cellsVisited.cardinality()];
        int k = 0;
        for (int z = 0; z < plan.zones.length; z++) {
            AreaCoverage coverage = plan.zones[z].coverage();
            for (int c = 0; coverage != null && c < coverage.cellCount(); c++) {
                if (cellsVisited.get(plan.cellOffset[z] + c)) {
                    cells[k++] = coverage.raster().cell(c);
                }
            }
        }
        return cells;
    }

    /** True while the condition is open. */
    public boolean isOpen(ConditionKind kind) {
        return switch (kind) {
            case ABSENT -> absentOpen;
            case OFF_POST -> offPostOpen && !ended && plan.fenceKind == ConditionKind.OFF_POST;
            case ROUTE_DEVIATION -> offPostOpen && !ended && plan.fenceKind == ConditionKind.ROUTE_DEVIATION;
            case STATIONARY -> stationaryOpen && !ended;
            case SIGNAL_LOST -> signalLostOpen && !ended;
            case EARLY_LEAVE -> earlyLeaveOpen;
            case CHECKPOINT_MISSED -> checkpointsMissedOpen;
        };
    }

    /** When the open condition began (as in its {@link ConditionStarted}), or null when it is not open. */
    public Instant openSince(ConditionKind kind) {
        if (!isOpen(kind)) {
            return null;
        }
        return instant(
                switch (kind) {
                    case ABSENT -> deadline;
                    case OFF_POST, ROUTE_DEVIATION, EARLY_LEAVE -> offPostSince;
                    case STATIONARY -> anchorAt;
                    case SIGNAL_LOST -> signalLostSince;
                    case CHECKPOINT_MISSED -> end;
                });
    }

    static Instant instant(long millis) {
        return millis == NONE ? null : Instant.ofEpochMilli(millis);
    }
}
