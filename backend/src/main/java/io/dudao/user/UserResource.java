package io.dudao.user;

import io.dudao.common.security.CurrentCaller;
import io.dudao.common.security.Role;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.common.web.Params;
import io.dudao.user.UserDtos.CreateUserRequest;
import io.dudao.user.UserDtos.ResetPasswordRequest;
import io.dudao.user.UserDtos.UpdateUserRequest;
import io.dudao.user.UserDtos.UserResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "用户管理")
@RolesAllowed({"ADMIN", "SECURITY_ADMIN", "PROVINCE_OFFICE", "CITY_OFFICE", "COUNTY_OFFICE"})
public class UserResource {

    @Inject
    UserService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listUsers", summary = "用户列表 / List users in the caller's subtree")
    public PageResponse<UserResponse> listUsers(
            @QueryParam("organizationId") Long organizationId, @QueryParam("role") @Schema(implementation = Role.class) String role, @QueryParam("q") String q,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "username|displayName|createdAt|id, then ,asc or ,desc") String sort) {
        return service.list(caller.get(), organizationId, Params.enumValue(role, Role.class, "role"), q,
                PageQuery.of(page, size, sort, UserService.SORTABLE, "username,asc"));
    }

    @POST
    @Operation(operationId = "createUser", summary = "新建用户 / Create a user",
            description = "Roles must fit the organisation's type (400 on roles); an office grants only roles below its"
                    + " own level (403). The user must change the given password at the first sign-in.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    public Response createUser(@Valid @NotNull CreateUserRequest request, @Context UriInfo uri) {
        UserResponse user = service.create(caller.get(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(user.id())).build())
                .entity(user).tag(Etags.of(user.version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "用户详情 / Get a user")
    @APIResponse(responseCode = "200", description = "The user",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    public Response getUser(@PathParam("id") long id) {
        UserResponse user = service.get(caller.get(), id);
        return Etags.ok(user, user.version()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateUser", summary = "修改用户 / Update a user",
            description = "Roles must fit the organisation's type (400 on roles). Nobody changes their own roles or"
                    + " organisation, and an office never manages another office account of its own level (403)."
                    + " Changing roles or organisation, or deactivating, ends the user's sessions.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    public Response updateUser(@PathParam("id") long id, @Valid @NotNull UpdateUserRequest request,
                               @HeaderParam("If-Match") String ifMatch) {
        UserResponse user = service.update(caller.get(), id, request, ifMatch);
        return Etags.ok(user, user.version()).build();
    }

    @POST
    @Path("/{id}/password")
    @Operation(operationId = "resetUserPassword", summary = "重置密码 / Set a user's password",
            description = "Ends the user's sessions; the user must change the password at the next sign-in."
                    + " Not for one's own account (use POST /api/v1/me/password).")
    @APIResponse(responseCode = "204", description = "Password set")
    public Response resetUserPassword(@PathParam("id") long id, @Valid @NotNull ResetPasswordRequest request) {
        service.resetPassword(caller.get(), id, request.newPassword());
        return Response.noContent().build();
    }
}
