package org.patrolgrid.tracker.ingest;

/**
 * A refused message or batch element.
 *
 * @param reason the rejection class
 * @param detail a short human-readable reason, e.g. "lat 91.2 is outside -90..90"
 * @param index the element's index in a batch, or -1 for the whole message
 */
public record RejectedPosition(Rejection reason, String detail, int index) {
    public String describe() {
        return (index >= 0 ? "[" + index + "] " : "") + reason.code() + ": " + detail;
    }
}
