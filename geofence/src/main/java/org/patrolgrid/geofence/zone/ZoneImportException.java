package org.patrolgrid.geofence.zone;

import java.util.List;

/**
 * A GeoJSON import that was refused. It carries every problem found, one per line, each as
 * {@code feature <id or #index>: <reason>}; nothing of the import was kept.
 */
public final class ZoneImportException extends IllegalArgumentException {
    private final List<String> errors;

    public ZoneImportException(List<String> errors) {
        super(errors.size()
                + (errors.size() == 1 ? " invalid feature: " : " invalid features: ")
                + String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
