package io.dudao.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dudao.common.error.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Idempotency-Key on POSTs: the first answer is stored (per caller, 24 hours) and replayed for a
 * retry of the same request (method, path, query string and body, multipart parts included); the
 * same key with another request is 422, and a retry arriving while the first is still being
 * processed is 409 — for at most {@code app.idempotency.in-flight-timeout}, after which a first
 * request that died with its replica no longer blocks the key. Records live in PostgreSQL, so every
 * replica honours them. Stored answers are AES-GCM encrypted: one may carry a secret shown only once
 * (a new API client's clientSecret), and the database never holds it in clear.
 */
public class IdempotencyFilters {

    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);
    static final String HEADER = "Idempotency-Key";
    private static final String CLAIM = "dudao.idempotency";
    private static final List<String> REPLAYED_HEADERS = List.of("Location", "ETag", "Content-Type");

    @Inject
    EntityManager em;

    @Inject
    JsonWebToken jwt;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "app.idempotency.in-flight-timeout", defaultValue = "60s")
    Duration inFlightTimeout;

    @Inject
    io.dudao.common.security.SecretBox secrets;

    @ServerRequestFilter(priority = 5000)
    public Response claim(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || jwt == null || jwt.getSubject() == null) {
            return null;
        }
        if (key.isBlank() || key.length() > 200) {
            throw ApiException.validation(HEADER, "Idempotency-Key 须为 1 到 200 个字符", "Idempotency-Key must have 1 to 200 characters");
        }
        String caller = callerOf(jwt);
        String hash = hash(request);
        Claim claim = new Claim(caller, key);
        boolean fresh = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("""
                            delete from idempotency_record where caller = ?1 and key = ?2
                            and (created_at < now() - interval '24 hours'
                                 or status is null and created_at < now() - make_interval(secs => ?3))""")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, (double) inFlightTimeout.toSeconds())
                    .executeUpdate();
            return em.createNativeQuery("""
                            insert into idempotency_record (caller, key, request_hash) values (?1, ?2, ?3)
                            on conflict do nothing""")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, hash).executeUpdate() == 1;
        });
        if (fresh) {
            request.setProperty(CLAIM, claim);
            return null;
        }
        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "select request_hash, status, cast(headers as text), body from idempotency_record where caller = ?1 and key = ?2")
                .setParameter(1, caller).setParameter(2, key).getSingleResult());
        if (!hash.equals(stored[0])) {
            throw new ApiException(422, "IDEMPOTENCY_KEY_REUSED", "该 Idempotency-Key 已用于另一个请求",
                    "This Idempotency-Key was used for a different request");
        }
        if (stored[1] == null) {
            throw ApiException.conflict("IDEMPOTENCY_IN_PROGRESS", "相同 Idempotency-Key 的请求正在处理中，请稍后重试",
                    "A request with this Idempotency-Key is still being processed; retry later");
        }
        return replay(((Number) stored[1]).intValue(), (String) stored[2], (byte[]) stored[3]);
    }

    @ServerResponseFilter(priority = 5000)
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        if (response.getStatus() >= 500) {
            // a server fault is not an answer worth replaying: let the client retry for real (if the
            // database is away, the claim lapses after the in-flight timeout instead)
            try {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                                "delete from idempotency_record where caller = ?1 and key = ?2")
                        .setParameter(1, claim.caller()).setParameter(2, claim.key()).executeUpdate());
            } catch (RuntimeException e) {
                LOG.warnf("Could not release Idempotency-Key %s after a %d: %s", claim.key(), response.getStatus(), e);
            }
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        if (!headers.containsKey("Content-Type") && response.getMediaType() != null) {
            headers.put("Content-Type", response.getMediaType().toString());
        }
        byte[] body;
        String headerJson;
        try {
            body = response.getEntity() == null ? null : secrets.encryptBytes(mapper.writeValueAsBytes(response.getEntity()));
            headerJson = mapper.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        update idempotency_record set status = ?3, headers = cast(?4 as jsonb), body = ?5, completed_at = now()
                        where caller = ?1 and key = ?2""")
                .setParameter(1, claim.caller()).setParameter(2, claim.key()).setParameter(3, response.getStatus())
                .setParameter(4, headerJson).setParameter(5, body).executeUpdate());
    }

    private Response replay(int status, String headerJson, byte[] body) {
        Response.ResponseBuilder builder = Response.status(status).header("Idempotent-Replayed", "true");
        try {
            @SuppressWarnings("unchecked")
            Map<String, String> headers = headerJson == null ? Map.of() : mapper.readValue(headerJson, Map.class);
            headers.forEach(builder::header);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (body != null) {
            builder.entity(secrets.decryptBytes(body));
        }
        return builder.build();
    }

    private static String callerOf(JsonWebToken jwt) {
        String client = jwt.getClaim("client_id");
        return client != null ? "client:" + client : "user:" + jwt.getSubject();
    }

    /**
     * The request's fingerprint: method, path, query string and every byte of the body. A multipart
     * body's boundary is left out, since a client's retry may choose a new one for the same parts.
     */
    private static String hash(ContainerRequestContext request) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        URI uri = request.getUriInfo().getRequestUri();
        field(digest, request.getMethod());
        field(digest, uri.getRawPath());
        field(digest, uri.getRawQuery() == null ? "" : uri.getRawQuery());
        if (request.hasEntity()) {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            MediaType type = request.getMediaType();
            String boundary = type == null ? null : type.getParameters().get("boundary");
            if (boundary == null || boundary.isEmpty()) {
                digest.update(body);
            } else {
                digestWithout(digest, body, ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Digests the body as the parts between the boundary markers, the markers themselves left out. */
    private static void digestWithout(MessageDigest digest, byte[] body, byte[] marker) {
        int start = 0;
        for (int i = 0; i + marker.length <= body.length; i++) {
            if (Arrays.equals(body, i, i + marker.length, marker, 0, marker.length)) {
                digest.update(body, start, i - start);
                digest.update((byte) 0);
                start = i + marker.length;
                i = start - 1;
            }
        }
        digest.update(body, start, body.length - start);
    }

    private static void field(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    record Claim(String caller, String key) {
    }
}
