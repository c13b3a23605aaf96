package org.patrolgrid.simulators;

import java.util.List;

/** {@code world [--seed S]}: writes the Jiaxing demo world as a GeoJSON FeatureCollection to stdout. */
final class WorldCommand {
    private WorldCommand() {}

    static int run(List<String> args) {
        System.err.println("patrolgrid-sim world: not built yet");
        return 1;
    }
}
