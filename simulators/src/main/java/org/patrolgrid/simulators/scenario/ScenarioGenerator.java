package org.patrolgrid.simulators.scenario;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Point;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.geofence.zone.Zone;
import org.patrolgrid.simulators.scenario.StaffRoster.Assignment;
import org.patrolgrid.simulators.staff.Behaviour;
import org.patrolgrid.simulators.staff.BehaviourMix;
import org.patrolgrid.simulators.staff.FixSampler;
import org.patrolgrid.simulators.staff.PatrolKind;
import org.patrolgrid.simulators.staff.ScriptedShift;
import org.patrolgrid.simulators.staff.ShiftScript;
import org.patrolgrid.simulators.staff.ShiftSetting;
import org.patrolgrid.simulators.staff.SimFix;
import org.patrolgrid.simulators.trace.Trace;
import org.patrolgrid.simulators.trace.TraceRelocator;
import org.patrolgrid.simulators.world.JiaxingWorld;
import org.patrolgrid.simulators.world.JiaxingWorldGenerator;
import org.patrolgrid.simulators.world.WorldGeoJson;

/**
 * Generates scenarios: the world of the seed, one shift per person with a behaviour drawn from the mix, scripted into
 * fixes and ground truth. Deterministic: the same seed, sizes, windows and mix give the same scenario. Collectors walk
 * at 1.2–1.5 m/s with a fix every 5–15 s; post officers walk at 1 m/s with a fix every 10–30 s; route officers ride
 * e-bikes at 3.5–4.5 m/s with a fix every 5–15 s (at most 68 m apart, within the server's 100 m route link).
 */
public final class ScenarioGenerator {
    /** The scenario rules: the server defaults, except a minimum coverage of 0.25 (see {@code ShiftTruth}). */
    public static final ShiftRules SCENARIO_RULES = new ShiftRules(10, 10, 30, 10, 0.25);

    private static final int REDRAWS = 5;

    private final long seed;
    private final BehaviourMix mix;
    private final ShiftRules rules;
    private final String prefix;
    private final boolean everyBehaviourFirst;

    public ScenarioGenerator(long seed, BehaviourMix mix, ShiftRules rules, String prefix) {
        this(seed, mix, rules, prefix, false);
    }

    private ScenarioGenerator(long seed, BehaviourMix mix, ShiftRules rules, String prefix, boolean everyFirst) {
        this.everyBehaviourFirst = everyFirst;
        this.seed = seed;
        this.mix = mix;
        this.rules = rules;
        this.prefix = prefix;
    }

    /** The standard mix and rules; device ids {@code sim<seed>-c01}, {@code sim<seed>-o01}, ... */
    public static ScenarioGenerator standard(long seed) {
        return new ScenarioGenerator(seed, BehaviourMix.standard(), SCENARIO_RULES, "sim" + seed + "-");
    }

    /**
     * The same generator, except that the first collectors get one behaviour each, in {@link Behaviour} order, so a
     * demo with at least {@code Behaviour.values().length} collectors shows every kind of alert.
     */
    public ScenarioGenerator withEveryBehaviourFirst() {
        return new ScenarioGenerator(seed, mix, rules, prefix, true);
    }

    public Scenario generate(int collectors, int officers, LocalDate day) {
        return generate(collectors, officers, day, ShiftWindows.morningOf(day));
    }

    public Scenario generate(int collectors, int officers, LocalDate day, ShiftWindows windows) {
        return generate(collectors, officers, day, windows, List.of());
    }

