package org.patrolgrid.geofence.index;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.patrolgrid.geofence.zone.Zone;

/**
 * Point lookups over 10,000 generated Jiaxing unit grids: our cell index against an STRtree with prepared geometries
 * and against a brute-force JTS loop, in one run. Score is lookups per second (one thread).
 *
 * <pre>
 * mvn -q -B -pl geofence -am -Pjmh package -DskipTests
 * java -jar geofence/target/geofence-benchmarks.jar ZoneIndex -f 1 -wi 2 -i 3 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ZoneIndexBenchmark {
    private static final int QUERIES = 1 << 16;

    @Param({"cell", "strtree", "brute"})
    public String index;

    private ZoneIndex zones;
    private double[] lat;
    private double[] lon;
    private int next;

    @Setup
    public void setUp() {
        List<Zone> grids = JiaxingGrids.generate(100, 100, 42);
        zones = switch (index) {
            case "cell" -> new CellZoneIndex(grids);
            case "strtree" -> new StrTreeZoneIndex(grids);
            case "brute" -> new BruteForceZoneIndex(grids);
            default -> throw new IllegalArgumentException(index);
        };
        double[][] q = JiaxingGrids.queries(QUERIES, 7);
        lat = q[0];
        lon = q[1];
    }

    @Benchmark
    public List<Zone> containing() {
        int i = next++ & (QUERIES - 1);
        return zones.containing(lat[i], lon[i]);
    }
}
