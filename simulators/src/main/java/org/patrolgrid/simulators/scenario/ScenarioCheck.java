package org.patrolgrid.simulators.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a scenario's ground truth with the server's {@code GET /api/v1/attendance?date=} and
 * {@code GET /api/v1/alerts?date=} answers (CONTRACT §3). A shift's record is found by device and start time, its
 * alerts by the record's shift id. Pure: no I/O.
 */
public final class ScenarioCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioCheck() {}

    public static ScenarioDiff compare(Scenario scenario, String attendanceJson, String alertsJson) {
        Map<String, JsonNode> records = new HashMap<>();
        for (JsonNode record : array(attendanceJson, "attendance")) {
            records.put(key(record.path("device").asText(), record.path("start").asText()), record);
        }
        Map<String, List<JsonNode>> alerts = new HashMap<>();
        for (JsonNode alert : array(alertsJson, "alerts")) {
            JsonNode shift = alert.path("shift");
            alerts.computeIfAbsent(
                            shift.isNull() || shift.isMissingNode() ? "" : shift.asText(), s -> new ArrayList<>())
                    .add(alert);
        }
        List<ShiftDiff> diffs = new ArrayList<>();
        Map<ScenarioShift, Double> coverage = ExpectedCoverage.of(scenario);
        for (ScenarioShift shift : scenario.shifts()) {
            JsonNode record = records.get(key(shift.device(), shift.start().toString()));
            List<JsonNode> raised = new ArrayList<>(
                    record == null
                            ? List.of()
                            : alerts.getOrDefault(record.path("shift").asText(), List.of()));
            raised.addAll(deviceAlertsDuring(alerts.getOrDefault("", List.of()), shift));
            diffs.add(diff(shift, record, raised, coverage.get(shift)));
        }
        return new ScenarioDiff(diffs);
    }

    /**
     * Device-level alerts (low battery, sos) carry no shift when they were raised while no shift was known for the
     * device, e.g. fixes uploaded before the shift was planned: they count for the shift whose window holds them.
     */
    private static List<JsonNode> deviceAlertsDuring(List<JsonNode> unattached, ScenarioShift shift) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode alert : unattached) {
            if (!alert.path("device").asText().equals(shift.device())) {
                continue;
            }
            try {
                java.time.Instant opened = java.time.OffsetDateTime.parse(
                                alert.path("openedAt").asText())
                        .toInstant();
                if (!opened.isBefore(shift.start()) && opened.isBefore(shift.end())) {
                    out.add(alert);
                }
            } catch (java.time.format.DateTimeParseException e) {
                // not a time: cannot be placed in a shift
            }
        }
        return out;
    }

    private static ShiftDiff diff(
            ScenarioShift shift, JsonNode record, List<JsonNode> raised, Double expectedCoverage) {
        Set<String> kinds = new TreeSet<>();
        Set<String> unexpected = new TreeSet<>();
        for (JsonNode alert : raised) {
            String kind = alert.path("kind").asText();
            kinds.add(kind);
            boolean tolerated = shift.expected().tolerated().contains(kind)
                    && "resolved".equals(alert.path("status").asText());
            if (!shift.expected().alerts().contains(kind) && !tolerated) {
                unexpected.add(kind);
            }
        }
        Set<String> missing = new TreeSet<>(shift.expected().alerts());
        missing.removeAll(kinds);
        String status = record == null ? null : record.path("status").asText();
        return new ShiftDiff(
                shift.device(),
                shift.behaviour().wireName(),
                shift.expected().status(),
                status,
                missing,
                unexpected,
                expectedCoverage,
                gridCoverage(record));
    }

    /**
     * The server's unit-grid coverage, gridsVisited / gridsTotal (its {@code coverage} field counts H3 res-11 cells,
     * a finer measure the simulator does not recompute).
     */
    private static Double gridCoverage(JsonNode record) {
        if (record == null
                || !record.path("gridsTotal").isNumber()
                || record.path("gridsTotal").asInt() == 0) {
            return null;
        }
        return record.path("gridsVisited").asDouble()
                / record.path("gridsTotal").asDouble();
    }

    /** Device and start instant, whatever offset the server writes the start with. */
    private static String key(String device, String start) {
        try {
            return device + "@" + java.time.OffsetDateTime.parse(start).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return device + "@" + start;
        }
    }

    private static JsonNode array(String json, String what) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node != null && node.isObject() && node.has(what)) { // tolerate a wrapped answer
                node = node.get(what);
            }
            if (node == null || !node.isArray()) {
                throw new IllegalArgumentException("expected a JSON array of " + what);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid " + what + " JSON: " + e.getOriginalMessage());
        }
    }
}
