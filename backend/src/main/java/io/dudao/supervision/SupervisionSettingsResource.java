package io.dudao.supervision;

import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.Etags;
import io.dudao.supervision.SupervisionDtos.SupervisionSettingsRequest;
import io.dudao.supervision.SupervisionDtos.SupervisionSettingsResponse;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A county's responsibility-supervision settings, each figure with its source note. */
@Path("/api/v1/organizations/{id}/supervision-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision")
@Authenticated
public class SupervisionSettingsResource {

    @Inject
    SupervisionSettingsService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "getSupervisionSettings", summary = "挂牌督导设置 / A county's supervision settings",
            description = "Schools per supervisor (default 5), schools per zone (default 20), visit frequency (default monthly), "
                    + "semester dates and holiday months, each figure with its source; inherited=true while the county follows the defaults.")
    @APIResponse(responseCode = "200", description = "The settings in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupervisionSettingsResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: the organisation is not a county")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such organisation visible to the caller")
    public Response getSupervisionSettings(@PathParam("id") long id) {
        SupervisionSettingsResponse s = service.get(caller.get(), id);
        return Etags.ok(s, s.version()).build();
    }

    @PUT
    @Operation(operationId = "putSupervisionSettings", summary = "修改挂牌督导设置 / Set a county's supervision settings",
            description = "The county's own office or one above it. A limit exceeded is a warning on the coverage view, never a refusal. Audited.")
    @APIResponse(responseCode = "200", description = "The saved settings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupervisionSettingsResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: a figure out of range, an invalid date, a missing source, or not a county")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not the county's office or one above it")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such organisation visible to the caller")
    @APIResponse(responseCode = "409", description = "VERSION_CONFLICT: the settings changed meanwhile")
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match does not match")
    public Response putSupervisionSettings(@PathParam("id") long id, @Valid @NotNull SupervisionSettingsRequest request,
                                           @HeaderParam("If-Match") String ifMatch) {
        SupervisionSettingsResponse s = service.put(caller.get(), id, request, ifMatch);
        return Etags.ok(s, s.version()).build();
    }
}
