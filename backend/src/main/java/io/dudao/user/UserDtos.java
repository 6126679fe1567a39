package io.dudao.user;

import io.dudao.common.security.Role;
import io.dudao.org.OrganizationDtos.OrganizationSummary;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Set;

/** API types of the user feature. */
public final class UserDtos {

    private UserDtos() {
    }

    @Schema(name = "User", description = "A user account; the password hash is never returned")
    public record UserResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String username,
            @Schema(required = true) String displayName,
            @Schema(required = true) Set<Role> roles,
            @Schema(required = true) long organizationId,
            @Schema(required = true) String organizationName,
            @Schema(required = true) boolean active,
            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime createdAt) {
    }

    @Schema(name = "CreateUserRequest")
    public record CreateUserRequest(
            @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "只能包含字母、数字、下划线、点和连字符")
            @Schema(required = true) String username,
            @NotBlank @Size(max = 100) @Schema(required = true) String displayName,
            @NotNull @Size(min = 8, max = 128) @Schema(required = true, description = "At least 8 characters, not the username") String password,
            @NotEmpty @Schema(required = true) Set<@NotNull Role> roles,
            @NotNull @Schema(required = true) Long organizationId,
            @Schema(description = "Defaults to true") Boolean active) {
    }

    @Schema(name = "UpdateUserRequest")
    public record UpdateUserRequest(
            @NotBlank @Size(max = 100) @Schema(required = true) String displayName,
            @NotEmpty @Schema(required = true) Set<@NotNull Role> roles,
            @NotNull @Schema(required = true) Long organizationId,
            @NotNull @Schema(required = true) Boolean active,
            @Schema(description = "The version being updated (or send If-Match)") Long version) {
    }

    @Schema(name = "ResetPasswordRequest")
    public record ResetPasswordRequest(
            @NotNull @Size(min = 8, max = 128) @Schema(required = true) String newPassword) {
    }

    @Schema(name = "ChangePasswordRequest")
    public record ChangePasswordRequest(
            @NotNull @Schema(required = true) String currentPassword,
            @NotNull @Size(min = 8, max = 128) @Schema(required = true) String newPassword) {
    }

    @Schema(name = "Me", description = "The signed-in user")
    public record MeResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String username,
            @Schema(required = true) String displayName,
            @Schema(required = true) Set<Role> roles,
            @Schema(required = true) OrganizationSummary organization) {
    }
}
