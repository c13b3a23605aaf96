package org.patrolgrid.tracker.ingest;

/** Why a message or one of its positions was refused. The code is what the sender sees and what metrics count. */
public enum Rejection {
    MALFORMED_JSON("malformed_json"),
    NOT_A_POSITION("not_a_position"),
    MISSING_FIELD("missing_field"),
    NOT_FINITE("not_finite"),
    OUT_OF_RANGE("out_of_range"),
    TS_IN_FUTURE("ts_in_future"),
    TS_TOO_OLD("ts_too_old"),
    PAYLOAD_TOO_LARGE("payload_too_large"),
    BATCH_TOO_LARGE("batch_too_large");

    private final String code;

    Rejection(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
