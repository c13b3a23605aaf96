package org.patrolgrid.tracker.alerting;

import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import java.util.List;
import java.util.function.Function;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.alerts.AlertStatus;
import org.patrolgrid.tracker.metrics.DutyMetrics;
import org.patrolgrid.tracker.storage.AlertTable;
import org.patrolgrid.web.bus.BusAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tail for alerts: writes each change to table {@code alert} in the order the owner made them (one chain per
 * owner, so an update never overtakes its insert), then publishes it on {@link BusAddress#ALERT_CHANGED}, where the
 * web stream, the device-command transport and the webhooks pick it up.
 */
public final class AlertWriter {
    private static final Logger LOG = LoggerFactory.getLogger(AlertWriter.class);
    private final AlertTable table;
    private final AlertIds ids;
    private final EventBus bus;
    private final DutyMetrics metrics;
    private final Function<Alert, String> zoneOf;
    private Future<Void> tail = Future.succeededFuture();

    public AlertWriter(
            AlertTable table, AlertIds ids, EventBus bus, DutyMetrics metrics, Function<Alert, String> zoneOf) {
        this.table = table;
        this.ids = ids;
        this.bus = bus;
        this.metrics = metrics;
        this.zoneOf = zoneOf;
    }

    public void write(List<Alert> changes) {
        for (Alert alert : changes) {
            String zone = zoneOf.apply(alert);
            tail = tail.compose(v -> persist(alert, zone)).recover(e -> {
                LOG.warn(
                        "alert {} ({}) not stored: {}", alert.id(), alert.kind().wireName(), e.getMessage());
                return Future.succeededFuture();
            });
        }
    }

    /** Completes once every change handed in so far is written. */
    public Future<Void> drained() {
        return tail;
    }

    private Future<Void> persist(Alert alert, String zone) {
        Long known = ids.row(alert.id()).orElse(null);
        Future<Long> row = known != null
                ? table.update(known, alert).map(known)
                : table.insert(alert, zone).map(id -> {
                    ids.bind(alert.id(), id);
                    return id;
                });
        return row.map(id -> {
            if (known == null && alert.status() == AlertStatus.OPEN) {
                metrics.alertOpened(alert.kind().wireName());
            }
            bus.publish(BusAddress.ALERT_CHANGED, DutyJson.alert(id, alert, zone));
            return null;
        });
    }
}
