package org.patrolgrid.simulators.load;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/** The progress lines (stderr, every few seconds) and the one summary line (stdout) of a load run. */
public final class LoadReport {
    private LoadReport() {}

    /** A progress line: totals so far and the rates and latencies of the last interval. */
    public static String progressLine(
            double elapsedSeconds,
            LoadStats.Snapshot now,
            LoadStats.Snapshot before,
            double intervalSeconds,
            Histogram interval) {
        return String.format(
                Locale.ROOT,
                "load progress: t=%.0fs connected=%d connect_failed=%d sent=%d acked=%d failed=%d"
                        + " rate=%.0fmsg/s acked_rate=%.0fmsg/s p50=%s p99=%s",
                elapsedSeconds,
                now.connected(),
                now.connectFailed(),
                now.sent(),
                now.acked(),
                now.failed(),
                (now.sent() - before.sent()) / intervalSeconds,
                (now.acked() - before.acked()) / intervalSeconds,
                millis(interval, 50),
                millis(interval, 99));
    }

    /** The summary line; the rates are over the publishing window, counted when the window closed. */
    public static String summaryLine(LoadResult result) {
        LoadStats.Snapshot last = result.afterDrain();
        Histogram latencies = result.latencies();
        double seconds = result.publishSeconds();
        return String.format(
                Locale.ROOT,
                "load summary: sent=%d acked=%d failed=%d rate=%.0fmsg/s acked_rate=%.0fmsg/s p50=%s p99=%s max=%s"
                        + " duration=%.1fs qos=%d devices=%d connected=%d connect_failed=%d disconnects=%d"
                        + " positions=%d",
                last.sent(),
                last.acked(),
                last.failed(),
                seconds > 0 ? result.atWindowEnd().sent() / seconds : 0,
                seconds > 0 ? result.atWindowEnd().acked() / seconds : 0,
                millis(latencies, 50),
                millis(latencies, 99),
                latencies.getTotalCount() == 0 ? "-" : format(latencies.getMaxValue()),
                seconds,
                result.qos(),
                result.devices(),
                last.connected(),
                last.connectFailed(),
                last.disconnects(),
                last.positions());
    }

    private static String millis(Histogram histogram, double percentile) {
        return histogram == null || histogram.getTotalCount() == 0
                ? "-"
                : format(histogram.getValueAtPercentile(percentile));
    }

    private static String format(long micros) {
        return String.format(Locale.ROOT, "%.2fms", micros / 1000.0);
    }
}
