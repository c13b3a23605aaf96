package org.patrolgrid.web.device;

import java.util.Set;
import java.util.regex.Pattern;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.JsonBody;
import org.patrolgrid.web.store.DeviceRecord;

/** A validated {@code POST /devices} request. {@code unit} and {@code district} may be null. */
public record NewDevice(String id, String name, String kind, String unit, String district) {
    /** Device ids as the schema allows them; they also appear in MQTT topics. */
    public static final Pattern ID = Pattern.compile("^[A-Za-z0-9_.:-]{1,64}$");

    private static final Set<String> KINDS = Set.of("collector", "officer");
    private static final int MAX_TEXT = 200;

    /** Reads and validates the request; 400 naming the first bad field. */
    public static NewDevice from(JsonBody body) {
        String id = body.requiredString("id");
        if (!ID.matcher(id).matches()) {
            throw ApiFault.badRequest("id must be 1-64 of A-Z a-z 0-9 _ . : -");
        }
        String kind = body.requiredString("kind");
        if (!KINDS.contains(kind)) {
            throw ApiFault.badRequest("kind must be collector or officer");
        }
        return new NewDevice(
                id,
                bounded("name", body.requiredString("name")),
                kind,
                bounded("unit", blankToNull(body.optionalString("unit"))),
                bounded("district", blankToNull(body.optionalString("district"))));
    }

    /** The row to insert; the database sets the times. */
    public DeviceRecord toRecord() {
        return new DeviceRecord(id, name, kind, unit, district, null, null);
    }

    private static String bounded(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw ApiFault.badRequest(field + " is longer than " + MAX_TEXT + " characters");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
