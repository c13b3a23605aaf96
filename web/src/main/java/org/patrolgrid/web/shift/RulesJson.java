package org.patrolgrid.web.shift;

import io.vertx.core.json.JsonObject;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.web.api.ApiFault;

/**
 * A shift's {@code rules} on the wire: every value optional (the default is {@link ShiftRules#DEFAULTS}), decimals
 * allowed. Stored complete, so the tracker and later readers never depend on today's defaults.
 */
final class RulesJson {
    private RulesJson() {}

    /** The rules in {@code body.rules}; 400 naming a value that is not a number or out of range. */
    static ShiftRules parse(JsonObject body) {
        Object value = body.getValue("rules");
        if (value == null) {
            return ShiftRules.DEFAULTS;
        }
        if (!(value instanceof JsonObject rules)) {
            throw ApiFault.badRequest("rules must be an object");
        }
        try {
            return ShiftRules.of(
                    number(rules, "graceMinutes"),
                    number(rules, "offPostMinutes"),
                    number(rules, "stationaryMinutes"),
                    number(rules, "signalLostMinutes"),
                    number(rules, "minCoverage"));
        } catch (IllegalArgumentException e) {
            throw ApiFault.badRequest("rules: " + e.getMessage());
        }
    }

    private static Double number(JsonObject rules, String name) {
        Object value = rules.getValue(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            throw ApiFault.badRequest("rules." + name + " must be a number");
        }
        return number.doubleValue();
    }

    /** The complete rules as stored in {@code shift.rules}. */
    static String encode(ShiftRules rules) {
        return new JsonObject()
                .put("graceMinutes", rules.graceMinutes())
                .put("offPostMinutes", rules.offPostMinutes())
                .put("stationaryMinutes", rules.stationaryMinutes())
                .put("signalLostMinutes", rules.signalLostMinutes())
                .put("minCoverage", rules.minCoverage())
                .encode();
    }
}
