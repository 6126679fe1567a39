package io.dudao.common.security;

import io.dudao.common.error.ApiException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves the signed-in user's current roles and organisation once per request. A token whose
 * session version is older than the account's (password changed or reset, roles or organisation
 * changed, account deactivated) is refused like an expired one.
 */
@RequestScoped
public class CurrentCaller {

    /** The access-token claim carrying the account's session version at sign-in. */
    public static final String SESSION_CLAIM = "sv";

    @Inject
    JsonWebToken jwt;

    @Inject
    EntityManager em;

    @Inject
    AdminMode adminMode;

    private Caller caller;
    private boolean mustChangePassword;

    public Caller get() {
        if (caller == null) {
            caller = load();
        }
        return caller;
    }

    /** Whether the signed-in person still has to replace a generated or reset password. */
    public boolean mustChangePassword() {
        get();
        return mustChangePassword;
    }

    private Caller load() {
        if (jwt == null || jwt.getSubject() == null) {
            throw unauthenticated();
        }
        String clientId = jwt.getClaim("client_id");
        if (clientId != null) {
            return loadClient(clientId);
        }
        long userId;
        try {
            userId = Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException e) {
            throw unauthenticated();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select u.username, u.organization_id, o.path, u.roles, u.session_version, u.must_change_password
                from app_user u join organization o on o.id = u.organization_id
                where u.id = ?1 and u.active""").setParameter(1, userId).getResultList();
        if (rows.isEmpty()) {
            throw unauthenticated();
        }
        Object[] row = rows.get(0);
        Object claimed = jwt.getClaim(SESSION_CLAIM);
        long tokenVersion = claimed instanceof Number n ? n.longValue() : claimed == null ? 0 : parse(claimed.toString());
        if (tokenVersion != ((Number) row[4]).longValue()) {
            throw unauthenticated();
        }
        mustChangePassword = Boolean.TRUE.equals(row[5]);
        return new Caller(userId, (String) row[0], ((Number) row[1]).longValue(), (String) row[2],
                adminMode.effective(parseRoles((String) row[3])));
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
    private Caller loadClient(String clientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.organization_id, o.path
                from api_client c join organization o on o.id = c.organization_id
                where c.client_id = ?1 and c.active""").setParameter(1, clientId).getResultList();
        if (rows.isEmpty()) {
            throw unauthenticated();
        }
        Object[] row = rows.get(0);
        String granted = jwt.getClaim("scope");
        Set<String> scopes = granted == null ? Set.of() : Arrays.stream(granted.trim().split("\\s+"))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return new Caller(-((Number) row[0]).longValue(), "client:" + clientId, ((Number) row[1]).longValue(),
                (String) row[2], EnumSet.noneOf(Role.class), scopes);
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
