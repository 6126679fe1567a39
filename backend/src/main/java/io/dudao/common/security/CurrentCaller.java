package io.dudao.common.security;

import io.dudao.common.db.Sql;
import io.dudao.common.error.ApiException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves the signed-in user's (or machine client's) current roles and organisation once per request,
 * from the database's current rows through the {@link CallerCache}, never from the token's claims. A
 * token whose session version is not the account's (password changed or reset, roles or organisation
 * changed, account deactivated) is refused like an expired one; the cache holds the row (with its
 * session version and password-change flag), and any change to the row empties the cache.
 */
@RequestScoped
public class CurrentCaller {

    /** The access-token claim carrying the account's session version at sign-in. */
    public static final String SESSION_CLAIM = "sv";

    /** What the account shows about itself (GET /me) beside the {@link Caller}; orgType is an OrgType name. */
    public record Profile(String displayName, String orgCode, String orgName, String orgType) {
    }

    /** The account as the database holds it: roles as stored (the admin mode and a client's scopes apply per request). */
    private record Account(Caller caller, Profile profile, long sessionVersion, boolean mustChangePassword) {
    }

    private record Resolved(Caller caller, Profile profile, boolean mustChangePassword) {
    }

    private static final String USER = """
            select u.username, u.organization_id, o.path, u.roles, u.display_name, o.code, o.name, o.type,
                   u.session_version, u.must_change_password
            from app_user u join organization o on o.id = u.organization_id
            where u.id = ? and u.active""";
    private static final String CLIENT = """
            select c.id, c.organization_id, o.path, c.name, o.code, o.name, o.type
            from api_client c join organization o on o.id = c.organization_id
            where c.client_id = ? and c.active""";

    @Inject
    JsonWebToken jwt;

    @Inject
    Sql sql;

    @Inject
    CallerCache cache;

    @Inject
    AdminMode adminMode;

    private Resolved resolved;

    public Caller get() {
        return resolve().caller();
    }

    public Profile profile() {
        return resolve().profile();
    }

    /** Whether the signed-in person still has to replace a generated or reset password. */
    public boolean mustChangePassword() {
        return resolve().mustChangePassword();
    }

    private Resolved resolve() {
        if (resolved == null) {
            if (jwt == null || jwt.getSubject() == null) {
                throw unauthenticated();
            }
            String clientId = jwt.getClaim("client_id");
            resolved = clientId != null ? client(clientId) : user();
        }
        return resolved;
    }

    private Resolved user() {
        long userId;
        try {
            userId = Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException e) {
            throw unauthenticated();
        }
        Account account = cache.get("user:" + userId, () -> loadUser(userId)).orElseThrow(CurrentCaller::unauthenticated);
        Object claimed = jwt.getClaim(SESSION_CLAIM);
        long tokenVersion = claimed instanceof Number n ? n.longValue() : claimed == null ? 0 : parse(claimed.toString());
        if (tokenVersion != account.sessionVersion()) {
            throw unauthenticated();
        }
        Caller c = account.caller();
        return new Resolved(new Caller(c.userId(), c.username(), c.orgId(), c.orgPath(), adminMode.effective(c.roles())),
                account.profile(), account.mustChangePassword());
    }

    private Optional<Account> loadUser(long userId) {
        return sql.one(USER, List.of(userId), row -> new Account(
                new Caller(userId, row.getString(1), row.getLong(2), row.getString(3), parseRoles(row.getString(4))),
                new Profile(row.getString(5), row.getString(6), row.getString(7), row.getString(8)),
                row.getLong(9), row.getBoolean(10)));
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * A machine client acts with no role, in its organisation's subtree, within its token's scopes;
     * its user id is the negated client row id, so nothing it writes can be mistaken for a person's.
     */
    private Resolved client(String clientId) {
        Account account = cache.get("client:" + clientId, () -> loadClient(clientId)).orElseThrow(CurrentCaller::unauthenticated);
        String granted = jwt.getClaim("scope");
        Set<String> scopes = granted == null ? Set.of() : Arrays.stream(granted.trim().split("\\s+"))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        Caller c = account.caller();
        return new Resolved(new Caller(c.userId(), c.username(), c.orgId(), c.orgPath(), c.roles(), scopes),
                account.profile(), false);
    }

    private Optional<Account> loadClient(String clientId) {
        return sql.one(CLIENT, List.of(clientId), row -> new Account(
                new Caller(-row.getLong(1), "client:" + clientId, row.getLong(2), row.getString(3),
                        EnumSet.noneOf(Role.class)),
                new Profile(row.getString(4), row.getString(5), row.getString(6), row.getString(7)), 0, false));
    }

    public static Set<Role> parseRoles(String stored) {
        if (stored == null || stored.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static ApiException unauthenticated() {
        return new ApiException(401, "UNAUTHORIZED", "未登录、登录已过期或账号已停用",
                "Missing or expired credentials, or the account is disabled");
    }
}
