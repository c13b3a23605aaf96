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
            alerts.computeIfAbsent(alert.path("shift").asText(), s -> new ArrayList<>())
                    .add(alert);
        }
        List<ShiftDiff> diffs = new ArrayList<>();
        Map<ScenarioShift, Double> coverage = ExpectedCoverage.of(scenario);
        for (ScenarioShift shift : scenario.shifts()) {
            JsonNode record = records.get(key(shift.device(), shift.start().toString()));
            List<JsonNode> raised = record == null
                    ? List.of()
                    : alerts.getOrDefault(record.path("shift").asText(), List.of());
            diffs.add(diff(shift, record, raised, coverage.get(shift)));
        }
        return new ScenarioDiff(diffs);
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
                record == null || !record.path("coverage").isNumber()
                        ? null
                        : record.path("coverage").asDouble());
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
