package org.patrolgrid.simulators.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.Checkpoint;
import org.patrolgrid.geofence.zone.RouteZone;
import org.patrolgrid.geofence.zone.Zone;
import org.patrolgrid.simulators.staff.Behaviour;
import org.patrolgrid.simulators.staff.BehaviourMix;
import org.patrolgrid.simulators.staff.SimFix;
import org.patrolgrid.simulators.world.JiaxingWorld;
import org.patrolgrid.simulators.world.JiaxingWorldGenerator;

/**
 * The ground truth of a generated scenario checked against its own fixes with plain geometry (never the server's
 * processor): each scripted behaviour shows in the fixes with the documented margin, and no other behaviour does.
 */
class ScenarioGeneratorTest {
    private static final long SEED = 3;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final long MINUTE = 60_000;

    private static Scenario scenario;
    private static Map<String, Zone> zones;
    private static ZoneProbe probe;

    @BeforeAll
    static void generate() {
        scenario = generator(SEED).generate(30, 20, DAY);
        JiaxingWorld world = JiaxingWorldGenerator.bundled().generate(SEED);
        zones = new HashMap<>();
        world.zones().forEach(z -> zones.put(z.id(), z));
        probe = new ZoneProbe(world);
    }

    /** Every behaviour equally likely, so that each one is checked. */
    private static ScenarioGenerator generator(long seed) {
        Map<Behaviour, Double> even = new EnumMap<>(Behaviour.class);
        for (Behaviour b : Behaviour.values()) {
            even.put(b, 1.0);
        }
        return new ScenarioGenerator(
                seed, new BehaviourMix(even), ScenarioGenerator.SCENARIO_RULES, "sim" + seed + "-");
    }

    @Test
    void sameSeedGivesTheSameScenarioAndAnotherSeedAnother() {
        assertEquals(scenario, generator(SEED).generate(30, 20, DAY));
        Scenario other = generator(SEED + 1).generate(30, 20, DAY);
        assertNotEquals(scenario.fixes(), other.fixes());
    }

    @Test
    void planStartsWithThirtyCollectorsAndAMixOfBehaviours() {
        assertEquals(50, scenario.shifts().size());
        assertEquals(
                30,
                scenario.devices().stream()
                        .filter(d -> d.kind().equals("collector"))
                        .count());
        Set<Behaviour> seen = EnumSet.noneOf(Behaviour.class);
        scenario.shifts().forEach(s -> seen.add(s.behaviour()));
        assertEquals(EnumSet.allOf(Behaviour.class), seen);
        long areas = scenario.shifts().stream()
                .filter(s -> s.device().contains("-c"))
                .map(s -> s.zones().get(0))
                .distinct()
                .count();
        assertTrue(areas >= 20, "collectors share only " + areas + " patrol areas");
        assertTrue(scenario.devices().stream()
                .allMatch(d -> zones.containsKey(scenario.shifts().stream()
                        .filter(s -> s.device().equals(d.device()))
                        .findFirst()
                        .orElseThrow()
                        .zones()
                        .get(0))));
    }

    @Test
    void fixesComeInFixTimeOrderEvery5To30Seconds() {
        for (List<SimFix> fixes : scenario.fixes().values()) {
            for (int i = 1; i < fixes.size(); i++) {
                long gap = fixes.get(i).ts() - fixes.get(i - 1).ts();
                assertTrue(gap >= 5_000 && gap <= 30_000, "gap " + gap);
            }
        }
    }

    @Test
    void expectedStatusFollowsTheBehaviour() {
        for (ScenarioShift s : scenario.shifts()) {
            String status = s.expected().status();
            switch (s.behaviour()) {
                case ABSENT, MOCK_LOCATION -> assertEquals("absent", status);
                case LATE -> assertEquals("late", status);
                case EARLY_LEAVE -> assertEquals("early_leave", status);
                case SKIPS_ROUTE -> assertEquals("incomplete", status);
                default -> assertEquals("present", status, s.device() + " " + s.behaviour());
            }
            assertTrue(s.expected().alerts().stream().noneMatch(s.expected().tolerated()::contains));
        }
    }

