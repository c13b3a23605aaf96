package org.patrolgrid.web.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.patrolgrid.web.auth.Role;

/** The {@code app_user} table. */
public final class UserStore {
    private static final String COLUMNS = "username, password_hash, role, districts";

    private final Pool pool;

    public UserStore(Pool pool) {
        this.pool = pool;
    }

    public Future<Optional<UserRecord>> find(String username) {
        return pool.preparedQuery("select " + COLUMNS + " from app_user where username = $1")
                .execute(Tuple.of(username))
                .map(rows -> rows.size() == 0
                        ? Optional.empty()
                        : Optional.of(read(rows.iterator().next())));
    }

    public Future<List<UserRecord>> list() {
        return pool.query("select " + COLUMNS + " from app_user order by username")
                .execute()
                .map(rows -> {
                    List<UserRecord> users = new ArrayList<>(rows.size());
                    rows.forEach(row -> users.add(read(row)));
                    return users;
                });
    }

    /** Inserts the user; false when the username is taken. */
    public Future<Boolean> insert(UserRecord user) {
        return pool.preparedQuery("insert into app_user (" + COLUMNS + ") values ($1, $2, $3, $4)"
                        + " on conflict (username) do nothing")
                .execute(Tuple.of(
                        user.username(),
                        user.passwordHash(),
                        user.role().wireName(),
                        user.districts().toArray(String[]::new)))
                .map(rows -> rows.rowCount() == 1);
    }

    private static UserRecord read(Row row) {
        String[] districts = row.getArrayOfStrings("districts");
        return new UserRecord(
                row.getString("username"),
                row.getString("password_hash"),
                Role.parse(row.getString("role")).orElseThrow(),
                districts == null ? List.of() : Arrays.asList(districts));
    }
}
