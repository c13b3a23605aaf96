package org.patrolgrid.web.bus;

/**
 * Event-bus addresses shared by the tracker (which publishes) and the web layer (which consumes), declared once.
 * Bodies are JSON objects unless said otherwise.
 */
public final class BusAddress {
    /** A device was created, changed, had its secret rotated or was removed. Body: the device id (String). */
    public static final String DEVICE_CHANGED = "patrolgrid.device.changed";

    /**
     * A batch of positions passed an owner's pipeline. Ingest hands positions over while their commit runs, so one may
     * be shown before it is durable; if that commit fails the device is not acknowledged and sends it again. Body: a
     * {@link PositionBatch} (each position's device and JSON object text: device, ts, lat, lon, ...); a JSON array of
     * position objects is accepted too. (The address keeps its name.)
     */
    public static final String POSITIONS_STORED = "patrolgrid.positions.stored";

    /** A command for a device, to be delivered on devices/{id}/commands. Body: {"device": id, "payload": {...}}. */
    public static final String DEVICE_COMMAND = "patrolgrid.device.command";

    /** Zones were imported, changed or removed. Body: {"zones": [ids]} (empty means "reload all"). */
    public static final String ZONES_CHANGED = "patrolgrid.zones.changed";

    /** Shifts were created or changed. Body: {"shifts": [ids], "devices": [ids]}. */
    public static final String SHIFTS_CHANGED = "patrolgrid.shifts.changed";

    /**
     * An alert was opened, acknowledged or resolved (by the tracker's rules or by a user). Body: the alert as the
     * HTTP API shows it: {id, kind, device, shift, zone, status, openedAt, acknowledgedAt, acknowledgedBy,
     * resolvedAt, resolution, detail}.
     */
    public static final String ALERT_CHANGED = "patrolgrid.alert.changed";

    /** A user acknowledged or resolved an alert through the API. Body: the alert as above. Tracker listens. */
    public static final String ALERT_HANDLED = "patrolgrid.alert.handled";

    /**
     * Attendance records changed. Body: a JSON array of records as GET /attendance shows them (one message per
     * write of an owner; a single record object is accepted too).
     */
    public static final String ATTENDANCE_CHANGED = "patrolgrid.attendance.changed";

    private BusAddress() {}
}
