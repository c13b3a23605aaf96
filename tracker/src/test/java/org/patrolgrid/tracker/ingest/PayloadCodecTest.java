package org.patrolgrid.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.position.Position;

/**
 * What each codec makes of a payload, byte for byte as a device sends it: the positions it accepts and, for every
 * refused message or element, the reason the sender is told.
 */
class PayloadCodecTest {
    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    private static final long TS = NOW.minusSeconds(60).toEpochMilli();
    private static final PositionValidator VALIDATOR =
            new PositionValidator(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5), Duration.ofDays(7));

    private final NativePositionCodec positions = new NativePositionCodec(VALIDATOR, 4);
    private final OwnTracksCodec ownTracks = new OwnTracksCodec(VALIDATOR, 4);
    private final DeviceEventCodec events = new DeviceEventCodec(VALIDATOR, 4);

    private static Decoded decode(PayloadCodec codec, String json) {
        return codec.decode("d1", json.getBytes(StandardCharsets.UTF_8), NOW);
    }

    /** The one position of a payload that must be accepted whole. */
    private static Position accepted(PayloadCodec codec, String json) {
        Decoded d = decode(codec, json);
        assertEquals("", d.summary(), json);
        assertEquals(1, d.accepted().size(), json);
        return d.accepted().get(0);
    }

    @Test
    void readsEveryFieldOfAPosition() {
        Decoded d = decode(
                positions,
                """
                {"ts":%d,"lat":30.75,"lon":120.76,"acc":5,"alt":12.5,"speed":1.5,"course":90,"batt":80,"mock":true}
                """
                        .formatted(TS));

        assertTrue(d.rejected().isEmpty());
        Position p = d.accepted().get(0);
        assertEquals("d1", p.device());
        assertEquals(Instant.ofEpochMilli(TS), p.fixTime());
        assertEquals(
                List.of(30.75, 120.76, 5.0, 12.5, 1.5, 90.0, 80.0),
                List.of(p.lat(), p.lon(), p.accuracy(), p.altitude(), p.speed(), p.course(), p.battery()));
        assertTrue(p.mock());
        assertEquals(NOW, p.receivedAt());
        assertTrue(p.attributes().isEmpty());
    }

    @Test
    void optionalFieldsMayBeAbsentOrNull() {
        Position p = accepted(
                positions, "{\"ts\":%d,\"lat\":30.75,\"lon\":120.76,\"acc\":null,\"mock\":null}".formatted(TS));

        assertTrue(List.of(p.accuracy(), p.altitude(), p.speed(), p.course(), p.battery()).stream()
                .allMatch(v -> Double.isNaN(v)));
        assertFalse(p.mock());
    }

    @Test
    void keepsUnknownFieldsAsAttributesWithTheirStructure() {
        Position p = accepted(
                positions,
                """
                {"ts":%d,"lat":30.75,"lon":120.76,"sat":9,"net":"4g","cell":{"mcc":460,"ids":[1,2]},"ok":false,"x":null}
                """
                        .formatted(TS));

        assertEquals(4, p.attributes().size());
        assertEquals(9, p.attributes().get("sat"));
        assertEquals("4g", p.attributes().get("net"));
        assertEquals(false, p.attributes().get("ok"));
        assertEquals(Map.of("mcc", 460, "ids", List.of(1, 2)), p.attributes().get("cell"));
    }

    @Test
    void aRepeatedFieldTakesItsLastValue() {
        Position p =
                accepted(positions, "{\"ts\":%d,\"lat\":10,\"lon\":120.76,\"lat\":30.5,\"n\":1,\"n\":2}".formatted(TS));

        assertEquals(30.5, p.lat());
        assertEquals(Map.of("n", 2), p.attributes());
    }

    @Test
    void readsTimestampsAsEpochMillisecondsOrIsoWithAnOffset() {
        Instant iso = accepted(positions, "{\"ts\":\"2026-11-28T09:58:00+08:00\",\"lat\":30.75,\"lon\":120.76}")
                .fixTime();
        Instant fractional = accepted(positions, "{\"ts\":%d.9,\"lat\":30.75,\"lon\":120.76}".formatted(TS))
                .fixTime();

        assertEquals(Instant.parse("2026-11-28T01:58:00Z"), iso);
        assertEquals(Instant.ofEpochMilli(TS), fractional);
    }

    @Test
    void refusesWholeMessagesThatAreNotPositions() {
        assertRefused(positions, "", "1 rejected: malformed_json: empty payload");
        assertRefused(positions, "  \n ", "1 rejected: malformed_json: empty payload");
        assertRefused(
                positions, "null", "1 rejected: not_a_position: payload must be a JSON object or an array of objects");
        assertRefused(
                positions, "42", "1 rejected: not_a_position: payload must be a JSON object or an array of objects");
        assertRefused(
                positions,
                "\"lat\"",
                "1 rejected: not_a_position: payload must be a JSON object or an array of objects");
        assertRefused(positions, "[{},{},{},{},{}]", "1 rejected: batch_too_large: batch of 5 exceeds 4 positions");
    }

    @Test
    void refusesMalformedJsonAnywhereInTheMessage() {
        assertMalformed("{\"ts\":1,\"lat\":30.75,", "Unexpected end-of-input");
        assertMalformed("{\"ts\":1,\"lat\":30.75,\"lon\":12x}", "Unexpected character ('x'");
        assertMalformed(
                "[{\"ts\":%d,\"lat\":30.75,\"lon\":120.76},{\"ts\":%d,\"lat\":30.75,\"lon\":]".formatted(TS, TS),
                "Unexpected character (']'");
        assertMalformed("[\"abc", "Unexpected end-of-input");
        assertMalformed("[{\"ts\":1,\"lat\":{\"a\":}}]", "Unexpected character ('}'");
        assertMalformed("[1,2,3,4,{]", "");
    }

    @Test
    void refusesOnlyTheBadElementsOfABatch() {
        String batch =
                "[{\"ts\":%d,\"lat\":30.75,\"lon\":120.76}, 7, {\"ts\":%d,\"lat\":95,\"lon\":120.76},".formatted(TS, TS)
                        + "{\"ts\":%d,\"lat\":\"30.7\",\"lon\":120.76}]".formatted(TS);

        Decoded d = decode(positions, batch);

        assertEquals(1, d.accepted().size());
        assertEquals(
                "3 rejected, 1 accepted: [1] not_a_position: element is not an object; "
                        + "[2] out_of_range: lat 95.0 is outside -90..90; [3] out_of_range: lat must be a number",
                d.summary());
    }

    @Test
    void namesTheFieldThatIsMissingOrOfTheWrongType() {
        assertRefused(positions, "{\"lat\":30.75,\"lon\":120.76}", "1 rejected: missing_field: ts is missing");
        assertRefused(
                positions, "{\"ts\":null,\"lat\":30.75,\"lon\":120.76}", "1 rejected: missing_field: ts is missing");
        assertRefused(
                positions, "{\"ts\":%d,\"lon\":120.76}".formatted(TS), "1 rejected: missing_field: lat is missing");
        assertRefused(
                positions,
                "{\"ts\":%d,\"lat\":\"NaN\",\"lon\":120.76}".formatted(TS),
                "1 rejected: not_finite: lat is not finite");
        assertRefused(
                positions,
                "{\"ts\":%d,\"lat\":30.75,\"lon\":\"-Infinity\"}".formatted(TS),
                "1 rejected: not_finite: lon is not finite");
        assertRefused(
                positions,
                "{\"ts\":%d,\"lat\":30.75,\"lon\":120.76,\"acc\":[5]}".formatted(TS),
                "1 rejected: out_of_range: acc must be a number");
        assertRefused(
                positions,
                "{\"ts\":%d,\"lat\":30.75,\"lon\":120.76,\"mock\":\"yes\"}".formatted(TS),
                "1 rejected: out_of_range: mock must be a boolean");
        assertRefused(
                positions,
                "{\"ts\":\"yesterday\",\"lat\":30.75,\"lon\":120.76}",
                "1 rejected: out_of_range: ts must be epoch milliseconds or ISO-8601 with an offset");
        assertRefused(
                positions,
                "{\"ts\":{\"ms\":1},\"lat\":30.75,\"lon\":120.76}",
                "1 rejected: out_of_range: ts must be epoch milliseconds or ISO-8601");
        assertRefused(
                positions,
                "{\"ts\":%d,\"lat\":30.75,\"lon\":120.76,\"speed\":-1}".formatted(TS),
                "1 rejected: out_of_range: speed -1.0 is negative");
    }

    @Test
    void aNumericMockFlagIsTrueWhenNotZero() {
        assertTrue(accepted(positions, "{\"ts\":%d,\"lat\":30.75,\"lon\":120.76,\"mock\":1}".formatted(TS))
                .mock());
        assertFalse(accepted(positions, "{\"ts\":%d,\"lat\":30.75,\"lon\":120.76,\"mock\":0}".formatted(TS))
                .mock());
    }

    @Test
    void ownTracksLocationsConvertUnitsAndOtherTypesCarryNoPosition() {
        long tst = TS / 1000;
        Decoded location = decode(
                ownTracks,
                """
                {"_type":"location","tst":%d,"lat":30.75,"lon":120.76,"vel":36,"cog":180,"tid":"ab"}
                """
                        .formatted(tst));
        Decoded card = decode(ownTracks, "{\"_type\":\"card\",\"name\":\"x\"}");

        Position p = location.accepted().get(0);
        assertEquals(Instant.ofEpochSecond(tst), p.fixTime());
        assertEquals(10.0, p.speed());
        assertEquals(180.0, p.course());
        assertEquals(Map.of("tid", "ab"), p.attributes());
        assertTrue(card.accepted().isEmpty());
        assertTrue(card.rejected().isEmpty());
        assertRefused(
                ownTracks, "{\"tst\":1,\"lat\":30.75,\"lon\":120.76}", "1 rejected: missing_field: _type is missing");
    }

    @Test
    void anSosEventBecomesAPositionAndOtherEventsAreAccepted() {
        Position sos = accepted(
                events, "{\"ts\":%d,\"type\":\"sos\",\"lat\":30.75,\"lon\":120.76,\"note\":\"x\"}".formatted(TS));
        Decoded other = decode(events, "{\"ts\":%d,\"type\":\"battery_low\"}".formatted(TS));

        assertEquals(Map.of("type", "sos", "sos", true), sos.attributes());
        assertTrue(other.accepted().isEmpty());
        assertTrue(other.rejected().isEmpty());
        assertRefused(events, "{\"ts\":%d,\"type\":\" \"}".formatted(TS), "1 rejected: missing_field: type is missing");
    }

    private static void assertRefused(PayloadCodec codec, String json, String summary) {
        Decoded d = decode(codec, json);
        assertEquals(List.of(), d.accepted(), json);
        assertEquals(summary, d.summary(), json);
    }

    /** The whole message is refused as malformed (a good element before the fault included). */
    private void assertMalformed(String json, String reasonStart) {
        Decoded d = decode(positions, json);
        String prefix = "1 rejected: malformed_json: " + reasonStart;
        assertTrue(d.accepted().isEmpty(), json);
        assertTrue(d.summary().startsWith(prefix), () -> "expected [" + prefix + "...] but was [" + d.summary() + "]");
    }
}
