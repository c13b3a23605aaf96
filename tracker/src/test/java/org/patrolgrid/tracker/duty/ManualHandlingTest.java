package org.patrolgrid.tracker.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.alerts.AlertKind;
import org.patrolgrid.alerts.AlertResolution;
import org.patrolgrid.alerts.AlertStatus;
import org.patrolgrid.alerts.rules.AlertBook;
import org.patrolgrid.alerts.rules.AlertCommand;
import org.patrolgrid.alerts.rules.AlertRules;
import org.patrolgrid.geofence.attendance.ConditionEnded;
import org.patrolgrid.geofence.attendance.ConditionKind;
import org.patrolgrid.geofence.attendance.ConditionStarted;
import org.patrolgrid.geofence.attendance.Resolution;
import org.patrolgrid.tracker.alerting.AlertIds;

/** A person's acknowledgement or resolution (ALERT_HANDLED) reaches the owner's book; the rules then respect it. */
class ManualHandlingTest {
    private static final Instant T = Instant.parse("2026-03-02T02:00:00Z");
    private final AlertBook book = new AlertBook();
    private final AlertIds ids = new AlertIds();
    private final AlertRules rules = new AlertRules();

    private Alert openOffPost() {
        Alert a = book.apply(new AlertCommand.Open(AlertKind.OFF_POST, "d", "9", T, ""));
        ids.bind(a.id(), 41);
        return a;
    }

    @Test
    void anAcknowledgementIsKeptWithWhoAndWhen() {
        Alert a = openOffPost();
        ManualHandling.apply(
                book,
                ids,
                new JsonObject()
                        .put("id", 41)
                        .put("device", "d")
                        .put("status", "acknowledged")
                        .put("acknowledgedBy", "zhang")
                        .put("acknowledgedAt", T.plusSeconds(60).toString()),
                T.plusSeconds(90));

        Alert now = book.get(a.id()).orElseThrow();
        assertEquals(AlertStatus.ACKNOWLEDGED, now.status());
        assertEquals("zhang", now.acknowledgedBy());
        assertEquals(T.plusSeconds(60), now.acknowledgedAt());
    }

    @Test
    void aManualResolutionIsNotOverwrittenNorReopenedByTheRules() {
        Alert a = openOffPost();
        ManualHandling.apply(book, ids, new JsonObject().put("id", 41).put("status", "resolved"), T.plusSeconds(120));
        assertEquals(AlertResolution.MANUAL, book.get(a.id()).orElseThrow().resolution());

        var ended =
                new ConditionEnded("9", ConditionKind.OFF_POST, T, T.plusSeconds(180), Resolution.CONDITION_CLEARED);
        assertTrue(rules.process(book, "d", ended).isEmpty());
        var again = new ConditionStarted("9", ConditionKind.OFF_POST, T.plusSeconds(200), T.plusSeconds(240), "");
        List<Alert> opened = rules.process(book, "d", again);
        assertEquals(1, opened.size());
        assertTrue(!opened.get(0).id().equals(a.id()), "a new episode is a new alert, not a reopened manual one");
    }

    @Test
    void anAlertThisOwnerDoesNotKnowIsIgnored() {
        openOffPost();
        ManualHandling.apply(book, ids, new JsonObject().put("id", 7).put("status", "resolved"), T);
        assertTrue(book.all().stream().allMatch(Alert::isActive));
    }
}
