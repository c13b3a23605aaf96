package org.patrolgrid.tracker.pipeline;

import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.tracker.duty.DeviceDuty;

/** Drops a fix the device already sent (same fix time as the one before it, the batch being sorted). */
public final class FilterStep implements PositionStep {
    @Override
    public String name() {
        return "filter";
    }

    @Override
    public Verdict apply(DeviceDuty device, Position p, Changes out) {
        if (p.fixTime().equals(device.lastFix())) {
            return Verdict.drop("duplicate");
        }
        if (p.fixTime().isAfter(device.lastFix())) {
            device.lastFix(p.fixTime());
        }
        return Verdict.CONTINUE;
    }
}
