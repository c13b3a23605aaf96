package org.patrolgrid.geofence.attendance;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one shift (CONTRACT.md §3 "Attendance"), as of a given time.
 *
 * @param arrivedAt first fix on post (not before the start), or null
 * @param leftAt start of the off-post spell at the end for an early leave, else after the end the last fix on post,
 *     else null
 * @param onDutyMinutes from arrival to the end (or now, or leaving), minus off-post minutes
 * @param offPostMinutes total time of the off-post spells, each from its first fix outside until the return or end
 * @param coverage for grid and area zones, H3 resolution-11 cells visited over cells of the zones; for a route-only
 *     shift its adherence; for posts the share of the shift spent on duty
 * @param routeAdherence share of the routes' length walked within the corridor, or null when the shift has no route
 */
public record AttendanceRecord(
        String shift,
        String device,
        List<String> zones,
        Instant start,
        Instant end,
        AttendanceStatus status,
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
        Double routeAdherence) {}
