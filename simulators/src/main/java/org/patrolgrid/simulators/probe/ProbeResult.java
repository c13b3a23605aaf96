package org.patrolgrid.simulators.probe;

import java.util.ArrayList;
import java.util.List;

/**
 * What an alert-latency run measured.
 *
 * @param samples mock-flagged fixes published, one per probe device
 * @param alerts latency from the publish of each fix to its {@code suspicious_location} alert on the live stream, for
 *     the samples whose alert arrived in time
 * @param acks latency from the publish to the QoS 1 PUBACK
 * @param timeline every sample in publish order
 */
public record ProbeResult(int samples, LatencySummary alerts, LatencySummary acks, List<ProbeSample> timeline) {

    /** The timeline as CSV, a header line first. */
    public List<String> timelineCsv() {
        List<String> lines = new ArrayList<>(timeline.size() + 1);
        lines.add(ProbeSample.CSV_HEADER);
        timeline.forEach(sample -> lines.add(sample.csvLine()));
        return lines;
    }

    /** One line: {@code alert-latency summary: samples=.. received=.. missing=.. p50=..ms p99=..ms max=..ms ...}. */
    public String summaryLine() {
        return "alert-latency summary: samples=" + samples + " received=" + alerts.count() + " missing="
                + (samples - alerts.count()) + " " + alerts.line("") + " " + acks.line("puback_");
    }
}
