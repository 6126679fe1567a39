package io.dudao.common.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.smallrye.jwt.runtime.auth.MpJwtValidator;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens already verified, so a client's every request does not repeat the RSA signature check
 * and the claim parsing of the same bytes (most of what an otherwise cached request costs). A token
 * string verifies the same way every time until it expires, so the first verification (SmallRye
 * JWT's own, with all its checks) is kept until the token's expiry, and each request still gets its
 * own identity. What the caller may do is not in the token: {@link CurrentCaller} reads it from the
 * database's rows.
 */
@ApplicationScoped
@Unremovable // found by Quarkus security among the identity providers, injected nowhere
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private static final int MAX_TOKENS = 50_000;

    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Inject
    MpJwtValidator validator;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Just ahead of SmallRye JWT's validator (providers run highest priority first), which it calls for tokens it has not seen. */
    @Override
    public int priority() {
        return validator.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (System.currentTimeMillis() / 1000 < known.getExpirationTime()) {
                return Uni.createFrom().item(identity(known, request));
            }
            verified.remove(token);
        }
        return validator.authenticate(request, context).invoke(identity -> {
            if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt) {
                if (verified.size() >= MAX_TOKENS) {
                    long now = System.currentTimeMillis() / 1000;
                    verified.values().removeIf(t -> t.getExpirationTime() <= now);
                    if (verified.size() >= MAX_TOKENS) {
                        verified.clear();
                    }
                }
                verified.put(token, jwt);
            }
        });
    }

    /** Whether the token is among those verified (for tests and diagnostics). */
    public boolean remembers(String token) {
        return verified.containsKey(token);
    }

    /** The identity SmallRye JWT builds, for this request. */
    private static SecurityIdentity identity(JsonWebToken jwt, TokenAuthenticationRequest request) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder().setPrincipal(jwt)
                .addCredential(request.getToken()).addRoles(jwt.getGroups()).addAttribute("quarkus.user", jwt);
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            builder.addAttribute(RoutingContext.class.getName(), routing);
        }
        return builder.build();
    }
}
