package org.patrolgrid.tracker.duty;

import java.time.Instant;
import org.patrolgrid.geofence.attendance.AttendanceState;
import org.patrolgrid.geofence.shift.Shift;

/** One active shift on its owner: the processor's state and whether its record awaits a write. */
public final class ShiftDuty {
    /** Fixes this long before the start count (as the processor's early arrival). */
    public static final long EARLY_MILLIS = 30 * 60_000L;

    private final Shift shift;
    private final AttendanceState state;
    private boolean dirty = true;

    public ShiftDuty(Shift shift, AttendanceState state) {
        this.shift = shift;
        this.state = state;
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