    @Test
    void arrivalIsClearlyOnTimeOrClearlyLate() {
        for (ScenarioShift s : scenario.shifts()) {
            List<SimFix> fixes = scenario.fixes().get(s.device());
            if (s.behaviour() == Behaviour.ABSENT) {
                assertTrue(fixes.isEmpty());
                continue;
            }
            Zone zone = zones.get(s.zones().get(0));
            long firstInside = fixes.stream()
                    .filter(f -> probe.outside(zone, f.lat(), f.lon()) == 0)
                    .mapToLong(SimFix::ts)
                    .min()
                    .orElseThrow();
            long deadline = s.start().toEpochMilli() + 10 * MINUTE;
            if (s.behaviour() == Behaviour.LATE) {
                assertTrue(firstInside >= deadline + 8 * MINUTE, s.device() + " not clearly late");
            } else {
                assertTrue(firstInside <= s.start().toEpochMilli() + 3 * MINUTE, s.device() + " not clearly on time");
            }
        }
    }

    @Test
    void onlyLeaversAreClearlyOutsideForLong() {
        for (ScenarioShift s : scenario.shifts()) {
            List<SimFix> fixes = inShift(s);
            Zone zone = zones.get(s.zones().get(0));
            long longest = 0, since = -1, longestEnd = -1, lastInside = -1;
            for (SimFix f : fixes) {
                double outside = probe.outside(zone, f.lat(), f.lon());
                if (outside > 2 * f.acc() + 10 && !isJump(s, f)) {
                    since = since < 0 ? f.ts() : since;
                    if (f.ts() - since >= longest) {
                        longest = f.ts() - since;
                        longestEnd = f.ts();
                    }
                } else if (outside == 0) {
                    lastInside = f.ts();
                    since = -1;
                }
            }
            boolean backAfter = lastInside > longestEnd;
            switch (s.behaviour()) {
                case LEAVES_AREA -> assertTrue(longest >= 20 * MINUTE && backAfter, s.device() + " " + longest);
                case EARLY_LEAVE -> assertTrue(longest >= 40 * MINUTE && !backAfter, s.device() + " " + longest);
                default -> assertTrue(longest < MINUTE, s.device() + " " + s.behaviour() + " out for " + longest);
            }
        }
    }

    @Test
    void onlyStationaryPeopleStandStillOnAPatrol() {
        for (ScenarioShift s : scenario.shifts()) {
            if (s.zones().get(0).startsWith("post-")) {
                continue;
            }
            long still = longestWithin(inShift(s), 30);
            if (s.behaviour() == Behaviour.STATIONARY) {
                assertTrue(still >= 45 * MINUTE, s.device() + " still for " + still);
            } else if (s.behaviour() != Behaviour.EARLY_LEAVE && s.behaviour() != Behaviour.LEAVES_AREA) {
                assertTrue(still < 10 * MINUTE, s.device() + " " + s.behaviour() + " still for " + still);
            }
        }
    }

