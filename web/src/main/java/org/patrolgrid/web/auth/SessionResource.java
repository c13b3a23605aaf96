package org.patrolgrid.web.auth;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Optional;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.JsonBody;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.store.UserRecord;
import org.patrolgrid.web.store.UserStore;

/**
 * {@code POST /api/v1/session} exchanges a username and password for a token ({@code {token, role, expiresAt}});
 * {@code GET /api/v1/session} tells a logged-in client who it is.
 */
public final class SessionResource {
    private static final int MAX_PASSWORD_LENGTH = 1024;
    private static final String REFUSED = "wrong username or password";

    private final UserStore users;
    private final Passwords passwords;
    private final TokenCodec tokens;

    public SessionResource(UserStore users, Passwords passwords, TokenCodec tokens) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    /** The login route; mount it before the {@link AuthHandler}. */
    public void mountLogin(Router router, String base) {
        router.post(base + "/session").handler(ctx -> Replies.handle(ctx, 200, () -> login(ctx)));
    }

    /** The "who am I" route; mount it after the {@link AuthHandler}. */
    public void mountCurrent(Router router, String base) {
        router.get(base + "/session").handler(ctx -> Replies.handle(ctx, 200, () -> current(ctx)));
    }

    private Future<JsonObject> login(RoutingContext ctx) {
        JsonBody body = JsonBody.of(ctx);
        String username = body.requiredString("username");
        String password = body.requiredString("password");
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw ApiFault.unauthorized(REFUSED);
        }
        return users.find(username).compose(user -> check(user, password)).map(user -> {
            String token = tokens.issue(user.username(), user.role(), user.districts());
            Session session = tokens.verify(token).orElseThrow();
            return new JsonObject()
                    .put("token", token)
                    .put("role", user.role().wireName())
                    .put("expiresAt", session.expiresAt().toString());
        });
    }

    private Future<UserRecord> check(Optional<UserRecord> user, String password) {
        String stored = user.map(UserRecord::passwordHash).orElse(null);
        return passwords.verify(password, stored).map(matches -> {
            if (!matches) {
                throw ApiFault.unauthorized(REFUSED);
            }
            return user.orElseThrow();
        });
    }

    private Future<JsonObject> current(RoutingContext ctx) {
        Session session = AuthHandler.session(ctx);
        return Future.succeededFuture(new JsonObject()
                .put("username", session.username())
                .put("role", session.role().wireName())
                .put("districts", new JsonArray(new ArrayList<>(session.districts())))
                .put("expiresAt", session.expiresAt().toString()));
    }
}
