package io.dudao.common.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * How answers travel over a county's line: the web client's hashed assets are cached for a year
 * ({@code immutable}), the pages that name them ({@code index.html}, the service worker, the
 * manifest) are revalidated every time, and answers too small to gain from gzip are sent as they are
 * (compression itself is switched on in application.properties for the listed media types).
 */
@ApplicationScoped
public class DeliveryHeaders {

    /** Below this many bytes gzip saves too little to be worth the CPU on either side. */
    static final int COMPRESSION_THRESHOLD_BYTES = 1024;

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::onResponse);
    }

    private void onResponse(RoutingContext rc) {
        String path = rc.normalizedPath();
        boolean get = rc.request().method() == HttpMethod.GET || rc.request().method() == HttpMethod.HEAD;
        rc.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = rc.response();
            if (get) {
                String cacheControl = cacheControlFor(path, response.getStatusCode());
                if (cacheControl != null) {
                    response.headers().set(HttpHeaders.CACHE_CONTROL, cacheControl);
                }
            }
            if (tooSmallToCompress(response.headers().get(HttpHeaders.CONTENT_LENGTH))) {
                response.headers().set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
            }
        });
        rc.next();
    }

    /** The cache lifetime of a web-client path, or null where the handler's own header stands (the API's ETags). */
    static String cacheControlFor(String path, int status) {
        if (isApi(path) || status >= 400) {
            return null;
        }
        if (path.startsWith("/assets/")) {
            return IMMUTABLE;
        }
        // index.html (also answered for every client route), the service worker, the manifest, icons
        return REVALIDATE;
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/q") || path.startsWith("/q/");
    }

    static boolean tooSmallToCompress(String contentLength) {
        if (contentLength == null) {
            return false; // streamed (exports): compressed
        }
        try {
            return Long.parseLong(contentLength) < COMPRESSION_THRESHOLD_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
