package io.dudao.common.security;

import io.dudao.common.error.ApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a signed-in person may call before any resource runs: the account's session must be
 * current (see {@link CurrentCaller}); a generated or reset password must be changed first (only
 * /me and the password change work, sign-out and refresh are public); and a separated administrator
 * (三员分立) reaches only its own part of the API.
 */
public class AccessFilter {

    private record Allowed(String method, String prefix) {
        boolean matches(String requestMethod, String path) {
            return (method == null || method.equals(requestMethod)) && (path.equals(prefix) || path.startsWith(prefix + "/"));
        }
    }

    private static final Allowed ME = new Allowed("GET", "/api/v1/me");
    private static final List<Allowed> PASSWORD_CHANGE = List.of(ME, new Allowed("POST", "/api/v1/me/password"));
    private static final Allowed READ_ORGANIZATIONS = new Allowed("GET", "/api/v1/organizations");

    private static final Map<Role, List<Allowed>> SEPARATED = Map.of(
            Role.SYSTEM_ADMIN, List.of(new Allowed(null, "/api/v1/organizations"),
                    new Allowed(null, "/api/v1/accountability-numbering"), new Allowed(null, "/api/v1/accountability-scenarios"),
                    new Allowed(null, "/api/v1/webhooks"), new Allowed(null, "/api/v1/api-clients")),
            Role.SECURITY_ADMIN, List.of(new Allowed(null, "/api/v1/users"), READ_ORGANIZATIONS),
            Role.AUDIT_ADMIN, List.of(new Allowed("GET", "/api/v1/audit-events"), READ_ORGANIZATIONS));

    @Inject
    JsonWebToken jwt;

    @Inject
    CurrentCaller currentCaller;

    @ServerRequestFilter(priority = 30)
    public void check(ContainerRequestContext request) {
        if (jwt == null || jwt.getSubject() == null || jwt.getClaim("client_id") != null) {
            return;
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        if (path.startsWith("/api/v1/auth/") || path.startsWith("/api/v1/public/")) {
            return;
        }
        String method = request.getMethod();
        Caller caller = currentCaller.get();
        if (currentCaller.mustChangePassword()) {
            if (PASSWORD_CHANGE.stream().noneMatch(a -> a.matches(method, path))) {
                throw new ApiException(403, "PASSWORD_CHANGE_REQUIRED", "请先修改初始密码或被重置的密码",
                        "Change the generated or reset password first (POST /api/v1/me/password)");
            }
            return;
        }
        if (allowedFor(caller.roles(), method, path)) {
            return;
        }
        throw ApiException.forbidden("当前账号无权访问此功能", "This account may not use this part of the API");
    }

    /** Business roles reach everything (the resources decide); separated administrators their part; no role only /me. */
    static boolean allowedFor(Set<Role> roles, String method, String path) {
        if (PASSWORD_CHANGE.stream().anyMatch(a -> a.matches(method, path))) {
            return true;
        }
        if (roles.isEmpty()) {
            return false;
        }
        if (!Role.SEPARATED_ADMINS.containsAll(roles)) {
            return true;
        }
        return roles.stream().flatMap(r -> SEPARATED.get(r).stream()).anyMatch(a -> a.matches(method, path));
    }
}
