package org.patrolgrid.simulators.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void parsesNamedEventsAndSkipsComments() {
        SseParser parser = new SseParser();
        List<SseEvent> events = parser.feed(bytes(": connected\n\nevent: position\ndata: {\"device\":\"a\"}\n\n"
                + ": ping\n\nevent: alert\ndata: {\"device\":\"b\",\"kind\":\"sos\"}\n\n"));
        assertEquals(
                List.of(
                        new SseEvent("position", "{\"device\":\"a\"}"),
                        new SseEvent("alert", "{\"device\":\"b\",\"kind\":\"sos\"}")),
                events);
    }

    @Test
    void anEventSplitAnywhereComesOutOnceWhole() {
        String stream = "event: alert\ndata: {\"device\":\"巡查-1\"}\n\nevent: attendance\r\ndata: x\r\n\r\n";
        byte[] all = bytes(stream);
        for (int cut = 0; cut <= all.length; cut++) {
            SseParser parser = new SseParser();
            List<SseEvent> events = new ArrayList<>(parser.feed(java.util.Arrays.copyOfRange(all, 0, cut)));
            events.addAll(parser.feed(java.util.Arrays.copyOfRange(all, cut, all.length)));
            assertEquals(
                    List.of(new SseEvent("alert", "{\"device\":\"巡查-1\"}"), new SseEvent("attendance", "x")),
                    events,
                    "cut at " + cut);
        }
    }

    @Test
    void joinsDataLinesAndDefaultsTheName() {
        SseParser parser = new SseParser();
        assertEquals(List.of(new SseEvent("message", "one\ntwo")), parser.feed(bytes("data:one\ndata: two\r\r")));
    }

    @Test
    void waitsForTheBlankLineAndDropsEventsWithoutData() {
        SseParser parser = new SseParser();
        assertTrue(parser.feed(bytes("event: alert\ndata: {}\n")).isEmpty());
        assertEquals(List.of(new SseEvent("alert", "{}")), parser.feed(bytes("\n")));
        assertTrue(parser.feed(bytes("event: alert\n\n")).isEmpty());
        assertEquals(List.of(new SseEvent("message", "x")), parser.feed(bytes("data: x\n\n")));
    }
}
