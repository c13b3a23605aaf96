package org.patrolgrid.alerts.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.alerts.AlertKind;

/**
 * The latest alert per (shift, kind) for the devices of one owner (one event loop, no locks), plus every alert by
 * id. Commands are applied here, so "one open alert per (shift, kind)" holds by construction.
 */
public final class AlertBook {
    private final Map<String, Alert> byId = new HashMap<>();
    private final Map<String, String> latest = new HashMap<>();
    private long sequence;

    /** The latest alert of this kind for the shift (or for the device when {@code shift} is null). */
    public Optional<Alert> latest(String device, String shift, AlertKind kind) {
        return Optional.ofNullable(latest.get(key(device, shift, kind))).map(byId::get);
    }

    public Optional<Alert> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Alert> all() {
        return byId.values();
    }

    /** A new id, {@code <shift or device>/<kind>/<n>}, unique within the book. */
    private String nextId(String device, String shift, AlertKind kind) {
        return (shift == null ? device : shift) + "/" + kind.wireName() + "/" + (++sequence);
    }

    /** Carries out a command and returns the alert's new version. */
    public Alert apply(AlertCommand command) {
        Alert next;
        if (command instanceof AlertCommand.Open open) {
            String id = nextId(open.device(), open.shift(), open.kind());
            next = Alert.open(id, open.kind(), open.device(), open.shift(), open.at(), open.detail());
            latest.put(key(open.device(), open.shift(), open.kind()), id);
        } else if (command instanceof AlertCommand.Acknowledge ack) {
            next = require(ack.id()).acknowledge(ack.by(), ack.at());
        } else if (command instanceof AlertCommand.Resolve resolve) {
            next = require(resolve.id()).resolve(resolve.by(), resolve.at(), resolve.resolution());
        } else {
            next = require(((AlertCommand.Reopen) command).id()).reopen();
        }
        byId.put(next.id(), next);
        return next;
    }

    /** Drops the alerts of a shift that is over and settled. */
    public void forget(String shift) {
        byId.values().removeIf(a -> shift.equals(a.shift()));
        latest.values().removeIf(id -> !byId.containsKey(id));
    }

    private Alert require(String id) {
        Alert alert = byId.get(id);
        if (alert == null) {
            throw new IllegalArgumentException("no alert " + id);
        }
        return alert;
    }

    private static String key(String device, String shift, AlertKind kind) {
        return (shift == null ? "device:" + device : "shift:" + shift) + "|" + kind.name();
    }
}