    /**
     * With replayed traces as additional devices ({@code <prefix>t01}, ...) that have no shift: trace k is centred on
     * the k-th collector's patrol area and starts at the collectors' start, its shape and timing kept.
     */
    public Scenario generate(int collectors, int officers, LocalDate day, ShiftWindows windows, List<Trace> traces) {
        JiaxingWorld world = JiaxingWorldGenerator.bundled().generate(seed);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5eed_5eedL);
        StaffRoster roster = new StaffRoster(world, random.split());
        List<StaffMember> devices = new ArrayList<>();
        List<ScenarioShift> shifts = new ArrayList<>();
        Map<String, List<SimFix>> fixes = new LinkedHashMap<>();
        for (int i = 0; i < collectors + officers; i++) {
            boolean collector = i < collectors;
            int n = collector ? i : i - collectors;
            Assignment job = collector ? roster.collector(n) : roster.officer(n);
            String id = String.format("%s%s%02d", prefix, collector ? "c" : "o", n + 1);
            Instant start = collector ? windows.collectorStart() : windows.officerStart();
            Instant end = collector ? windows.collectorEnd() : windows.officerEnd();
            ShiftSetting setting = setting(job, start, end, random.split());
            Behaviour fixed = everyBehaviourFirst && i < Behaviour.values().length ? Behaviour.values()[i] : null;
            ScriptedShift scripted = script(setting, fixed, random.split());
            devices.add(member(id, collector, n, job));
            shifts.add(new ScenarioShift(
                    id, List.of(job.zone().id()), start, end, rules, scripted.behaviour(), scripted.expected()));
            fixes.put(id, scripted.fixes());
        }
        for (int k = 0; k < traces.size(); k++) {
            Zone area = roster.collector(k).zone();
            Point centre = area.footprint().getInteriorPoint();
            String id = String.format("%st%02d", prefix, k + 1);
            devices.add(
                    new StaffMember(id, "轨迹回放" + String.format("%02d", k + 1), "collector", "轨迹回放", area.district()));
            fixes.put(
                    id,
                    TraceRelocator.relocate(
                            traces.get(k),
                            centre.getY(),
                            centre.getX(),
                            windows.collectorStart().toEpochMilli()));
        }
        return new Scenario(seed, day, geoJson(world), devices, shifts, fixes);
    }

    /** Draws a behaviour and scripts it; redraws when the walk lands between the completeness margins. */
    private ScriptedShift script(ShiftSetting setting, Behaviour fixed, SplittableRandom random) {
        ScriptedShift scripted = null;
        for (int attempt = 0; attempt < REDRAWS && (scripted == null || !scripted.clear()); attempt++) {
            Behaviour behaviour =
                    fixed != null && fixed.appliesTo(setting.kind()) ? fixed : mix.pick(random, setting.kind());
            scripted = new ShiftScript(setting, random.split()).script(behaviour);
        }
        return scripted;
    }

    private ShiftSetting setting(Assignment job, Instant start, Instant end, SplittableRandom random) {
        double speed;
        FixSampler sampler;
        switch (job.kind()) {
            case AREA -> {
                speed = 1.2 + random.nextDouble() * 0.3;
                sampler = new FixSampler(5_000, 15_000, 4, 12, 3);
            }
            case POST -> {
                speed = 1.0;
                sampler = new FixSampler(10_000, 30_000, 4, 12, 3);
            }
            default -> {
                speed = 3.5 + random.nextDouble();
                sampler = new FixSampler(5_000, 15_000, 4, 12, 3);
            }
        }
        return new ShiftSetting(
                job.kind(), job.zone(), job.tour(), job.skipped(), job.marks(), start, end, rules, speed, sampler);
    }

    private static StaffMember member(String id, boolean collector, int n, Assignment job) {
        String name = (collector ? "信息采集员" : "执法队员") + String.format("%02d", n + 1);
        String unit = collector ? "信息采集一队" : job.kind() == PatrolKind.POST ? "执法定岗中队" : "执法巡查中队";
        return new StaffMember(
                id, name, collector ? "collector" : "officer", unit, job.zone().district());
    }

    /** The world as compact GeoJSON, exactly as {@link ScenarioFile} writes it back. */
    private static String geoJson(JiaxingWorld world) {
        StringWriter out = new StringWriter();
        WorldGeoJson.write(world, out);
        return ScenarioFile.compact(out.toString());
    }
}
