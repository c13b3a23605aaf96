package org.patrolgrid.simulators.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {
    private static long[] oneToN(int n) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[n - 1 - i] = (i + 1) * 1_000_000L; // shuffled order does not matter: given descending
        }
        return values;
    }

    @Test
    void nearestRankPercentiles() {
        LatencySummary s = new LatencySummary(oneToN(200));
        assertEquals(200, s.count());
        assertEquals(100_000_000L, s.percentileNanos(50));
        assertEquals(198_000_000L, s.percentileNanos(99));
        assertEquals(200_000_000L, s.percentileNanos(100));
        assertEquals(200_000_000L, s.maxNanos());
        assertEquals(1_000_000L, s.percentileNanos(0.1));
    }

    @Test
    void p99OfFewSamplesIsTheLargest() {
        LatencySummary s = new LatencySummary(oneToN(50));
        assertEquals(50_000_000L, s.percentileNanos(99));
        assertEquals(25_000_000L, s.percentileNanos(50));
        assertEquals(new LatencySummary(new long[] {7}).percentileNanos(99), 7);
    }

    @Test
    void emptyIsNotANumber() {
        LatencySummary s = new LatencySummary(new long[0]);
        assertEquals(-1, s.percentileNanos(99));
        assertEquals("p50=n/a p99=n/a max=n/a", s.line(""));
        assertThrows(IllegalArgumentException.class, () -> s.percentileNanos(0));
    }

    @Test
    void lineIsInMillisecondsWithOneDecimal() {
        LatencySummary s = new LatencySummary(new long[] {1_250_000, 2_000_000, 93_460_000});
        assertEquals("x_p50=2.0ms x_p99=93.5ms x_max=93.5ms", s.line("x_"));
        ProbeResult result = new ProbeResult(4, s, new LatencySummary(new long[] {500_000}), List.of());
        assertEquals(
                "alert-latency summary: samples=4 received=3 missing=1 p50=2.0ms p99=93.5ms max=93.5ms"
                        + " puback_p50=0.5ms puback_p99=0.5ms puback_max=0.5ms",
                result.summaryLine());
    }

    @Test
    void timelineIsCsvWithEmptyCellsForWhatNeverCame() {
        ProbeResult result = new ProbeResult(
                2,
                new LatencySummary(new long[] {7_340_000}),
                new LatencySummary(new long[] {3_000_000}),
                List.of(
                        new ProbeSample(1, "probe-00001", 1_795_884_774_156L, 3_000_000, 7_340_000),
                        new ProbeSample(2, "probe-00002", 1_795_884_774_256L, -1, -1)));
        assertEquals(
                List.of(
                        "sample,device,sent_at_ms,puback_ms,alert_ms",
                        "1,probe-00001,1795884774156,3.0,7.3",
                        "2,probe-00002,1795884774256,,"),
                result.timelineCsv());
    }
}
