package org.patrolgrid.tracker.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.patrolgrid.web.auth.DeviceSecrets;
import org.patrolgrid.web.auth.PasswordHasher;

/**
 * Makes sure user "admin" exists at start-up. A configured password is (re)applied on every start; without one, a
 * password is generated on the first start only and returned so that it is printed once.
 */
public final class AdminAccount {
    private AdminAccount() {}

    /** Blocking; start-up only. Returns the generated password, if one was made. */
    public static Optional<String> ensure(Database db, Optional<String> configured) {
        try (Connection c = db.jdbc()) {
            boolean exists;
            try (PreparedStatement st = c.prepareStatement("select 1 from app_user where username = 'admin'");
                    ResultSet rs = st.executeQuery()) {
                exists = rs.next();
            }
            if (exists && configured.isEmpty()) {
                return Optional.empty();
            }
            String password = configured.orElseGet(DeviceSecrets::generate);
            try (PreparedStatement st = c.prepareStatement(
                    "insert into app_user (username, password_hash, role) values ('admin', ?, 'admin') "
                            + "on conflict (username) do update set password_hash = excluded.password_hash")) {
                st.setString(1, new PasswordHasher().hash(password));
                st.executeUpdate();
            }
            return configured.isPresent() ? Optional.empty() : Optional.of(password);
        } catch (SQLException e) {
            throw new StorageUnavailableException("cannot set up user admin: " + e.getMessage(), e);
        }
    }
}
