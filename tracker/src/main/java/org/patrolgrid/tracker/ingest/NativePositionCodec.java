package org.patrolgrid.tracker.ingest;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.patrolgrid.geofence.position.Position;

/** PatrolGrid's own position JSON on {@code devices/{id}/positions} (CONTRACT §2). */
public final class NativePositionCodec extends PayloadCodec {
    private static final Set<String> KNOWN =
            Set.of("ts", "lat", "lon", "acc", "alt", "speed", "course", "batt", "mock");

    public NativePositionCodec(PositionValidator validator, int maxBatch) {
        super(validator, maxBatch);
    }

    @Override
    public String format() {
        return "native";
    }

    @Override
    protected Optional<Position> readElement(String device, FixReader f, Instant receivedAt) {
        return Optional.of(new Position(
                device,
                f.timestamp("ts"),
                f.required("lat"),
                f.required("lon"),
                f.optional("acc"),
                f.optional("alt"),
                f.optional("speed"),
                f.optional("course"),
                f.optional("batt"),
                f.flag("mock"),
                receivedAt,
                f.attributesExcept(KNOWN)));
    }
}
