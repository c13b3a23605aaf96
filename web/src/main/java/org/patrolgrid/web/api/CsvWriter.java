package org.patrolgrid.web.api;

import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV for spreadsheets (RFC 4180): CRLF line ends, fields quoted when they hold a comma, quote or line break, and a
 * UTF-8 byte-order mark so that Excel reads Chinese names correctly. Times are ISO-8601 in Asia/Shanghai local time
 * with their offset (the instant is the same as in JSON). A text cell that a spreadsheet would take for a formula
 * (starting with = + - @) is prefixed with an apostrophe.
 */
public final class CsvWriter {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ShanghaiDay.TIME_ZONE);

    private final StringBuilder text = new StringBuilder(4096);
    private boolean lineStarted;

    /** A writer whose first line is {@code header}. */
    public CsvWriter(List<String> header) {
        header.forEach(this::text);
        endLine();
    }

    public CsvWriter text(String value) {
        if (value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        return field(value);
    }

    public CsvWriter number(double value) {
        return field(
                value == Math.rint(value) && Math.abs(value) < 1e15
                        ? Long.toString((long) value)
                        : Double.toString(value));
    }

    public CsvWriter number(Double value) {
        return value == null ? field(null) : number(value.doubleValue());
    }

    public CsvWriter time(Instant value) {
        return field(value == null ? null : LOCAL.format(value));
    }

    public CsvWriter endLine() {
        text.append("\r\n");
        lineStarted = false;
        return this;
    }

    /** The document, with its byte-order mark. */
    public Buffer finish() {
        return Buffer.buffer(BOM).appendString(text.toString());
    }

    private CsvWriter field(String value) {
        if (lineStarted) {
            text.append(',');
        }
        lineStarted = true;
        if (value == null) {
            return this;
        }
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (quote) {
            text.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            text.append(value);
        }
        return this;
    }
}
