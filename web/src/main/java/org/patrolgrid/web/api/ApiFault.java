package org.patrolgrid.web.api;

/**
 * A client fault: the request is refused with an HTTP status and a short reason, answered as {@code {"error": reason}}.
 * Carries no stack trace, since it is an expected outcome and not a bug.
 */
public final class ApiFault extends RuntimeException {
    private final int status;

    public ApiFault(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return getMessage();
    }

    public static ApiFault badRequest(String reason) {
        return new ApiFault(400, reason);
    }

    public static ApiFault unauthorized(String reason) {
        return new ApiFault(401, reason);
    }

    public static ApiFault forbidden(String reason) {
        return new ApiFault(403, reason);
    }

    public static ApiFault notFound(String reason) {
        return new ApiFault(404, reason);
    }

    public static ApiFault conflict(String reason) {
        return new ApiFault(409, reason);
    }
}
