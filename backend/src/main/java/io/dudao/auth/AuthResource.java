package io.dudao.auth;

import io.dudao.auth.AuthDtos.LoginRequest;
import io.dudao.auth.AuthDtos.RefreshRequest;
import io.dudao.auth.AuthDtos.TokenResponse;
import io.dudao.common.error.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Auth", description = "登录与令牌")
@PermitAll
@SecurityRequirements
public class AuthResource {

    @Inject
    AuthService service;

    @POST
    @Path("/login")
    @Operation(operationId = "login", summary = "登录 / Sign in with username and password",
            description = "401 INVALID_CREDENTIALS for a wrong username or password (the same answer either way); "
                    + "after 5 consecutive failures for a username, 429 with Retry-After for 5 minutes.")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "INVALID_CREDENTIALS",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "TOO_MANY_ATTEMPTS; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TokenResponse login(@Valid @NotNull LoginRequest request) {
        return service.login(request.username(), request.password());
    }

    @POST
    @Path("/refresh")
    @Operation(operationId = "refreshToken", summary = "刷新令牌 / Exchange a refresh token for a new pair",
            description = "Refresh tokens rotate; presenting an already rotated one revokes its whole family (401).")
    @APIResponse(responseCode = "200", description = "A new token pair",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "INVALID_REFRESH_TOKEN: unknown, expired, revoked or already used")
    public TokenResponse refreshToken(@Valid @NotNull RefreshRequest request) {
        return service.refresh(request.refreshToken());
    }

    @POST
    @Path("/logout")
    @Operation(operationId = "logout", summary = "退出登录 / Revoke a refresh token")
    @APIResponse(responseCode = "204", description = "Revoked (also when it was unknown)")
    public Response logout(@Valid @NotNull RefreshRequest request) {
        service.logout(request.refreshToken());
        return Response.noContent().build();
    }
}
