package org.patrolgrid.tracker.duty;

import java.time.Instant;
import org.patrolgrid.geofence.attendance.AttendanceState;
import org.patrolgrid.geofence.attendance.ShiftPlan;
import org.patrolgrid.geofence.shift.Shift;

/** One active shift on its owner: the processor's state and whether its record awaits a write. */
public final class ShiftDuty {
    /** Fixes this long before the start count (as the processor's early arrival). */
    public static final long EARLY_MILLIS = 30 * 60_000L;

    private final Shift shift;
    private final AttendanceState state;
    private final ShiftPlan plan;
    private Instant lastFix;
    private boolean dirty = true;

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

    /** Answers whether the record was dirty, and clears the mark. */
    public boolean takeDirty() {
        boolean was = dirty;
        dirty = false;
        return was;
    }
}
