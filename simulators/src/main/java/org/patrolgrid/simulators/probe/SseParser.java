package org.patrolgrid.simulators.probe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Incremental parser of a {@code text/event-stream} (the SSE wire format): fed the stream's bytes in chunks of any
 * size, it returns each event once its blank line has arrived. Lines end in LF, CRLF or CR; {@code :} lines are
 * comments; several {@code data:} lines are joined with LF; one space after the colon is dropped. Bytes are split into
 * lines before decoding, so a UTF-8 character cut between two chunks is decoded whole.
 *
 * <p>Not thread-safe: one stream, one thread at a time.
 */
public final class SseParser {
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final StringBuilder data = new StringBuilder();
    private String name;
    private boolean hasData;
    private boolean afterCr;

    /** Feeds the next chunk; returns the events it completed, in order. */
    public List<SseEvent> feed(byte[] chunk) {
        List<SseEvent> events = new ArrayList<>();
        for (byte b : chunk) {
            if (afterCr && b == '\n') {
                afterCr = false;
                continue;
            }
            afterCr = b == '\r';
            if (b == '\n' || b == '\r') {
                endLine(events);
            } else {
                line.write(b);
            }
        }
        return events;
    }

    private void endLine(List<SseEvent> events) {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.isEmpty()) {
            dispatch(events);
            return;
        }
        if (text.charAt(0) == ':') {
            return;
        }
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        if (field.equals("event")) {
            name = value;
        } else if (field.equals("data")) {
            if (hasData) {
                data.append('\n');
            }
            data.append(value);
            hasData = true;
        }
    }

    private void dispatch(List<SseEvent> events) {
        if (hasData) {
            events.add(new SseEvent(name == null || name.isEmpty() ? "message" : name, data.toString()));
        }
        name = null;
        data.setLength(0);
        hasData = false;
    }
}
