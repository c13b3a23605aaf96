package org.patrolgrid.web.bus;

/**
 * Event-bus addresses shared by the tracker (which publishes) and the web layer (which consumes), declared once.
 * Bodies are JSON objects unless said otherwise.
 */
public final class BusAddress {
    /** A device was created, changed, had its secret rotated or was removed. Body: the device id (String). */
    public static final String DEVICE_CHANGED = "patrolgrid.device.changed";

    /** A batch of positions was committed. Body: JSON array of position objects (device, ts, lat, lon, ...). */
    public static final String POSITIONS_STORED = "patrolgrid.positions.stored";

    /** A command for a device, to be delivered on devices/{id}/commands. Body: {"device": id, "payload": {...}}. */
    public static final String DEVICE_COMMAND = "patrolgrid.device.command";

    private BusAddress() {}
}
