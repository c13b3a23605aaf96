package org.patrolgrid.simulators.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * GeoLife {@code .plt}: 6 header lines, then {@code lat,lon,0,alt_ft,days_since_1899,date,time} with date and time in
 * GMT. An altitude of -777 means none; feet are converted to metres.
 */
public final class PltReader {
    private static final int HEADER_LINES = 6;
    private static final double FEET = 0.3048;

    private PltReader() {}

    public static Trace read(String name, BufferedReader in) throws IOException {
        List<TracePoint> points = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (number <= HEADER_LINES || line.isBlank()) {
                continue;
            }
            String[] f = line.trim().split(",");
            if (f.length < 7) {
                throw new IllegalArgumentException(name + " line " + number + ": expected 7 fields");
            }
            try {
                long ts = LocalDate.parse(f[5].trim())
                        .atTime(LocalTime.parse(f[6].trim()))
                        .toInstant(ZoneOffset.UTC)
                        .toEpochMilli();
                double feet = Double.parseDouble(f[3]);
                double altitude = feet == -777 ? Double.NaN : feet * FEET;
                points.add(new TracePoint(ts, Double.parseDouble(f[0]), Double.parseDouble(f[1]), altitude));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + " line " + number + ": " + e.getMessage());
            }
        }
        return new Trace(name, points);
    }
}
