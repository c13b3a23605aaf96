package org.patrolgrid.simulators.staff;

/**
 * One generated fix. {@code ts} is the fix time and {@code sendAt} when the device hands it to the network: equal for
 * live fixes, later for fixes buffered while out of signal. Both in epoch milliseconds.
 */
public record SimFix(
        long ts,
        double lat,
        double lon,
        double acc,
        double speed,
        double course,
        double batt,
        boolean mock,
        long sendAt) {}
