package org.patrolgrid.simulators.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.patrolgrid.simulators.load.DeviceMotion;
import org.patrolgrid.simulators.load.TourDevice;
import org.patrolgrid.simulators.staff.PatrolKind;
import org.patrolgrid.simulators.world.JiaxingWorldGenerator;

/**
 * World-aware movement for the load mode: each device goes round one patrol of the Jiaxing world of the seed, walking
 * a patrol area (1.3 m/s) or a post (1 m/s), or riding a route (4 m/s); devices are dealt over the patrols by seed.
 */
public final class WorldMotion {
    private WorldMotion() {}

    public static DeviceMotion of(long worldSeed) {
        StaffRoster roster =
                new StaffRoster(JiaxingWorldGenerator.bundled().generate(worldSeed), new SplittableRandom(worldSeed));
        List<StaffRoster.Assignment> patrols = new ArrayList<>();
        for (int i = 0; i < roster.walkableAreas(); i++) {
            patrols.add(roster.collector(i));
        }
        for (int i = 0; i < 2 * roster.walkableAreas(); i++) {
            patrols.add(roster.officer(i));
        }
        return (seed, startTs) -> {
            StaffRoster.Assignment job = patrols.get((int) Math.floorMod(seed, (long) patrols.size()));
            double speed = job.kind() == PatrolKind.ROUTE ? 4.0 : job.kind() == PatrolKind.POST ? 1.0 : 1.3;
            return new TourDevice(job.tour(), speed, seed, startTs);
        };
    }
}
