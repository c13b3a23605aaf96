package org.patrolgrid.geofence.attendance;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.patrolgrid.geofence.coverage.CellIndexer;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.geofence.zone.Zone;

/**
 * The same workload as {@link AttendanceProcessorBenchmark#processor}, timed in thread CPU time rather than wall
 * time, for a figure that holds on a shared, overloaded machine. Run with {@code java -cp
 * geofence/target/geofence-benchmarks.jar org.patrolgrid.geofence.attendance.ProcessorCpuThroughput [rounds]}.
 */
public final class ProcessorCpuThroughput {
    private ProcessorCpuThroughput() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        PatrolTracks world = new PatrolTracks();
        Map<String, Zone> byId = new HashMap<>();
        world.grids.forEach(g -> byId.put(g.id(), g));
        ShiftPlan plan = new ZoneGeometries(byId::get, CellIndexer.h3()).plan(List.of(world.area));
        int devices = AttendanceProcessorBenchmark.DEVICES;
        int fixes = AttendanceProcessorBenchmark.FIXES;
        Position[][] tracks = new Position[devices][];
        for (int d = 0; d < devices; d++) {
            tracks[d] = PatrolTracks.walk("dev-" + d, fixes, d);
        }
        AttendanceProcessor processor = new AttendanceProcessor(AttendanceConfig.DEFAULTS);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, Integer> events = new java.util.TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            AttendanceState[] states = new AttendanceState[devices];
            for (int d = 0; d < devices; d++) {
                Shift shift = new Shift("s" + d, "dev-" + d, List.of("a1"), PatrolTracks.START,
                        PatrolTracks.START.plus(Duration.ofHours(4)), ShiftRules.DEFAULTS);
                states[d] = processor.start(shift, plan);
            }
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int k = 0; k < fixes; k++) {
                for (int d = 0; d < devices; d++) {
                    for (AttendanceEvent e : processor.onPosition(states[d], tracks[d][k])) {
                        events.merge(describe(e), 1, Integer::sum);
                    }
                }
            }
            long nanos = cpu.getCurrentThreadCpuTime() - t0;
            if (round >= rounds / 2) {
                System.out.printf("round %d: %.0f positions per CPU-second%n", round, devices * fixes * 1e9 / nanos);
            }
        }
        System.out.println("events over all rounds: " + events);
    }

    private static String describe(AttendanceEvent e) {
        if (e instanceof ConditionStarted c) {
            return c.kind().wireName() + " started";
        }
        if (e instanceof ConditionEnded c) {
            return c.kind().wireName() + " ended";
        }
        return e.getClass().getSimpleName();
    }
}
