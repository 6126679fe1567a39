package io.dudao.client;

import io.dudao.client.ApiClientDtos.OAuthError;
import io.dudao.client.ApiClientDtos.OAuthToken;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** OAuth2 client credentials (RFC 6749 §4.4): errors in the OAuth2 form, not as problems. */
@Path("/api/v1/auth/token")
@Tag(name = "Auth")
@PermitAll
@SecurityRequirements
public class TokenResource {

    @Inject
    ApiClientService service;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueClientToken", summary = "机器令牌 / Client-credentials token for a machine client",
            description = "grant_type=client_credentials with client_id and client_secret (form fields or HTTP Basic); "
                    + "optional scope narrows the granted scopes.")
    @APIResponse(responseCode = "200", description = "Token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthToken.class)))
    @APIResponse(responseCode = "400", description = "unsupported_grant_type, invalid_request or invalid_scope",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthError.class)))
    @APIResponse(responseCode = "401", description = "invalid_client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthError.class)))
    public Response issueClientToken(@RestForm("grant_type") String grantType, @RestForm("client_id") String clientId,
                                     @RestForm("client_secret") String clientSecret, @RestForm("scope") String scope,
                                     @HeaderParam("Authorization") String authorization) {
        if (grantType == null || grantType.isBlank()) {
            return error(400, "invalid_request", "grant_type is required");
        }
        if (!"client_credentials".equals(grantType)) {
            return error(400, "unsupported_grant_type", "only client_credentials is supported");
        }
        String id = clientId;
        String secret = clientSecret;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    id = java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
                    secret = java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                return invalidClient();
            }
        }
        try {
            Optional<OAuthToken> token = service.token(id, secret, scope);
            return token.map(t -> Response.ok(t).header("Cache-Control", "no-store").build()).orElseGet(TokenResource::invalidClient);
        } catch (ApiClientService.InvalidScope e) {
            return error(400, "invalid_scope", "a requested scope was not granted to this client");
        }
    }

    private static Response invalidClient() {
        return Response.status(401).header("WWW-Authenticate", "Basic realm=\"dudao\"")
                .entity(new OAuthError("invalid_client", "unknown client or wrong secret")).type(MediaType.APPLICATION_JSON).build();
    }

    private static Response error(int status, String code, String description) {
        return Response.status(status).entity(new OAuthError(code, description)).type(MediaType.APPLICATION_JSON).build();
    }
}
