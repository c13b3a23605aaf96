package org.patrolgrid.geofence.attendance;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.patrolgrid.geofence.coverage.CellIndexer;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.geofence.zone.Zone;

/**
 * Positions per second through the whole attendance processor on one thread, coverage cells included: 64 collectors
 * walking an area of 40 unit grids for an hour (720 fixes each, fed round-robin as they would arrive), each with its
 * own state on one shared plan. Run with {@code java -jar geofence/target/geofence-benchmarks.jar
 * AttendanceProcessorBenchmark -wi 2 -i 3 -f 1 -r 2s}; the score is in operations (positions) per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AttendanceProcessorBenchmark {
    static final int DEVICES = 64;
    static final int FIXES = 720;

    private final AttendanceProcessor processor = new AttendanceProcessor(AttendanceConfig.DEFAULTS);
    private Position[][] tracks;
    private Shift[] shifts;
    private ShiftPlan plan;
    private AttendanceState[] states;

    @Setup(Level.Trial)
    public void build() {
        PatrolTracks world = new PatrolTracks();
        java.util.Map<String, Zone> byId = new java.util.HashMap<>();
        world.grids.forEach(g -> byId.put(g.id(), g));
        plan = new ZoneGeometries(byId::get, CellIndexer.h3()).plan(List.of(world.area));
        tracks = new Position[DEVICES][];
        shifts = new Shift[DEVICES];
        for (int d = 0; d < DEVICES; d++) {
            tracks[d] = PatrolTracks.walk("dev-" + d, FIXES, d);
            shifts[d] = new Shift(
                    "shift-" + d,
                    "dev-" + d,
                    List.of("a1"),
                    PatrolTracks.START,
                    PatrolTracks.START.plus(Duration.ofHours(4)),
                    ShiftRules.DEFAULTS);
        }
    }

    @Setup(Level.Invocation)
    public void freshStates() {
        states = new AttendanceState[DEVICES];
        for (int d = 0; d < DEVICES; d++) {
            states[d] = processor.start(shifts[d], plan);
        }
    }

    @Benchmark
    @OperationsPerInvocation(DEVICES * FIXES)
    public void processor(Blackhole hole) {
        for (int k = 0; k < FIXES; k++) {
            for (int d = 0; d < DEVICES; d++) {
                hole.consume(processor.onPosition(states[d], tracks[d][k]));
            }
        }
    }

    /** The baseline the cell raster avoids: one H3 JNI call per fix and nothing else. */
    @Benchmark
    @OperationsPerInvocation(DEVICES * FIXES)
    public void h3CallPerFix(Blackhole hole) {
        CellIndexer h3 = CellIndexer.h3();
        for (int k = 0; k < FIXES; k++) {
            for (int d = 0; d < DEVICES; d++) {
                Position p = tracks[d][k];
                hole.consume(h3.cell(p.lat(), p.lon()));
            }
        }
    }
}
