package org.patrolgrid.simulators.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a trace file by its extension: {@code .plt} (GeoLife), {@code .gpx} or {@code .csv}. */
public final class TraceReader {
    private TraceReader() {}

    public static Trace read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (lower.endsWith(".plt")) {
                return PltReader.read(name, in);
            }
            if (lower.endsWith(".gpx")) {
                return GpxReader.read(name, in);
            }
            if (lower.endsWith(".csv")) {
                return CsvTraceReader.read(name, in);
            }
        }
        throw new IllegalArgumentException(name + ": unknown trace format (expected .plt, .gpx or .csv)");
    }
}
