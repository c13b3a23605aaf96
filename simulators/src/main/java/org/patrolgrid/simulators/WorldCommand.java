package org.patrolgrid.simulators;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.patrolgrid.simulators.world.JiaxingWorld;
import org.patrolgrid.simulators.world.JiaxingWorldGenerator;
import org.patrolgrid.simulators.world.WorldGeoJson;

/** {@code world [--seed S]}: writes the Jiaxing demo world as a GeoJSON FeatureCollection (UTF-8) to stdout. */
final class WorldCommand {
    static final long DEFAULT_SEED = 1;

    private WorldCommand() {}

    static int run(List<String> args) {
        long seed;
        try {
            seed = new CommandLineFlags(args, Set.of("--seed"), Set.of()).longValue("--seed", DEFAULT_SEED);
        } catch (IllegalArgumentException e) {
            System.err.println("patrolgrid-sim world: " + e.getMessage() + "; usage: world [--seed S]");
            return 2;
        }
        JiaxingWorld world = JiaxingWorldGenerator.bundled().generate(seed);
        WorldGeoJson.write(world, new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        System.err.printf(
                "world seed=%d: %d grids, %d areas, %d posts, %d routes%n",
                seed,
                world.grids().size(),
                world.areas().size(),
                world.posts().size(),
                world.routes().size());
        return 0;
    }
}
