package org.patrolgrid.web.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.JsonBody;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.store.UserRecord;
import org.patrolgrid.web.store.UserStore;

/** {@code POST /api/v1/session}: exchanges a username and password for a token. */
public final class SessionResource {
    private static final int MAX_PASSWORD_LENGTH = 1024;

    private final Vertx vertx;
    private final UserStore users;
    private final PasswordHasher hasher;
    private final TokenCodec tokens;
    private volatile String decoyHash;

    public SessionResource(Vertx vertx, UserStore users, PasswordHasher hasher, TokenCodec tokens) {
        this.vertx = vertx;
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
    }

    public void mount(Router router, String base) {
        router.post(base + "/session").handler(ctx -> Replies.handle(ctx, 200, () -> login(ctx)));
    }

    private Future<JsonObject> login(RoutingContext ctx) {
        JsonBody body = JsonBody.of(ctx);
        String username = body.requiredString("username");
        String password = body.requiredString("password");
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw ApiFault.unauthorized("wrong username or password");
        }
        return users.find(username)
                .compose(user -> vertx.executeBlocking(() -> check(user, password), false))
                .map(user -> new JsonObject()
                        .put("token", tokens.issue(user.username(), user.role(), user.districts()))
                        .put("role", user.role().wireName()));
    }

    /** Runs on a worker. An unknown user costs as much as a wrong password, so timing does not reveal usernames. */
    private UserRecord check(Optional<UserRecord> user, String password) {
        if (user.isEmpty()) {
            hasher.verify(password, decoyHash());
            throw ApiFault.unauthorized("wrong username or password");
        }
        if (!hasher.verify(password, user.get().passwordHash())) {
            throw ApiFault.unauthorized("wrong username or password");
        }
        return user.get();
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash("decoy");
            decoyHash = hash;
        }
        return hash;
    }
}
