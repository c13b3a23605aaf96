package org.patrolgrid.alerts.delivery;

import org.patrolgrid.alerts.Alert;

/**
 * A port that delivers alert changes: to the live stream, a device's command topic, a webhook. Each transport is one
 * small implementation; the pipeline's tail calls it after the change is stored.
 */
public interface AlertSink {
    /** Does nothing: the default when no transport is configured. */
    AlertSink NOOP = alert -> {};

    /** Delivers the new version of an alert (opened, acknowledged, resolved or reopened; see its status). */
    void deliver(Alert alert);
}
