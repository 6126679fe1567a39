package io.dudao.supervision;

import io.dudao.common.security.CurrentCaller;
import io.dudao.supervision.SupervisionDtos.SaveSchoolSupervisorsRequest;
import io.dudao.supervision.SupervisionDtos.SchoolSupervisorsResponse;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 挂牌: the responsibility supervisors of one school. */
@Path("/api/v1/schools/{orgId}/supervisors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision")
@Authenticated
public class SchoolSupervisorResource {

    @Inject
    AssignmentService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "getSchoolSupervisors", summary = "学校的责任督学 / A school's supervisors",
            description = "The lead supervisor first, then the others, with the school's zone.")
    @APIResponse(responseCode = "200", description = "The school's supervisors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolSupervisorsResponse.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such school visible to the caller")
    public SchoolSupervisorsResponse getSchoolSupervisors(@PathParam("orgId") long orgId) {
        return service.get(caller.get(), orgId);
    }

    @PUT
    @Operation(operationId = "putSchoolSupervisors", summary = "挂牌 / Assign a school's supervisors",
            description = "Replaces the school's supervisors: one lead and optional others, each holding a current appointment "
                    + "to the school's zone; an empty body clears them. Above the county's schools-per-supervisor limit is a "
                    + "warning on the coverage view, not a refusal. Audited.")
    @APIResponse(responseCode = "200", description = "The school's supervisors now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolSupervisorsResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: no lead, a supervisor named twice, the school has no zone, "
            + "or a user holds no current appointment to the school's zone (such as one of another county)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not a supervision office")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such school in the caller's subtree")
    @APIResponse(responseCode = "409", description = "CONFLICT_OF_INTEREST: a supervisor's own school (回避)")
    public SchoolSupervisorsResponse putSchoolSupervisors(@PathParam("orgId") long orgId,
                                                          @Valid @NotNull SaveSchoolSupervisorsRequest request) {
        return service.put(caller.get(), orgId, request);
    }
}
