package org.patrolgrid.tracker.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patrolgrid.geofence.position.Position;

/**
 * Turns an MQTT payload into positions: one JSON object or an array of them (a buffered upload). Subclasses read one
 * element in their format; this class handles size limits, arrays and validation, so that one bad element never
 * rejects the good ones.
 */
public abstract class PayloadCodec {
    private final PositionValidator validator;
    private final int maxBatch;

    protected PayloadCodec(PositionValidator validator, int maxBatch) {
        this.validator = validator;
        this.maxBatch = maxBatch;
    }

    /** The format's name, as counted in metrics. */
    public abstract String format();

    /** One element, or empty when the element is valid but carries no position (e.g. an OwnTracks lwt). */
    protected abstract Optional<Position> readElement(String device, FixReader fields, Instant receivedAt);

    public Decoded decode(String device, byte[] payload, Instant receivedAt) {
        JsonNode root;
        try {
            root = FixReader.MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            return Decoded.refused(Rejection.MALFORMED_JSON, oneLine(e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            return Decoded.refused(Rejection.MALFORMED_JSON, "unreadable payload");
        }
        if (root == null || root.isMissingNode()) {
            return Decoded.refused(Rejection.MALFORMED_JSON, "empty payload");
        }
        if (root.isObject()) {
            return decodeElements(device, List.of(root), -1, receivedAt);
        }
        if (root.isArray()) {
            if (root.size() > maxBatch) {
                return Decoded.refused(
                        Rejection.BATCH_TOO_LARGE, "batch of " + root.size() + " exceeds " + maxBatch + " positions");
            }
            List<JsonNode> elements = new ArrayList<>(root.size());
            root.forEach(elements::add);
            return decodeElements(device, elements, 0, receivedAt);
        }
        return Decoded.refused(Rejection.NOT_A_POSITION, "payload must be a JSON object or an array of objects");
    }

    private Decoded decodeElements(String device, List<JsonNode> elements, int firstIndex, Instant receivedAt) {
        List<Position> accepted = new ArrayList<>(elements.size());
        List<RejectedPosition> rejected = new ArrayList<>(0);
        for (int i = 0; i < elements.size(); i++) {
            int index = firstIndex < 0 ? -1 : i;
            JsonNode element = elements.get(i);
            if (!element.isObject()) {
                rejected.add(new RejectedPosition(Rejection.NOT_A_POSITION, "element is not an object", index));
                continue;
            }
            try {
                Optional<Position> position = readElement(device, new FixReader(element), receivedAt);
                if (position.isPresent()) {
                    validator
                            .check(position.get(), index)
                            .ifPresentOrElse(rejected::add, () -> accepted.add(position.get()));
                }
            } catch (FixReader.FieldException e) {
                rejected.add(new RejectedPosition(e.reason, e.getMessage(), index));
            }
        }
        return new Decoded(accepted, rejected);
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "malformed JSON";
        }
        String line = s.lines().findFirst().orElse(s);
        return line.length() > 120 ? line.substring(0, 120) : line;
    }
}
