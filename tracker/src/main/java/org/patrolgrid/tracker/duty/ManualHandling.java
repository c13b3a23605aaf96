package org.patrolgrid.tracker.duty;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.alerts.AlertResolution;
import org.patrolgrid.alerts.AlertStatus;
import org.patrolgrid.alerts.rules.AlertBook;
import org.patrolgrid.alerts.rules.AlertCommand;
import org.patrolgrid.tracker.alerting.AlertIds;

/**
 * A person acknowledged or resolved an alert through the API ({@code BusAddress.ALERT_HANDLED}); the row is already
 * written, so only the owner's book follows, and the rules then never reopen or re-resolve it on their own.
 */
final class ManualHandling {
    private ManualHandling() {}

    static void apply(AlertBook book, AlertIds ids, JsonObject body, Instant now) {
        Long row = body.getLong("id");
        String bookId = row == null ? null : ids.bookId(row).orElse(null);
        Alert alert = bookId == null ? null : book.get(bookId).orElse(null);
        if (alert == null) {
            return;
        }
        String status = body.getString("status", "");
        if (status.equals("acknowledged") && alert.status() == AlertStatus.OPEN) {
            book.apply(new AlertCommand.Acknowledge(
                    bookId, time(body, "acknowledgedAt", now), body.getString("acknowledgedBy", "user")));
        } else if (status.equals("resolved") && alert.isActive()) {
            String by = body.getString("resolvedBy", body.getString("acknowledgedBy", "user"));
            book.apply(new AlertCommand.Resolve(bookId, time(body, "resolvedAt", now), by, AlertResolution.MANUAL));
        }
    }

    private static Instant time(JsonObject body, String key, Instant now) {
        String t = body.getString(key);
        return t == null ? now : Instant.parse(t);
    }
}
