package io.dudao.user;

import io.dudao.common.security.CurrentCaller;
import io.dudao.user.UserDtos.ChangePasswordRequest;
import io.dudao.user.UserDtos.MeResponse;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "当前用户")
@Authenticated
public class MeResource {

    @Inject
    UserService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "getMe", summary = "当前用户 / The signed-in user")
    public MeResponse getMe() {
        return UserService.me(caller.get(), caller.profile(), caller.mustChangePassword());
    }

    @POST
    @Path("/password")
    @Operation(operationId = "changeMyPassword", summary = "修改密码 / Change my password",
            description = "Ends every session of the account, this one included (refresh tokens revoked, access tokens"
                    + " refused): sign in again with the new password.")
    @APIResponse(responseCode = "204", description = "Password changed")
    public Response changeMyPassword(@Valid @NotNull ChangePasswordRequest request) {
        service.changeOwnPassword(caller.get(), request);
        return Response.noContent().build();
    }
}
