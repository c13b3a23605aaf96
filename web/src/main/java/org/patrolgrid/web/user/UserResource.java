package org.patrolgrid.web.user;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.JsonBody;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.auth.AuthHandler;
import org.patrolgrid.web.auth.Passwords;
import org.patrolgrid.web.store.UserRecord;
import org.patrolgrid.web.store.UserStore;

/** {@code /api/v1/users} (admin only): create and list users. Password hashes never leave the server. */
public final class UserResource {
    private final UserStore users;
    private final Passwords passwords;

    public UserResource(UserStore users, Passwords passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    public void mount(Router router, String base) {
        router.post(base + "/users").handler(ctx -> Replies.handle(ctx, 201, () -> create(ctx)));
        router.get(base + "/users").handler(ctx -> Replies.handle(ctx, 200, () -> list(ctx)));
    }

    private Future<JsonObject> create(RoutingContext ctx) {
        AuthHandler.scope(ctx).requireAdmin();
        NewUser user = NewUser.from(JsonBody.of(ctx));
        return passwords
                .hash(user.password())
                .map(hash -> new UserRecord(user.username(), hash, user.role(), user.districts()))
                .compose(record -> users.insert(record).map(inserted -> {
                    if (!inserted) {
                        throw ApiFault.conflict("user " + user.username() + " exists");
                    }
                    return toJson(record);
                }));
    }

    private Future<JsonArray> list(RoutingContext ctx) {
        AuthHandler.scope(ctx).requireAdmin();
        return users.list()
                .map(all -> new JsonArray(all.stream()
                        .map(UserResource::toJson)
                        .map(Object.class::cast)
                        .toList()));
    }

    private static JsonObject toJson(UserRecord user) {
        return new JsonObject()
                .put("username", user.username())
                .put("role", user.role().wireName())
                .put("districts", new JsonArray(List.copyOf(user.districts())));
    }
}