    @Test
    void deviceEffectsBelongToTheirBehaviour() {
        for (ScenarioShift s : scenario.shifts()) {
            List<SimFix> fixes = scenario.fixes().get(s.device());
            Behaviour b = s.behaviour();
            assertEquals(
                    b == Behaviour.MOCK_LOCATION,
                    !fixes.isEmpty() && fixes.stream().allMatch(SimFix::mock));
            assertTrue(b == Behaviour.MOCK_LOCATION || fixes.stream().noneMatch(SimFix::mock));
            double minBattery = fixes.stream().mapToDouble(SimFix::batt).min().orElse(100);
            assertEquals(b == Behaviour.LOW_BATTERY, minBattery < 15, s.device() + " battery " + minBattery);
            assertTrue(b == Behaviour.LOW_BATTERY || minBattery >= 25);
            long buffered = fixes.stream().filter(f -> f.sendAt() > f.ts()).count();
            assertEquals(b == Behaviour.SIGNAL_LOSS, buffered > 0, s.device());
            if (b == Behaviour.SIGNAL_LOSS) {
                long from = fixes.stream()
                        .filter(f -> f.sendAt() > f.ts())
                        .mapToLong(SimFix::ts)
                        .min()
                        .orElseThrow();
                long upload = fixes.stream().mapToLong(SimFix::sendAt).max().orElseThrow();
                assertTrue(upload - from >= 20 * MINUTE - 30_000, s.device() + " buffered only " + (upload - from));
            }
            long jumps = fixes.stream().filter(f -> isJump(s, f)).count();
            assertEquals(b == Behaviour.GPS_NOISE, jumps >= 2, s.device() + " jumps " + jumps);
        }
    }

    @Test
    void routeCheckpointsAreAllVisitedUnlessSkipped() {
        for (ScenarioShift s : scenario.shifts()) {
            if (!(zones.get(s.zones().get(0)) instanceof RouteZone route)
                    || s.expected().status().equals("absent")) {
                continue;
            }
            long missed = route.checkpoints().stream()
                    .filter(c -> !visited(c, inShift(s)))
                    .count();
            assertEquals(s.expected().alerts().contains("checkpoint_missed"), missed > 0, s.device());
            if (s.behaviour() == Behaviour.SKIPS_ROUTE) {
                assertTrue(missed >= 1);
            }
        }
    }

    @Test
    void areaPatrolsCoverTheirGridsUnlessSkipped() {
        for (ScenarioShift s : scenario.shifts()) {
            if (!(zones.get(s.zones().get(0)) instanceof AreaZone area)
                    || s.expected().status().equals("absent")) {
                continue;
            }
            double share = probe.gridsVisited(area, inShift(s))
                    / (double) area.gridIds().size();
            if (s.behaviour() == Behaviour.SKIPS_ROUTE) {
                assertTrue(share <= 2.0 / area.gridIds().size() + 1e-9, s.device() + " share " + share);
            } else if (s.behaviour() != Behaviour.EARLY_LEAVE) {
                assertTrue(share >= 0.6, s.device() + " " + s.behaviour() + " share " + share);
            }
        }
    }

    private static boolean visited(Checkpoint c, List<SimFix> fixes) {
        return fixes.stream()
                .anyMatch(f ->
                        org.patrolgrid.geofence.geo.Geo.meters(f.lat(), f.lon(), c.lat(), c.lon()) <= c.radiusMeters());
    }

    /** Non-mock fixes within the shift. */
    private static List<SimFix> inShift(ScenarioShift s) {
        return scenario.fixes().get(s.device()).stream()
                .filter(f ->
                        f.ts() >= s.start().toEpochMilli() && f.ts() < s.end().toEpochMilli() && !f.mock())
                .toList();
    }

    /** A fix more than 1 km from both neighbours. */
    private static boolean isJump(ScenarioShift s, SimFix f) {
        List<SimFix> fixes = scenario.fixes().get(s.device());
        int i = fixes.indexOf(f);
        if (i <= 0 || i >= fixes.size() - 1) {
            return false;
        }
        SimFix a = fixes.get(i - 1), b = fixes.get(i + 1);
        return probe.meters(a, f) > 1000 && probe.meters(f, b) > 1000;
    }

    /** The longest time all consecutive fixes stay within {@code radius} m of the first of them. */
    private static long longestWithin(List<SimFix> fixes, double radius) {
        long longest = 0;
        for (int i = 0; i < fixes.size(); i++) {
            int j = i;
            while (j + 1 < fixes.size() && probe.meters(fixes.get(i), fixes.get(j + 1)) <= radius) {
                j++;
            }
            longest = Math.max(longest, fixes.get(j).ts() - fixes.get(i).ts());
        }
        assertFalse(longest < 0);
        return longest;
    }
}
