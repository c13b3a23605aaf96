package org.patrolgrid.tracker.ingest;

import java.util.List;
import org.patrolgrid.geofence.position.Position;

/** The outcome of decoding one MQTT payload: the good positions and the refused elements, either may be empty. */
public record Decoded(List<Position> accepted, List<RejectedPosition> rejected) {
    public Decoded {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }

    public static Decoded refused(Rejection reason, String detail) {
        return new Decoded(List.of(), List.of(new RejectedPosition(reason, detail, -1)));
    }

    public static Decoded nothing() {
        return new Decoded(List.of(), List.of());
    }

    /** A one-line summary for the sender (MQTT 5 reason string) and the log. */
    public String summary() {
        if (rejected.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        s.append(rejected.size()).append(" rejected");
        if (!accepted.isEmpty()) {
            s.append(", ").append(accepted.size()).append(" accepted");
        }
        s.append(": ");
        int shown = Math.min(3, rejected.size());
        for (int i = 0; i < shown; i++) {
            s.append(i > 0 ? "; " : "").append(rejected.get(i).describe());
        }
        if (rejected.size() > shown) {
            s.append("; ...");
        }
        return s.toString();
    }
}
