package org.patrolgrid.simulators.scenario;

import java.util.Map;

/**
 * What a push did: zones created, devices registered, shift ids by device, fixes published and fixes skipped because
 * they lay too far in the future for the server (CONTRACT §2: more than 5 minutes).
 */
public record PushReport(
        int zonesCreated, int devices, Map<String, String> shiftIds, long fixesSent, long fixesSkipped) {
    public PushReport {
        shiftIds = Map.copyOf(shiftIds);
    }
}
