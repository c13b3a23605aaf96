package org.patrolgrid.simulators.scenario;

import java.util.List;
import org.patrolgrid.simulators.staff.SimFix;

/** Position payloads of CONTRACT §2: {@code ts} in epoch ms, {@code lat, lon, acc, speed, course, batt} and {@code mock}. */
public final class PositionJson {
    private PositionJson() {}

    /** One object for a single fix, otherwise a JSON array. */
    public static String of(List<SimFix> fixes) {
        StringBuilder json = new StringBuilder(fixes.size() * 120);
        if (fixes.size() != 1) {
            json.append('[');
        }
        for (int i = 0; i < fixes.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            append(json, fixes.get(i));
        }
        if (fixes.size() != 1) {
            json.append(']');
        }
        return json.toString();
    }

    private static void append(StringBuilder json, SimFix f) {
        json.append("{\"ts\":")
                .append(f.ts())
                .append(",\"lat\":")
                .append(f.lat())
                .append(",\"lon\":")
                .append(f.lon())
                .append(",\"acc\":")
                .append(f.acc())
                .append(",\"speed\":")
                .append(f.speed())
                .append(",\"course\":")
                .append(f.course())
                .append(",\"batt\":")
                .append(f.batt());
        if (f.mock()) {
            json.append(",\"mock\":true");
        }
        json.append('}');
    }
}
