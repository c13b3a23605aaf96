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
        long sendAt) {

    /** Rounded as a device would send it: 1e-7° (about 1 cm), 0.1 m, 0.01 m/s, 0.1°, 0.1 %. */
    public SimFix rounded() {
        return new SimFix(
                ts,
                round(lat, 1e7),
                round(lon, 1e7),
                round(acc, 10),
                round(speed, 100),
                round(course, 10),
                round(batt, 10),
                mock,
                sendAt);
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
