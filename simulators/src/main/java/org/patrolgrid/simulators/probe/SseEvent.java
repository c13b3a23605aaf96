package org.patrolgrid.simulators.probe;

/** One Server-Sent Event: its {@code event:} name ({@code message} when absent) and its joined {@code data:} lines. */
public record SseEvent(String name, String data) {}
