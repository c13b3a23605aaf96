package org.patrolgrid.alerts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.alerts.AlertKind;
import org.patrolgrid.alerts.AlertResolution;
import org.patrolgrid.alerts.AlertStatus;
import org.patrolgrid.geofence.attendance.Arrived;
import org.patrolgrid.geofence.attendance.ConditionEnded;
import org.patrolgrid.geofence.attendance.ConditionKind;
import org.patrolgrid.geofence.attendance.ConditionStarted;
import org.patrolgrid.geofence.attendance.Resolution;
import org.patrolgrid.geofence.attendance.SuspicionReason;
import org.patrolgrid.geofence.attendance.SuspiciousLocation;

class AlertRulesTest {
    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
    private final AlertRules rules = new AlertRules(Duration.ofMinutes(5));
    private final AlertBook book = new AlertBook();

    private static Instant at(int minutes) {
        return T0.plusSeconds(minutes * 60L);
    }

    private List<Alert> started(ConditionKind kind, int minute) {
        return rules.process(book, "dev-1", new ConditionStarted("s1", kind, at(minute), at(minute), ""));
    }

    private List<Alert> ended(ConditionKind kind, int minute, Resolution why) {
        return rules.process(book, "dev-1", new ConditionEnded("s1", kind, at(minute), at(minute), why));
    }

    @Test
    void conditionOpensOneAlertPerShiftAndKind() {
        Alert off = started(ConditionKind.OFF_POST, 10).get(0);
        assertEquals(AlertKind.OFF_POST, off.kind());
        assertEquals(AlertStatus.OPEN, off.status());
        assertTrue(started(ConditionKind.OFF_POST, 11).isEmpty(), "already open");
        assertEquals(
                AlertKind.STATIONARY,
                started(ConditionKind.STATIONARY, 11).get(0).kind());
    }

    @Test
    void endingTheConditionResolvesTheAlertWithItsReason() {
        started(ConditionKind.OFF_POST, 10);
        Alert resolved =
                ended(ConditionKind.OFF_POST, 20, Resolution.CONDITION_CLEARED).get(0);
        assertEquals(AlertStatus.RESOLVED, resolved.status());
        assertEquals(AlertResolution.CONDITION_CLEARED, resolved.resolution());
        assertEquals(Alert.SYSTEM, resolved.resolvedBy());
        assertEquals(at(20), resolved.resolvedAt());
    }

    @Test
    void conditionReturningWithinTheToleranceReopensTheSameAlert() {
        String id = started(ConditionKind.OFF_POST, 10).get(0).id();
        ended(ConditionKind.OFF_POST, 20, Resolution.CONDITION_CLEARED);
        Alert again = started(ConditionKind.OFF_POST, 24).get(0);
        assertEquals(id, again.id());
        assertEquals(AlertStatus.OPEN, again.status());
        assertEquals(1, again.reopened());
        ended(ConditionKind.OFF_POST, 30, Resolution.CONDITION_CLEARED);
        assertNotEquals(id, started(ConditionKind.OFF_POST, 40).get(0).id(), "10 minutes later is a new alert");
    }

    @Test
    void lateDataResolvesAbsenceAlert() {
        started(ConditionKind.ABSENT, 10);
        Alert resolved = ended(ConditionKind.ABSENT, 30, Resolution.LATE_DATA).get(0);
        assertEquals(AlertResolution.LATE_DATA, resolved.resolution());
    }

    @Test
    void lateDataCorrectsAnAlertClosedAtShiftEnd() {
        started(ConditionKind.SIGNAL_LOST, 200);
        ended(ConditionKind.SIGNAL_LOST, 240, Resolution.SHIFT_ENDED);
        Alert corrected =
                ended(ConditionKind.SIGNAL_LOST, 250, Resolution.LATE_DATA).get(0);
        assertEquals(AlertResolution.LATE_DATA, corrected.resolution());
        assertTrue(ended(ConditionKind.SIGNAL_LOST, 251, Resolution.CONDITION_CLEARED)
                .isEmpty());
    }

    @Test
    void lateArrivalOpensLateAndAnOnTimeCorrectionResolvesIt() {
        Alert late = rules.process(book, "dev-1", new Arrived("s1", at(15), true, false))
                .get(0);
        assertEquals(AlertKind.LATE, late.kind());
        Alert resolved = rules.process(book, "dev-1", new Arrived("s1", at(5), false, true))
                .get(0);
        assertEquals(late.id(), resolved.id());
        assertEquals(AlertResolution.LATE_DATA, resolved.resolution());
    }

    @Test
    void suspiciousLocationOpensOnceUntilAPersonResolvesIt() {
        SuspiciousLocation mock = new SuspiciousLocation("s1", at(5), SuspicionReason.MOCK, 30.75, 120.76, 0);
        Alert alert = rules.process(book, "dev-1", mock).get(0);
        assertEquals("mock", alert.detail());
        assertTrue(rules.process(book, "dev-1", mock).isEmpty());
        book.apply(new AlertCommand.Acknowledge(alert.id(), at(6), "supervisor-7"));
        Alert done = book.apply(new AlertCommand.Resolve(alert.id(), at(7), "supervisor-7", AlertResolution.MANUAL));
        assertEquals("supervisor-7", done.acknowledgedBy());
        assertEquals(AlertResolution.MANUAL, done.resolution());
        assertInstanceOf(
                AlertCommand.Open.class, rules.decide(book, "dev-1", mock).get(0), "a manual close is final");
    }
}
