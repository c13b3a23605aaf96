package org.patrolgrid.simulators.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CSV with a header row naming the columns: {@code lat|latitude}, {@code lon|lng|longitude}, {@code time|ts|timestamp}
 * and optionally {@code alt|altitude|ele}. Times are epoch milliseconds, epoch seconds (values below 10^11) or ISO-8601
 * with an offset.
 */
public final class CsvTraceReader {
    private CsvTraceReader() {}

    public static Trace read(String name, BufferedReader in) throws IOException {
        String header = in.readLine();
        if (header == null) {
            throw new IllegalArgumentException(name + ": empty CSV");
        }
        String[] columns = header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).split(",");
        int lat = column(name, columns, "lat", "latitude");
        int lon = column(name, columns, "lon", "lng", "longitude");
        int time = column(name, columns, "time", "ts", "timestamp");
        int alt = optional(columns, "alt", "altitude", "ele");
        List<TracePoint> points = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            try {
                double altitude =
                        alt >= 0 && alt < f.length && !f[alt].isBlank() ? Double.parseDouble(f[alt]) : Double.NaN;
                points.add(new TracePoint(
                        time(f[time].trim()), Double.parseDouble(f[lat]), Double.parseDouble(f[lon]), altitude));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + " line " + number + ": " + e.getMessage());
            }
        }
        return new Trace(name, points);
    }

    static long time(String text) {
        if (text.matches("\\d+(\\.\\d+)?")) {
            double value = Double.parseDouble(text);
            return value < 1e11 ? Math.round(value * 1000) : Math.round(value);
        }
        return text.endsWith("Z")
                ? Instant.parse(text).toEpochMilli()
                : OffsetDateTime.parse(text).toInstant().toEpochMilli();
    }

    private static int column(String name, String[] columns, String... names) {
        int index = optional(columns, names);
        if (index < 0) {
            throw new IllegalArgumentException(name + ": CSV header needs a column " + String.join("|", names));
        }
        return index;
    }

    private static int optional(String[] columns, String... names) {
        for (int i = 0; i < columns.length; i++) {
            for (String n : names) {
                if (columns[i].trim().equals(n)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
