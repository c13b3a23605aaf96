package org.patrolgrid.simulators.trace;

/** One point of a recorded trace: fix time in epoch ms, WGS-84 position, altitude in metres or NaN. */
public record TracePoint(long ts, double lat, double lon, double altitude) {}
