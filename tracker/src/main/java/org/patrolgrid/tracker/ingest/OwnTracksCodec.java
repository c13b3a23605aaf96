package org.patrolgrid.tracker.ingest;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.patrolgrid.geofence.position.Position;

/**
 * The OwnTracks app's JSON on {@code owntracks/{id}/{name}}. {@code _type: location} gives a position; other types
 * are valid and carry none. Units: {@code tst} epoch seconds, {@code vel} km/h, {@code cog} degrees.
 */
public final class OwnTracksCodec extends PayloadCodec {
    private static final Set<String> KNOWN = Set.of("_type", "tst", "lat", "lon", "acc", "alt", "vel", "cog", "batt");

    public OwnTracksCodec(PositionValidator validator, int maxBatch) {
        super(validator, maxBatch);
    }

    @Override
    public String format() {
        return "owntracks";
    }

    @Override
    protected Optional<Position> readElement(String device, FixReader f, Instant receivedAt) {
        if (!f.has("_type")) {
            throw new FixReader.FieldException(Rejection.MISSING_FIELD, "_type is missing");
        }
        if (!"location".equals(f.text("_type"))) {
            return Optional.empty();
        }
        double tst = f.required("tst");
        double vel = f.optional("vel");
        return Optional.of(new Position(
                device,
                Instant.ofEpochMilli((long) (tst * 1000)),
                f.required("lat"),
                f.required("lon"),
                f.optional("acc"),
                f.optional("alt"),
                Double.isNaN(vel) ? Double.NaN : vel / 3.6,
                f.optional("cog"),
                f.optional("batt"),
                false,
                receivedAt,
                f.attributesExcept(KNOWN)));
    }
}
