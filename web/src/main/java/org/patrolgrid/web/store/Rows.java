package org.patrolgrid.web.store;

import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Column readers shared by the stores. */
final class Rows {
    private Rows() {}

    static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    /**
     * A nullable real column as a double, NaN when null. A float is widened through its decimal form, so 3.7f reads as
     * 3.7 and not 3.700000047683716.
     */
    static double real(Row row, String column) {
        Object value = row.getValue(column);
        if (value instanceof Float f) {
            return Double.parseDouble(Float.toString(f));
        }
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    static DeviceRecord device(Row row) {
        return new DeviceRecord(
                row.getString("id"),
                row.getString("name"),
                row.getString("kind"),
                row.getString("unit"),
                row.getString("district"),
                instant(row, "created_at"),
                instant(row, "secret_rotated_at"));
    }
}
