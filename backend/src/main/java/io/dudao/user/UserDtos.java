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
import java.util.List;
import java.util.Set;

/** API types of the user feature. */
public final class UserDtos {

    static final String PASSWORD_RULES = "8–128 characters from at least three of upper case, lower case, digits and"
            + " symbols; not the username; not one of the account's last 5 passwords";

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
            @Schema(required = true, description = "Roles that do not fit the organisation's type (or the administrator mode);"
                    + " empty when the account is in order. Found by the same check as create and update, and at start-up")
            List<Role> roleMisfits,
            @Schema(required = true, description = "The password was generated or reset and must be changed at the next sign-in")
            boolean mustChangePassword,
            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime createdAt) {
    }

    @Schema(name = "CreateUserRequest")
    public record CreateUserRequest(
            @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "只能包含字母、数字、下划线、点和连字符")
            @Schema(required = true) String username,
            @NotBlank @Size(max = 100) @Schema(required = true) String displayName,
            @NotNull @Size(min = 8, max = 128) @Schema(required = true, description = PASSWORD_RULES
                    + "; the user must change it at the first sign-in") String password,
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
            @NotNull @Size(min = 8, max = 128) @Schema(required = true, description = PASSWORD_RULES
                    + "; the user must change it at the next sign-in") String newPassword) {
    }

    @Schema(name = "ChangePasswordRequest")
    public record ChangePasswordRequest(
            @NotNull @Schema(required = true) String currentPassword,
            @NotNull @Size(min = 8, max = 128) @Schema(required = true, description = PASSWORD_RULES) String newPassword) {
    }

    @Schema(name = "Me", description = "The signed-in user")
    public record MeResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String username,
            @Schema(required = true) String displayName,
            @Schema(required = true) Set<Role> roles,
            @Schema(required = true) OrganizationSummary organization,
            @Schema(required = true, description = "A generated or reset password must be changed first: until then only"
                    + " GET /me, POST /me/password and sign-out work (403 PASSWORD_CHANGE_REQUIRED)") boolean mustChangePassword) {
    }
}
