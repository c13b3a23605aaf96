package org.patrolgrid.simulators.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.simulators.staff.SimFix;

/** The three trace formats, written here from one generated walk, read back to the same points. */
class TraceReadersTest {
    private static final long T0 = Instant.parse("2008-10-26T09:44:26Z").toEpochMilli();

    @TempDir
    Path dir;

    /** A 40-point walk around Beijing, 5 s apart, with altitude. */
    private static List<TracePoint> walk() {
        List<TracePoint> points = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double lat = 39.9990 + 0.00004 * i;
            double lon = 116.3260 + 0.00003 * i + 0.0002 * Math.sin(i / 5.0);
            points.add(new TracePoint(T0 + 5_000L * i, round(lat), round(lon), 50 + i * 0.3048));
        }
        return points;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    @Test
    void readsGeoLifePlt() throws IOException {
        StringBuilder plt = new StringBuilder("Geolife trajectory\nWGS 84\nAltitude is in Feet\nReserved 3\n"
                + "0,2,255,My Track,0,0,2,8421376\n0\n");
        for (TracePoint p : walk()) {
            Instant t = Instant.ofEpochMilli(p.ts());
            double days = (p.ts() - Instant.parse("1899-12-30T00:00:00Z").toEpochMilli()) / 86_400_000.0;
            plt.append(String.format(
                    Locale.ROOT,
                    "%.6f,%.6f,0,%.1f,%.10f,%s,%s%n",
                    p.lat(),
                    p.lon(),
                    p.altitude() / 0.3048,
                    days,
                    DateTimeFormatter.ISO_LOCAL_DATE.format(t.atOffset(ZoneOffset.UTC)),
                    DateTimeFormatter.ISO_LOCAL_TIME.format(t.atOffset(ZoneOffset.UTC))));
        }
        assertSamePoints(walk(), TraceReader.read(write("walk.plt", plt.toString())));
    }

    @Test
    void readsGpxTrackPoints() throws IOException {
        StringBuilder gpx = new StringBuilder("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"test\" "
                + "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>walk</name><trkseg>\n");
        for (TracePoint p : walk()) {
            gpx.append(String.format(
                    Locale.ROOT,
                    "<trkpt lat=\"%.6f\" lon=\"%.6f\"><ele>%.4f</ele><time>%s</time></trkpt>%n",
                    p.lat(),
                    p.lon(),
                    p.altitude(),
                    Instant.ofEpochMilli(p.ts())));
        }
        gpx.append("</trkseg></trk></gpx>\n");
        assertSamePoints(walk(), TraceReader.read(write("walk.gpx", gpx.toString())));
    }

    @Test
    void readsCsvWithEpochSecondsOrIsoTimes() throws IOException {
        StringBuilder seconds = new StringBuilder("time,latitude,longitude,alt\n");
        StringBuilder iso = new StringBuilder("lon,lat,ts\n");
        for (TracePoint p : walk()) {
            seconds.append(
                    String.format(Locale.ROOT, "%d,%.6f,%.6f,%.4f%n", p.ts() / 1000, p.lat(), p.lon(), p.altitude()));
            iso.append(String.format(
                    Locale.ROOT,
                    "%.6f,%.6f,%s%n",
                    p.lon(),
                    p.lat(),
                    Instant.ofEpochMilli(p.ts()).atOffset(ZoneOffset.ofHours(8))));
        }
        assertSamePoints(walk(), TraceReader.read(write("a.csv", seconds.toString())));
        Trace noAltitude = TraceReader.read(write("b.csv", iso.toString()));
        assertEquals(walk().size(), noAltitude.points().size());
        assertEquals(T0, noAltitude.points().get(0).ts());
        assertTrue(Double.isNaN(noAltitude.points().get(0).altitude()));
    }

    @Test
    void refusesUnknownFormatsAndBadLines() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> TraceReader.read(write("walk.kml", "<kml/>")));
        assertThrows(IllegalArgumentException.class, () -> TraceReader.read(write("c.csv", "a,b\n1,2\n")));
        String plt = "1\n2\n3\n4\n5\n6\n39.9,116.3,0,100\n";
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> TraceReader.read(write("bad.plt", plt)));
        assertTrue(e.getMessage().contains("line 7"), e.getMessage());
    }

    @Test
    void relocationKeepsShapeAndTiming() {
        Trace trace = new Trace("walk", walk());
        long start = Instant.parse("2026-11-27T00:00:00Z").toEpochMilli();
        List<SimFix> moved = TraceRelocator.relocate(trace, 30.765, 120.76, start);
        assertEquals(trace.points().size(), moved.size());
        assertEquals(start, moved.get(0).ts());
        for (int i = 1; i < moved.size(); i++) {
            TracePoint a = trace.points().get(0), b = trace.points().get(i);
            assertEquals(b.ts() - a.ts(), moved.get(i).ts() - moved.get(0).ts());
            double before = Geo.meters(a.lat(), a.lon(), b.lat(), b.lon());
            double after = Geo.meters(
                    moved.get(0).lat(),
                    moved.get(0).lon(),
                    moved.get(i).lat(),
                    moved.get(i).lon());
            assertEquals(before, after, 0.005 * before + 0.05, "distance to point " + i);
        }
        double meanLat = moved.stream().mapToDouble(SimFix::lat).average().orElseThrow();
        assertEquals(30.765, meanLat, 0.001);
    }

    private static void assertSamePoints(List<TracePoint> expected, Trace actual) {
        assertEquals(expected.size(), actual.points().size());
        for (int i = 0; i < expected.size(); i++) {
            TracePoint e = expected.get(i), a = actual.points().get(i);
            assertEquals(e.ts(), a.ts(), "ts " + i);
            assertEquals(e.lat(), a.lat(), 1e-9);
            assertEquals(e.lon(), a.lon(), 1e-9);
            assertEquals(e.altitude(), a.altitude(), 0.05); // .plt keeps 0.1 ft
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
