package org.patrolgrid.tracker.duty;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.patrolgrid.geofence.attendance.AttendanceRecord;
import org.patrolgrid.geofence.attendance.AttendanceState;
import org.patrolgrid.geofence.attendance.ShiftPlan;
import org.patrolgrid.geofence.shift.Shift;

/**
 * One active shift on its owner: the processor's state, whether its record awaits a write, and the record last
 * written.
 */
public final class ShiftDuty {
    /** Fixes this long before the start count (as the processor's early arrival). */
    public static final long EARLY_MILLIS = 30 * 60_000L;

    private final Shift shift;
    private final AttendanceState state;
    private final ShiftPlan plan;
    private Instant lastFix;
    private boolean dirty = true;
    private AttendanceRecord written;
    private Instant writtenAt = Instant.MIN;

    /** @param lastFix the newest fix the state has seen ({@link Instant#MIN} for none) */
    public ShiftDuty(Shift shift, AttendanceState state, ShiftPlan plan, Instant lastFix) {
        this.shift = shift;
        this.state = state;
        this.plan = plan;
        this.lastFix = lastFix;
    }

    public ShiftPlan plan() {
        return plan;
    }

    /**
     * Notes a fix fed to the state; answers false when it is older than one already seen, so that the
     * order-dependent parts of the record (off post, stationary, route links) need a rebuild from storage.
     */
    public boolean inOrder(Instant t) {
        if (t.isBefore(lastFix)) {
            return false;
        }
        lastFix = t;
        return true;
    }

    public Shift shift() {
        return shift;
    }

    public AttendanceState state() {
        return state;
    }

    /** The zone the shift's alerts name: its first zone. */
    public String zone() {
        return shift.zoneIds().get(0);
    }

    /** True when a fix at {@code t} can change this shift's record. */
    public boolean concerns(Instant t) {
        long ms = t.toEpochMilli();
        return ms >= shift.start().toEpochMilli() - EARLY_MILLIS && t.isBefore(shift.end());
    }

    public void markDirty() {
        dirty = true;
    }

    public boolean isDirty() {
        return dirty;
    }

    /**
     * True when {@code record} is worth a write now: it tells something the last written record did not (status,
     * arrival, leaving, grids, cells or checkpoints visited), or what changed is only the running figures (minutes,
     * a post's coverage, route adherence) and those were written {@code refresh} ago or longer.
     */
    public boolean writeDue(AttendanceRecord record, Instant now, Duration refresh) {
        return written == null || !sameMilestones(written, record) || !now.isBefore(writtenAt.plus(refresh));
    }

    /** Notes the record as handed to storage (and clears the dirty mark); a failed write marks it dirty again. */
    public void written(AttendanceRecord record, Instant at) {
        written = record;
        writtenAt = at;
        dirty = false;
    }

    private static boolean sameMilestones(AttendanceRecord a, AttendanceRecord b) {
        return a.status() == b.status()
                && Objects.equals(a.arrivedAt(), b.arrivedAt())
                && Objects.equals(a.leftAt(), b.leftAt())
                && a.gridsVisited() == b.gridsVisited()
                && a.cellsVisited() == b.cellsVisited()
                && a.checkpointsVisited() == b.checkpointsVisited();
    }
}
