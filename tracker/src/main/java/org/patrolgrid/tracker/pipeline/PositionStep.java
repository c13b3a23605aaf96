package org.patrolgrid.tracker.pipeline;

import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.tracker.duty.DeviceDuty;

/** One step of the position pipeline: synchronous, no I/O; it changes only the device's state and {@code out}. */
public interface PositionStep {
    /** A short name for logs and the step-latency meter. */
    String name();

    Verdict apply(DeviceDuty device, Position p, Changes out);
}
