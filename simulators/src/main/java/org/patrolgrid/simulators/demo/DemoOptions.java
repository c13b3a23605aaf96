package org.patrolgrid.simulators.demo;

import java.time.Clock;

/**
 * What the in-process demo needs from the server: its loopback ports, the admin password, a seed for the world and the
 * staff, the clock shifts are laid out by, and how many collectors and officers to play.
 */
public record DemoOptions(
        int httpPort, int mqttPort, String adminPassword, long seed, Clock clock, int collectors, int officers) {
    public static final int DEFAULT_COLLECTORS = 30;
    public static final int DEFAULT_OFFICERS = 20;

    public DemoOptions {
        if (collectors < 0 || officers < 0 || collectors + officers == 0) {
            throw new IllegalArgumentException("the demo needs at least one person");
        }
    }

    /** 30 collectors and 20 officers. */
    public static DemoOptions of(int httpPort, int mqttPort, String adminPassword, long seed, Clock clock) {
        return new DemoOptions(httpPort, mqttPort, adminPassword, seed, clock, DEFAULT_COLLECTORS, DEFAULT_OFFICERS);
    }
}
