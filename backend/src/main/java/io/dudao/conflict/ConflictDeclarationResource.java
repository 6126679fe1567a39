package io.dudao.conflict;

import io.dudao.common.security.CurrentCaller;
import io.dudao.conflict.ConflictDtos.DeclarationResponse;
import io.dudao.conflict.ConflictDtos.DeclareRequest;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/users/{userId}/conflict-declarations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conflicts of interest", description = "回避：申报与机构的利害关系；督导人员、专家、责任督学的指派都据此回避")
@Authenticated
public class ConflictDeclarationResource {

    @Inject
    ConflictDeclarationService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listConflictDeclarations", summary = "回避申报 / A user's declared ties (the user, offices above them, ADMIN)")
    @APIResponse(responseCode = "200", description = "The declarations, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DeclarationResponse.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such user within the caller's reach")
    public List<DeclarationResponse> listConflictDeclarations(@PathParam("userId") long userId) {
        return service.list(caller.get(), userId);
    }

    @POST
    @Operation(operationId = "declareConflict", summary = "申报回避 / Declare a tie to an organisation")
    @APIResponse(responseCode = "201", description = "Declared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: no such organisation visible to the caller")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such user within the caller's reach")
    @APIResponse(responseCode = "409", description = "DECLARATION_EXISTS")
    public Response declareConflict(@PathParam("userId") long userId, @Valid @NotNull DeclareRequest request) {
        return Response.status(201).entity(service.declare(caller.get(), userId, request)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "removeConflictDeclaration", summary = "撤销回避申报 / Remove a declared tie")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public Response removeConflictDeclaration(@PathParam("userId") long userId, @PathParam("id") long id) {
        service.remove(caller.get(), userId, id);
        return Response.noContent().build();
    }
}
