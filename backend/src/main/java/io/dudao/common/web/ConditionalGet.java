package io.dudao.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** A GET whose If-None-Match names the current ETag answers 304 without a body. */
public class ConditionalGet {

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        Object tag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (tag == null || ifNoneMatch == null) {
            return;
        }
        String current = tag instanceof EntityTag e ? e.getValue() : tag.toString().replaceFirst("^W/", "").replace("\"", "");
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.trim().replaceFirst("^W/", "").replace("\"", "");
            if (value.equals("*") || value.equals(current)) {
                response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
                response.setEntity(null);
                return;
            }
        }
    }
}
