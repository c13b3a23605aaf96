package org.patrolgrid.simulators.load;

import org.HdrHistogram.Histogram;

/**
 * The outcome of a load run.
 *
 * @param atWindowEnd counters when the publishing window closed (the rates are computed from these)
 * @param afterDrain counters after waiting for the last acknowledgements
 * @param latencies QoS 1 acknowledgement latencies in microseconds
 * @param publishSeconds length of the publishing (or idle holding) window
 */
public record LoadResult(
        LoadStats.Snapshot atWindowEnd,
        LoadStats.Snapshot afterDrain,
        Histogram latencies,
        double publishSeconds,
        int qos,
        int devices) {

    public double ackedRate() {
        return publishSeconds > 0 ? atWindowEnd.acked() / publishSeconds : 0;
    }
}
