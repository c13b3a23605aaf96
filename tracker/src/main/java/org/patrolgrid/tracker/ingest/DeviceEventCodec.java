package org.patrolgrid.tracker.ingest;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.patrolgrid.geofence.position.Position;

/**
 * Device events on {@code devices/{id}/events}: {@code {"ts","type":"sos","lat","lon"}}. An sos is read and
 * validated like a position and carries the attributes {@code type = "sos"} and {@code sos = true}; other types are
 * accepted and ignored.
 */
public final class DeviceEventCodec extends PayloadCodec {
    public DeviceEventCodec(PositionValidator validator, int maxBatch) {
        super(validator, maxBatch);
    }

    @Override
    public String format() {
        return "event";
    }

    @Override
    protected Optional<Position> readElement(String device, FixReader f, Instant receivedAt) {
        String type = f.text("type");
        if (type == null || type.isBlank()) {
            throw new FixReader.FieldException(Rejection.MISSING_FIELD, "type is missing");
        }
        if (!type.equals("sos")) {
            return Optional.empty();
        }
        return Optional.of(new Position(
                device,
                f.timestamp("ts"),
                f.required("lat"),
                f.required("lon"),
                f.optional("acc"),
                Double.NaN,
                Double.NaN,
                Double.NaN,
                f.optional("batt"),
                false,
                receivedAt,
                Map.of("type", type, "sos", true)));
    }
}
