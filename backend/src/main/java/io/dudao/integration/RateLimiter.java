package io.dudao.integration;

import io.dudao.common.error.ApiException;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Requests per user or machine client (20/s with bursts of 40 by default); sign-in and token
 * endpoints per client address, stricter (the address behind a trusted proxy, see ClientAddress). Buckets are per replica: N replicas allow N times the
 * rate, which bounds abuse without a database write per request (login failures, the limit that
 * matters for security, are counted in PostgreSQL by the auth feature).
 */
@ApplicationScoped
public class RateLimiter {

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @ConfigProperty(name = "app.rate-limit.enabled", defaultValue = "true")
    volatile boolean enabled;

    @ConfigProperty(name = "app.rate-limit.requests-per-second", defaultValue = "20")
    volatile double rate;

    @ConfigProperty(name = "app.rate-limit.burst", defaultValue = "40")
    volatile double burst;

    @ConfigProperty(name = "app.rate-limit.auth-requests-per-second", defaultValue = "2")
    volatile double authRate;

    @ConfigProperty(name = "app.rate-limit.auth-burst", defaultValue = "10")
    volatile double authBurst;

    @Inject
    JsonWebToken jwt;

    @Inject
    io.dudao.common.web.ClientAddress clientAddress;

    @ServerRequestFilter(priority = 10)
    public void limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!enabled) {
            return;
        }
        String path = request.getUriInfo().getPath();
        boolean auth = path.startsWith("/api/v1/auth/");
        String key;
        if (auth) {
            key = "auth:" + clientAddress.of(http);
        } else if (jwt != null && jwt.getSubject() != null) {
            String client = jwt.getClaim("client_id");
            key = client != null ? "client:" + client : "user:" + jwt.getSubject();
        } else {
            key = "ip:" + clientAddress.of(http);
        }
        long now = System.nanoTime();
        TokenBucket bucket = buckets.computeIfAbsent(key, k -> auth ? new TokenBucket(authRate, authBurst, now)
                : new TokenBucket(rate, burst, now));
        long wait = bucket.tryTake(now);
        if (wait > 0) {
            throw new ApiException(429, "RATE_LIMITED", "请求过于频繁，请 " + wait + " 秒后再试",
                    "Too many requests; retry in " + wait + " s", List.of(), Map.of("Retry-After", Long.toString(wait)));
        }
    }

    /** For tests and operations: new limits take effect for buckets created from now on. */
    public void configure(boolean enabled, double rate, double burst) {
        this.enabled = enabled;
        this.rate = rate;
        this.burst = burst;
        buckets.clear();
    }

    @Scheduled(every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdleBuckets() {
        long now = System.nanoTime();
        buckets.values().removeIf(b -> b.idleSince(now, TimeUnit.MINUTES.toNanos(10)));
    }
}
