package io.dudao.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of sign-in. */
public final class AuthDtos {

    private AuthDtos() {
    }

    @Schema(name = "LoginRequest")
    public record LoginRequest(
            @NotBlank @Size(max = 64) @Schema(required = true, examples = "weinan") String username,
            @NotBlank @Size(max = 128) @Schema(required = true) String password) {
    }

    @Schema(name = "RefreshRequest")
    public record RefreshRequest(@NotBlank @Size(max = 200) @Schema(required = true) String refreshToken) {
    }

    @Schema(name = "TokenResponse", description = "An access token (RS256 JWT) and its rotating refresh token")
    public record TokenResponse(
            @Schema(required = true) String accessToken,
            @Schema(required = true, description = "Opaque; single use: each refresh returns a new one") String refreshToken,
            @Schema(required = true, examples = "Bearer") String tokenType,
            @Schema(required = true, description = "Access token lifetime in seconds") long expiresIn,
            @Schema(required = true, description = "The password was generated or reset: change it first (POST /api/v1/me/password);"
                    + " until then every other call answers 403 PASSWORD_CHANGE_REQUIRED") boolean mustChangePassword) {
    }
}
