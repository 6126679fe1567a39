package io.dudao.client;

import io.dudao.common.error.ApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A machine token may call only what its scopes name. */
public class ScopeFilter {

    @Inject
    JsonWebToken jwt;

    @ServerRequestFilter(priority = 20)
    public void checkScope(ContainerRequestContext request) {
        if (jwt == null || jwt.getClaim("client_id") == null) {
            return;
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        String needed = Scopes.required(request.getMethod(), path).orElse(null);
        if (needed == null) {
            return;
        }
        String granted = jwt.getClaim("scope");
        List<String> scopes = granted == null ? List.of() : Arrays.asList(granted.split(" "));
        if (!scopes.contains(needed)) {
            throw new ApiException(403, "INSUFFICIENT_SCOPE",
                    "该接口客户端没有执行此请求所需的权限范围" + ("none".equals(needed) ? "" : "：" + needed),
                    "The client's token lacks the scope this call needs" + ("none".equals(needed) ? "" : ": " + needed),
                    List.of(), Map.of("WWW-Authenticate", "Bearer error=\"insufficient_scope\""
                    + ("none".equals(needed) ? "" : ", scope=\"" + needed + "\"")));
        }
    }
}
