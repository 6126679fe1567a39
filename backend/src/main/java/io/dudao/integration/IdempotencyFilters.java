package io.dudao.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dudao.common.error.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Idempotency-Key on POSTs: the first answer is stored (per caller, 24 hours) and replayed for a
 * retry with the same key and body; the same key with another body is 422, and a retry arriving
 * while the first is still being processed is 409. Records live in PostgreSQL, so every replica
 * honours them. Stored answers are AES-GCM encrypted: one may carry a secret shown only once (a new
 * API client's clientSecret), and the database never holds it in clear.
 */
public class IdempotencyFilters {

    static final String HEADER = "Idempotency-Key";
    private static final String CLAIM = "dudao.idempotency";
    private static final List<String> REPLAYED_HEADERS = List.of("Location", "ETag", "Content-Type");

    @Inject
    EntityManager em;

    @Inject
    JsonWebToken jwt;

    @Inject
    ObjectMapper mapper;

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
            em.createNativeQuery("delete from idempotency_record where caller = ?1 and key = ?2 and created_at < now() - interval '24 hours'")
                    .setParameter(1, caller).setParameter(2, key).executeUpdate();
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
            // a server fault is not an answer worth replaying: let the client retry for real
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "delete from idempotency_record where caller = ?1 and key = ?2")
                    .setParameter(1, claim.caller()).setParameter(2, claim.key()).executeUpdate());
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

    private static String hash(ContainerRequestContext request) throws IOException {
        byte[] body = new byte[0];
        MediaType type = request.getMediaType();
        boolean multipart = type != null && "multipart".equalsIgnoreCase(type.getType());
        if (request.hasEntity() && !multipart) {
            body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
        } else if (multipart) {
            String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
            body = (length == null ? "" : length).getBytes(StandardCharsets.UTF_8);
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getUriInfo().getPath().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Claim(String caller, String key) {
    }
}
