package org.patrolgrid.alerts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.alerts.AlertKind;
import org.patrolgrid.alerts.AlertResolution;
import org.patrolgrid.alerts.AlertStatus;
import org.patrolgrid.geofence.position.Position;

class AlertLifecycleTest {
    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void alertGoesFromOpenToAcknowledgedToResolvedWithWhoAndWhen() {
        Alert open = Alert.open("a1", AlertKind.OFF_POST, "dev-1", "s1", T0, "");
        Alert ack = open.acknowledge("lead", T0.plusSeconds(60));
        Alert done = ack.resolve("lead", T0.plusSeconds(120), AlertResolution.MANUAL);
        assertEquals(AlertStatus.ACKNOWLEDGED, ack.status());
        assertEquals("lead", done.acknowledgedBy());
        assertEquals(T0.plusSeconds(60), done.acknowledgedAt());
        assertEquals(T0.plusSeconds(120), done.resolvedAt());
        assertThrows(IllegalStateException.class, () -> ack.acknowledge("other", T0));
        assertThrows(IllegalStateException.class, () -> done.resolve("x", T0, AlertResolution.MANUAL));
    }

    private static Position battery(int minute, double percent, Map<String, Object> attributes) {
        return new Position(
                "dev-1",
                T0.plusSeconds(minute * 60L),
                30.75,
                120.76,
                5,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                percent,
                false,
                T0,
                attributes);
    }

    @Test
    void lowBatteryOpensBelowTheLimitAndClearsOnlyAboveTheClearLevel() {
        AlertBook book = new AlertBook();
        DeviceRules rules = new DeviceRules();
        List<AlertCommand> low = rules.decide(book, "s1", battery(1, 12, Map.of()));
        Alert alert = book.apply(low.get(0));
        assertEquals(AlertKind.LOW_BATTERY, alert.kind());
        assertTrue(rules.decide(book, "s1", battery(2, 16, Map.of())).isEmpty(), "16% is not yet clear");
        Alert cleared =
                book.apply(rules.decide(book, "s1", battery(3, 40, Map.of())).get(0));
        assertEquals(AlertResolution.CONDITION_CLEARED, cleared.resolution());
    }

    @Test
    void sosAttributeOpensAnSosAlert() {
        AlertBook book = new AlertBook();
        List<AlertCommand> sos = new DeviceRules().decide(book, null, battery(1, 80, Map.of("alarm", "sos")));
        Alert alert = book.apply(sos.get(0));
        assertEquals(AlertKind.SOS, alert.kind());
        assertEquals(null, alert.shift());
    }
}
