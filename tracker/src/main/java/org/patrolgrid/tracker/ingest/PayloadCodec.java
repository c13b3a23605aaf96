package org.patrolgrid.tracker.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
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
        try (JsonParser parser = FixReader.MAPPER.createParser(payload)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Decoded.refused(Rejection.MALFORMED_JSON, "empty payload");
            }
            if (first == JsonToken.START_OBJECT) {
                return decodeElements(device, List.of(FixReader.read(parser)), -1, receivedAt);
            }
            if (first == JsonToken.START_ARRAY) {
                return decodeBatch(device, parser, receivedAt);
            }
            parser.finishToken();
            return Decoded.refused(Rejection.NOT_A_POSITION, "payload must be a JSON object or an array of objects");
        } catch (JsonProcessingException e) {
            return Decoded.refused(Rejection.MALFORMED_JSON, oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            return Decoded.refused(Rejection.MALFORMED_JSON, "unreadable payload");
        }
    }

    /**
     * A buffered upload: every element is read before any is judged, so that malformed JSON anywhere refuses the whole
     * message. Elements past {@code maxBatch} are only parsed, to count them.
     */
    private Decoded decodeBatch(String device, JsonParser parser, Instant receivedAt) throws IOException {
        List<FixReader> elements = new ArrayList<>();
        int count = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            FixReader.expectMore(parser, t);
            count++;
            if (t == JsonToken.START_OBJECT && count <= maxBatch) {
                elements.add(FixReader.read(parser));
            } else {
                parser.skipChildren();
                parser.finishToken();
                if (count <= maxBatch) {
                    elements.add(null);
                }
            }
        }
        if (count > maxBatch) {
            return Decoded.refused(
                    Rejection.BATCH_TOO_LARGE, "batch of " + count + " exceeds " + maxBatch + " positions");
        }
        return decodeElements(device, elements, 0, receivedAt);
    }

    /** Elements that are null were not objects. */
    private Decoded decodeElements(String device, List<FixReader> elements, int firstIndex, Instant receivedAt) {
        List<Position> accepted = new ArrayList<>(elements.size());
        List<RejectedPosition> rejected = new ArrayList<>(0);
        for (int i = 0; i < elements.size(); i++) {
            int index = firstIndex < 0 ? -1 : i;
            FixReader element = elements.get(i);
            if (element == null) {
                rejected.add(new RejectedPosition(Rejection.NOT_A_POSITION, "element is not an object", index));
                continue;
            }
            try {
                Optional<Position> position = readElement(device, element, receivedAt);
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
