package org.patrolgrid.web.store;

import java.time.Instant;
import java.util.List;

/**
 * The attendance of one shift as the API shows it, with the device's name, unit and district for reports. A shift
 * the tracker has not written a record for yet is {@code scheduled} with zero figures.
 *
 * @param routeAdherence share of the route walked in its corridor, null when the shift has no route
 */
public record AttendanceRow(
        long shift,
        String device,
        String name,
        String unit,
        String district,
        List<String> zones,
        Instant start,
        Instant end,
        String status,
        Instant arrivedAt,
        Instant leftAt,
        double onDutyMinutes,
        double offPostMinutes,
        double coverage,
        int gridsVisited,
        int gridsTotal,
        int cellsVisited,
        int cellsTotal,
        int checkpointsVisited,
        int checkpointsTotal,
        Double routeAdherence) {
    public AttendanceRow {
        zones = List.copyOf(zones);
    }
}
