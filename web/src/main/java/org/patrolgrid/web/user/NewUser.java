package org.patrolgrid.web.user;

import java.util.List;
import java.util.regex.Pattern;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.JsonBody;
import org.patrolgrid.web.auth.Role;

/** A validated {@code POST /users} request. */
public record NewUser(String username, String password, Role role, List<String> districts) {
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9_.@-]{1,64}$");
    private static final int MAX_PASSWORD_LENGTH = 1024;

    public NewUser {
        districts = List.copyOf(districts);
    }

    /** Reads and validates the request; 400 naming the first bad field. */
    public static NewUser from(JsonBody body) {
        String username = body.requiredString("username");
        if (!USERNAME.matcher(username).matches()) {
            throw ApiFault.badRequest("username must be 1-64 of A-Z a-z 0-9 _ . @ -");
        }
        String password = body.optionalString("password");
        if (password == null || password.isEmpty()) {
            throw ApiFault.badRequest("password is required");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw ApiFault.badRequest("password is longer than " + MAX_PASSWORD_LENGTH + " characters");
        }
        Role role = Role.parse(body.optionalString("role"))
                .orElseThrow(() -> ApiFault.badRequest("role must be one of admin, bureau, infocenter, viewer"));
        return new NewUser(username, password, role, body.stringList("districts"));
    }

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role.wireName() + ", " + districts + "]";
    }
}
