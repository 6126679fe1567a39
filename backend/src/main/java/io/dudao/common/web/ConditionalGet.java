package io.dudao.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Conditional GETs. A representation depends on more than the stored version: the caller
 * (allowedActions, what they may see) and the day (lights). So the ETag a GET answers is the
 * version plus a hash of the body this caller gets, and a GET whose If-None-Match names it answers
 * 304 without a body. Without the hash, a browser that cached one user's answer would be told
 * "not modified" for the next user of the same browser and show the first user's buttons.
 */
public class ConditionalGet {

    @Inject
    ObjectMapper mapper;

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        Object tag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (tag == null || response.getEntity() == null) {
            return;
        }
        String version = tag instanceof EntityTag e ? e.getValue() : Etags.unquote(tag.toString());
        String current = version + "-" + hash(response.getEntity());
        response.getHeaders().putSingle(HttpHeaders.ETAG, new EntityTag(current));
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null) {
            return;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = Etags.unquote(candidate);
            if (value.equals("*") || value.equals(current)) {
                response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
                response.setEntity(null);
                return;
            }
        }
    }

    private String hash(Object entity) {
        try {
            byte[] body = mapper.writeValueAsString(entity).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the response for its ETag", e);
        }
    }
}
