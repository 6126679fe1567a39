package io.dudao.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Set;

public final class ApiClientDtos {

    private ApiClientDtos() {
    }

    @Schema(name = "ApiClient", description = "A machine client; its secret is never returned after creation or rotation")
    public record ApiClientResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String clientId,
            @Schema(required = true) String name,
            @Schema(required = true, description = "Its data scope: this organisation's subtree") long organizationId,
            @Schema(required = true) Set<String> scopes,
            @Schema(required = true) boolean active,
            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(description = "Only in the answer to create and rotate-secret: store it now, it is not shown again")
            String clientSecret) {
    }

    @Schema(name = "SaveApiClientRequest")
    public record SaveApiClientRequest(
            @NotBlank @Size(max = 200) @Schema(required = true) String name,
            @NotNull @Schema(required = true) Long organizationId,
            @NotEmpty @Schema(required = true, description = "plans:read, tasks:read, tasks:write, reports:read, findings:read, findings:write, cases:read, stats:read, events:read")
            Set<@NotBlank String> scopes,
            Boolean active,
            @Schema(description = "The version being updated (or send If-Match); ignored on create") Long version) {
    }

    @Schema(name = "OAuthToken", description = "OAuth2 token response (RFC 6749 §5.1)")
    public record OAuthToken(
            @Schema(required = true) String access_token,
            @Schema(required = true, examples = "Bearer") String token_type,
            @Schema(required = true) long expires_in,
            @Schema(required = true, description = "Space-separated granted scopes") String scope) {
    }

    @Schema(name = "OAuthError", description = "OAuth2 error response (RFC 6749 §5.2)")
    public record OAuthError(@Schema(required = true) String error, String error_description) {
    }
}
