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
 * from the database's current rows through the {@link CallerCache}, never from the token's claims.
 */
@RequestScoped
public class CurrentCaller {

    /** What the account shows about itself (GET /me) beside the {@link Caller}; orgType is an OrgType name. */
    public record Profile(String displayName, String orgCode, String orgName, String orgType) {
    }

    private record Resolved(Caller caller, Profile profile) {
    }

    private static final String USER = """
            select u.username, u.organization_id, o.path, u.roles, u.display_name, o.code, o.name, o.type
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

    private Resolved resolved;

    public Caller get() {
        return resolve().caller();
    }

    public Profile profile() {
        return resolve().profile();
    }

    private Resolved resolve() {
        if (resolved == null) {
            if (jwt == null || jwt.getSubject() == null) {
                throw unauthenticated();
            }
            String clientId = jwt.getClaim("client_id");
            String key = clientId != null ? "client:" + clientId : "user:" + jwt.getSubject();
            resolved = cache.get(key, () -> clientId != null ? loadClient(clientId) : loadUser()).orElseThrow(
                    CurrentCaller::unauthenticated);
        }
        return resolved;
    }

    private Optional<Resolved> loadUser() {
        long userId;
        try {
            userId = Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return sql.one(USER, List.of(userId), row -> new Resolved(
                new Caller(userId, row.getString(1), row.getLong(2), row.getString(3), parseRoles(row.getString(4))),
                new Profile(row.getString(5), row.getString(6), row.getString(7), row.getString(8))));
    }

    /**
     * A machine client acts with no role, in its organisation's subtree; its user id is the
     * negated client row id, so nothing it writes can be mistaken for a person's.
     */
    private Optional<Resolved> loadClient(String clientId) {
        return sql.one(CLIENT, List.of(clientId), row -> new Resolved(
                new Caller(-row.getLong(1), "client:" + clientId, row.getLong(2), row.getString(3),
                        EnumSet.noneOf(Role.class)),
                new Profile(row.getString(4), row.getString(5), row.getString(6), row.getString(7))));
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
