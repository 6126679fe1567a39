package io.dudao.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Conditional GETs. A representation depends on more than the stored version: the caller
 * (allowedActions, what they may see) and the day (lights). So the ETag a GET answers is the
 * version plus a hash of the body this caller gets, and a GET whose If-None-Match names it answers
 * 304 without a body. Without the hash, a browser that cached one user's answer would be told
 * "not modified" for the next user of the same browser and show the first user's buttons.
 * The body is serialised once: the filter writes it to bytes, hashes those and sends the same bytes.
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
        MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
        if (!type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return;
        }
        byte[] body = serialise(response.getEntity());
        response.setEntity(body, response.getEntityAnnotations(), type);
        String version = tag instanceof EntityTag e ? e.getValue() : Etags.unquote(tag.toString());
        String current = version + "-" + hash(body);
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

    private byte[] serialise(Object entity) {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        try {
            return mapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the response", e);
        }
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }
}
