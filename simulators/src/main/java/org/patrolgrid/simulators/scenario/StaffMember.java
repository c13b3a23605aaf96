package org.patrolgrid.simulators.scenario;

/** A simulated device and the person carrying it, as registered with {@code POST /api/v1/devices}. */
public record StaffMember(String device, String name, String kind, String unit, String district) {}
