package org.patrolgrid.web.store;

import java.time.Instant;

/** A row of {@code device}, without its secret hash. {@code unit} and {@code district} may be null. */
public record DeviceRecord(
        String id,
        String name,
        String kind,
        String unit,
        String district,
        Instant createdAt,
        Instant secretRotatedAt) {}
