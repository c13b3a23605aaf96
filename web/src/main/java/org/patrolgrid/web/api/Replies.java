package org.patrolgrid.web.api;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Supplier;

/** The one place that writes JSON answers and turns failures into {@code {"error": reason}} with a status. */
public final class Replies {
    private static final System.Logger LOG = System.getLogger(Replies.class.getName());
    private static final String JSON = "application/json; charset=utf-8";
    private static final String MATCHED_ROUTE = "patrolgrid.matchedRoute";

    private Replies() {}

    /** Runs {@code work} and answers its result with {@code status}; a synchronous throw counts as a failure. */
    public static void handle(RoutingContext ctx, int status, Supplier<? extends Future<?>> work) {
        ctx.put(MATCHED_ROUTE, ctx.currentRoute().getPath());
        Future<?> result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            ctx.fail(e);
            return;
        }
        result.onSuccess(body -> json(ctx, status, body)).onFailure(ctx::fail);
    }

    /** Runs {@code work} and answers its CSV document as a download named {@code filename}. */
    public static void handleCsv(RoutingContext ctx, String filename, Supplier<? extends Future<Buffer>> work) {
        ctx.put(MATCHED_ROUTE, ctx.currentRoute().getPath());
        Future<Buffer> result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            ctx.fail(e);
            return;
        }
        result.onSuccess(body -> ctx.response()
                        .putHeader("Content-Type", "text/csv; charset=utf-8")
                        .putHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                        .end(body))
                .onFailure(ctx::fail);
    }

    /** True when the request asks for {@code ?format=csv}; 400 for a format other than json or csv. */
    public static boolean wantsCsv(RoutingContext ctx) {
        String format = ctx.request().getParam("format");
        if (format == null || format.equals("json")) {
            return false;
        }
        if (format.equals("csv")) {
            return true;
        }
        throw ApiFault.badRequest("format must be json or csv");
    }

    /**
     * The template of the route whose handler ran through {@link #handle}, for example {@code /api/v1/devices/:id}, even
     * when the request then failed and ended in the failure handler; null otherwise.
     */
    public static String matchedRoute(RoutingContext ctx) {
        return ctx.get(MATCHED_ROUTE);
    }

    /** Writes {@code body}: a Buffer already holding JSON, or a JsonObject, JsonArray or other encodable value. */
    public static void json(RoutingContext ctx, int status, Object body) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", JSON);
        if (body instanceof Buffer encoded) {
            response.end(encoded);
        } else {
            response.end(Json.encode(body));
        }
    }

    /** Writes an error answer. */
    public static void error(RoutingContext ctx, int status, String reason) {
        json(ctx, status, new JsonObject().put("error", reason));
    }

    /** The router's failure handler: client faults are answered with their status, anything else is a 500. */
    public static void failure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof ApiFault fault) {
            error(ctx, fault.status(), fault.reason());
        } else if (failure instanceof DecodeException) {
            error(ctx, 400, "invalid JSON");
        } else if (failure == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            error(ctx, ctx.statusCode(), reasonFor(ctx.statusCode()));
        } else {
            LOG.log(
                    System.Logger.Level.ERROR,
                    "request " + ctx.request().method() + " " + ctx.request().path() + " failed",
                    failure);
            error(ctx, 500, "internal error");
        }
    }

    /** A short reason for a status the router produced itself (no route, wrong method, body too large). */
    public static String reasonFor(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 401 -> "not logged in";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 413 -> "request body too large";
            case 415 -> "unsupported media type";
            default -> "request refused";
        };
    }
}
