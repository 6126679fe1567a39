package io.dudao.supervision;

import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.PageResponse;
import io.dudao.supervision.SupervisionDtos.AssignmentRow;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every school–supervisor assignment in the caller's subtree. */
@Path("/api/v1/supervision/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision")
@Authenticated
public class AssignmentResource {

    @Inject
    AssignmentService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listAssignments", summary = "挂牌一览 / School–supervisor assignments",
            description = "One row per supervisor of a school, by zone and school, lead first.")
    @APIResponse(responseCode = "200", description = "A page of assignments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupervisionDtos.AssignmentPage.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: bad paging")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: withinOrgId is not visible to the caller")
    public PageResponse<AssignmentRow> listAssignments(
            @QueryParam("withinOrgId") @Schema(description = "Only schools of this organisation or below it") Long withinOrgId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.list(caller.get(), withinOrgId, page, size);
    }
}
