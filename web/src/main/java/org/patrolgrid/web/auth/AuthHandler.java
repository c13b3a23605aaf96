package org.patrolgrid.web.auth;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.patrolgrid.web.api.ApiFault;

/**
 * Requires a valid token on the request, from {@code Authorization: Bearer <token>} or from {@code ?token=} (for map
 * libraries and EventSource, which cannot set headers), and keeps its session on the routing context.
 */
public final class AuthHandler implements Handler<RoutingContext> {
    private static final String SESSION = "patrolgrid.session";
    private static final String BEARER = "Bearer ";

    private final TokenCodec tokens;

    public AuthHandler(TokenCodec tokens) {
        this.tokens = tokens;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String token = token(ctx);
        if (token == null) {
            ctx.fail(ApiFault.unauthorized("not logged in"));
            return;
        }
        Optional<Session> session = tokens.verify(token);
        if (session.isEmpty()) {
            ctx.fail(ApiFault.unauthorized("invalid or expired token"));
            return;
        }
        ctx.put(SESSION, session.get());
        ctx.next();
    }

    /** The session of an authenticated request. */
    public static Session session(RoutingContext ctx) {
        Session session = ctx.get(SESSION);
        if (session == null) {
            throw ApiFault.unauthorized("not logged in");
        }
        return session;
    }

    /** The scope of an authenticated request. */
    public static Scope scope(RoutingContext ctx) {
        return session(ctx).scope();
    }

    private static String token(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = header.substring(BEARER.length()).trim();
            return token.isEmpty() ? null : token;
        }
        String param = ctx.request().getParam("token");
        return param == null || param.isEmpty() ? null : param;
    }
}
