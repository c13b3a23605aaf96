package org.patrolgrid.simulators.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.simulators.staff.Behaviour;
import org.patrolgrid.simulators.staff.Expectation;
import org.patrolgrid.simulators.staff.SimFix;

/**
 * A scenario as one JSON document ({@value #FORMAT}): {@code seed}, {@code day}, {@code world} (the FeatureCollection),
 * {@code devices}, {@code shifts} (with rules, behaviour and {@code expected}) and {@code fixes}: per device an array of
 * {@code [ts, lat, lon, acc, speed, course, batt, mock 0|1, sendAt]} rows. Reading what was written gives an equal
 * scenario.
 */
public final class ScenarioFile {
    public static final String FORMAT = "patrolgrid-scenario/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioFile() {}

    public static void write(Scenario scenario, OutputStream out) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put("seed", scenario.seed());
        root.put("day", scenario.day().toString());
        root.set("world", parse(scenario.worldGeoJson()));
        ArrayNode devices = root.putArray("devices");
        scenario.devices().forEach(d -> devices.add(JSON.valueToTree(d)));
        ArrayNode shifts = root.putArray("shifts");
        scenario.shifts().forEach(s -> shifts.add(shift(s)));
        ObjectNode fixes = root.putObject("fixes");
        scenario.fixes().forEach((device, list) -> {
            ArrayNode rows = fixes.putArray(device);
            list.forEach(f -> rows.addArray()
                    .add(f.ts())
                    .add(f.lat())
                    .add(f.lon())
                    .add(f.acc())
                    .add(f.speed())
                    .add(f.course())
                    .add(f.batt())
                    .add(f.mock() ? 1 : 0)
                    .add(f.sendAt()));
        });
        try {
            JSON.writeValue(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Scenario read(InputStream in) {
        try {
            JsonNode root = JSON.readTree(in);
            if (!FORMAT.equals(root.path("format").asText())) {
                throw new IllegalArgumentException("not a " + FORMAT + " file");
            }
            List<StaffMember> devices = new ArrayList<>();
            for (JsonNode d : root.get("devices")) {
                devices.add(JSON.treeToValue(d, StaffMember.class));
            }
            List<ScenarioShift> shifts = new ArrayList<>();
            root.get("shifts").forEach(s -> shifts.add(shift(s)));
            Map<String, List<SimFix>> fixes = new LinkedHashMap<>();
            root.get("fixes").fields().forEachRemaining(e -> fixes.put(e.getKey(), fixes(e.getValue())));
            return new Scenario(
                    root.get("seed").asLong(),
                    LocalDate.parse(root.get("day").asText()),
                    root.get("world").toString(),
                    devices,
                    shifts,
                    fixes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same JSON without white space. */
    public static String compact(String json) {
        return parse(json).toString();
    }

    /** The {@code rules} object of CONTRACT §3. */
    public static ObjectNode rules(ShiftRules r) {
        return JSON.createObjectNode()
                .put("graceMinutes", r.graceMinutes())
                .put("offPostMinutes", r.offPostMinutes())
                .put("stationaryMinutes", r.stationaryMinutes())
                .put("signalLostMinutes", r.signalLostMinutes())
                .put("minCoverage", r.minCoverage());
    }

    private static ObjectNode shift(ScenarioShift s) {
        ObjectNode node = JSON.createObjectNode().put("device", s.device());
        s.zones().forEach(node.putArray("zones")::add);
        node.put("start", s.start().toString()).put("end", s.end().toString());
        node.set("rules", rules(s.rules()));
        node.put("behaviour", s.behaviour().wireName());
        ObjectNode expected =
                node.putObject("expected").put("status", s.expected().status());
        new TreeSet<>(s.expected().alerts()).forEach(expected.putArray("alerts")::add);
        new TreeSet<>(s.expected().tolerated()).forEach(expected.putArray("tolerated")::add);
        return node;
    }

    private static ScenarioShift shift(JsonNode n) {
        List<String> zones = new ArrayList<>();
        n.get("zones").forEach(z -> zones.add(z.asText()));
        JsonNode r = n.get("rules");
        ShiftRules rules = new ShiftRules(
                r.get("graceMinutes").asDouble(),
                r.get("offPostMinutes").asDouble(),
                r.get("stationaryMinutes").asDouble(),
                r.get("signalLostMinutes").asDouble(),
                r.get("minCoverage").asDouble());
        JsonNode e = n.get("expected");
        Expectation expected =
                new Expectation(e.get("status").asText(), texts(e.get("alerts")), texts(e.get("tolerated")));
        return new ScenarioShift(
                n.get("device").asText(),
                zones,
                Instant.parse(n.get("start").asText()),
                Instant.parse(n.get("end").asText()),
                rules,
                Behaviour.fromWire(n.get("behaviour").asText()),
                expected);
    }

    private static java.util.Set<String> texts(JsonNode array) {
        java.util.Set<String> out = new TreeSet<>();
        array.forEach(a -> out.add(a.asText()));
        return out;
    }

    private static List<SimFix> fixes(JsonNode rows) {
        List<SimFix> out = new ArrayList<>(rows.size());
        for (JsonNode f : rows) {
            out.add(new SimFix(
                    f.get(0).asLong(),
                    f.get(1).asDouble(),
                    f.get(2).asDouble(),
                    f.get(3).asDouble(),
                    f.get(4).asDouble(),
                    f.get(5).asDouble(),
                    f.get(6).asDouble(),
                    f.get(7).asInt() == 1,
                    f.get(8).asLong()));
        }
        return out;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage());
        }
    }
}
