package org.patrolgrid.simulators.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each device walks, for {@code load --positions-from FILE}: a CSV of {@code id,lat,lon,radius} lines (WGS-84
 * degrees, radius in metres), with an optional {@code id,lat,lon,radius} header; {@code #} starts a comment line. A
 * device listed there walks inside that circle instead of around Jiaxing's core.
 */
public final class PositionsFile {
    private static final String HEADER = "id,lat,lon,radius";

    private PositionsFile() {}

    public static Map<String, WalkArea> read(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read positions " + file, e);
        }
    }

    /** Parses the lines of a positions file named {@code source} (for error messages). */
    static Map<String, WalkArea> parse(String source, List<String> lines) {
        Map<String, WalkArea> areas = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()
                    || line.startsWith("#")
                    || line.toLowerCase(Locale.ROOT).equals(HEADER)) {
                continue;
            }
            String where = source + ":" + (i + 1) + ": ";
            String[] fields = line.split(",", -1);
            if (fields.length != 4 || fields[0].isBlank()) {
                throw new IllegalArgumentException(where + "expected id,lat,lon,radius");
            }
            try {
                WalkArea area = new WalkArea.Circle(number(fields[1]), number(fields[2]), number(fields[3]));
                if (areas.put(fields[0].strip(), area) != null) {
                    throw new IllegalArgumentException("device " + fields[0].strip() + " listed twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        return Map.copyOf(areas);
    }

    private static double number(String field) {
        try {
            return Double.parseDouble(field.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + field.strip());
        }
    }

    /** One line of the file, for writers: {@code id,lat,lon,radius} with 7 decimals. */
    public static String line(String id, double lat, double lon, double radiusMeters) {
        return String.format(Locale.ROOT, "%s,%.7f,%.7f,%.1f", id, lat, lon, radiusMeters);
    }

    public static String header() {
        return HEADER;
    }
}
