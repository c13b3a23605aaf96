package org.patrolgrid.simulators.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Cuts a scenario's world down to the zones its shifts use, plus the unit grids of those patrol areas, so a test server
 * imports a few hundred zones instead of the whole city. Devices, shifts and fixes are unchanged.
 */
public final class WorldTrim {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WorldTrim() {}

    public static Scenario usedZonesOnly(Scenario scenario) {
        Set<String> used = new HashSet<>();
        scenario.shifts().forEach(s -> used.addAll(s.zones()));
        JsonNode world = parse(scenario.worldGeoJson());
        for (JsonNode feature : world.get("features")) {
            JsonNode properties = feature.get("properties");
            if (used.contains(properties.get("id").asText()) && properties.has("grids")) {
                properties.get("grids").forEach(g -> used.add(g.asText()));
            }
        }
        ObjectNode trimmed = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = trimmed.putArray("features");
        for (JsonNode feature : world.get("features")) {
            if (used.contains(feature.get("properties").get("id").asText())) {
                features.add(feature);
            }
        }
        return new Scenario(
                scenario.seed(),
                scenario.day(),
                trimmed.toString(),
                scenario.devices(),
                scenario.shifts(),
                scenario.fixes());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid world GeoJSON: " + e.getOriginalMessage());
        }
    }
}
