package org.patrolgrid.simulators.probe;

/**
 * One sample of an alert-latency run, to line its latency up with what the server did at that moment.
 *
 * @param sentAtMillis wall-clock time of the publish, epoch milliseconds
 * @param pubackNanos publish to PUBACK, or -1 when none came
 * @param alertNanos publish to the alert on the live stream, or -1 when none came in time
 */
public record ProbeSample(int index, String device, long sentAtMillis, long pubackNanos, long alertNanos) {
    static final String CSV_HEADER = "sample,device,sent_at_ms,puback_ms,alert_ms";

    String csvLine() {
        return index + "," + device + "," + sentAtMillis + "," + millis(pubackNanos) + "," + millis(alertNanos);
    }

    private static String millis(long nanos) {
        return nanos < 0 ? "" : String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
