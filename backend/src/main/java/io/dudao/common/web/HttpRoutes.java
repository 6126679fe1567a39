package io.dudao.common.web;

import io.dudao.common.error.ProblemFactory;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Routes outside JAX-RS: the web client's SPA fallback (a GET of any non-API path that is not a
 * file answers index.html) and problem+json for API paths no resource matches.
 */
@ApplicationScoped
public class HttpRoutes {

    private static final Pattern FILE_NAME = Pattern.compile(".*/[^/]*\\.[A-Za-z0-9]+$");

    void install(@Observes Router router) {
        router.get("/*").order(Integer.MIN_VALUE + 1000).handler(this::spaFallback);
        router.route("/api/*").order(Integer.MAX_VALUE - 1).handler(this::apiNotFound);
    }

    private void spaFallback(RoutingContext rc) {
        String path = rc.normalizedPath();
        boolean api = path.equals("/api") || path.startsWith("/api/") || path.startsWith("/q/") || path.equals("/q");
        if (path.equals("/") || api || FILE_NAME.matcher(path).matches()) {
            rc.next();
        } else {
            rc.reroute("/");
        }
    }

    private void apiNotFound(RoutingContext rc) {
        if (rc.response().ended()) {
            return;
        }
        boolean en = ProblemFactory.prefersEnglish(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        var problem = ProblemFactory.of(404, "NOT_FOUND", en ? "No such API endpoint" : "请求的接口不存在",
                rc.normalizedPath(), List.of());
        rc.response().setStatusCode(404)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(Json.encode(problem));
    }
}
