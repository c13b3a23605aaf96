package org.patrolgrid.tracker.ingest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding one position payload as the load driver sends it: the whole of {@link NativePositionCodec#decode} (read,
 * type checks, validation, the {@code Position}) against the baseline of Jackson's {@code readTree} of the same bytes
 * alone, which the codec used to do before anything else. Score is payloads per second (one thread).
 *
 * <pre>
 * mvn -q -B -pl tracker -am -Pjmh package -DskipTests
 * java -jar tracker/target/tracker-benchmarks.jar PayloadDecode -f 1 -wi 3 -i 5 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PayloadDecodeBenchmark {
    private static final ObjectMapper TREE_READER = JsonMapper.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    /** A fix as the load driver writes it, and a buffered upload of 10 with an unknown nested field. */
    @Param({"fix", "batch10"})
    public String payload;

    private byte[] bytes;
    private NativePositionCodec codec;
    private Instant now;

    @Setup
    public void setUp() {
        now = Instant.now();
        long ts = now.minusSeconds(5).toEpochMilli();
        String fix = "{\"ts\":%d,\"lat\":30.7512345,\"lon\":120.7598765,\"acc\":5.0,\"speed\":1.2,\"course\":87.5,\"batt\":76}";
        String json = switch (payload) {
            case "fix" -> fix.formatted(ts);
            case "batch10" -> {
                StringBuilder b = new StringBuilder("[");
                for (int i = 0; i < 10; i++) {
                    b.append(i > 0 ? "," : "")
                            .append(fix.formatted(ts - i * 1000L), 0, fix.formatted(ts).length() - 1)
                            .append(",\"cell\":{\"mcc\":460,\"lac\":1234}}");
                }
                yield b.append(']').toString();
            }
            default -> throw new IllegalArgumentException(payload);
        };
        bytes = json.getBytes(StandardCharsets.UTF_8);
        codec = new NativePositionCodec(
                new PositionValidator(Clock.systemUTC(), Duration.ofMinutes(5), Duration.ofDays(7)), 100);
        if (!codec.decode("d1", bytes, now).rejected().isEmpty()) {
            throw new IllegalStateException(codec.decode("d1", bytes, now).summary());
        }
    }

    @Benchmark
    public Decoded decode() {
        return codec.decode("d1", bytes, now);
    }

    @Benchmark
    public JsonNode readTreeOnly() throws IOException {
        return TREE_READER.readTree(bytes);
    }
}
