package org.patrolgrid.simulators.load;

/** A simulated device that moves from fix to fix; not thread-safe: one device lives on one event loop. */
public interface MovingDevice {
    /**
     * Moves to the next fix, at {@code wantedTs} or, if that is not after the last fix, one millisecond after it.
     *
     * @return the time stamp of the new fix
     */
    long step(long wantedTs);

    double lat();

    double lon();

    double acc();

    double speed();

    double course();

    double batt();
}
