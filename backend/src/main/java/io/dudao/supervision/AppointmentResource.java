package io.dudao.supervision;

import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageResponse;
import io.dudao.common.web.Params;
import io.dudao.supervision.SupervisionDtos.AppointmentResponse;
import io.dudao.supervision.SupervisionDtos.SaveAppointmentRequest;
import io.dudao.supervision.SupervisionEnums.AppointmentStatus;
import io.dudao.supervision.SupervisionRepository.AppointmentFilter;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** 督学聘任: responsibility supervisors appointed to the zones of the caller's subtree. */
@Path("/api/v1/supervision/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "责任督学挂牌督导：聘任、挂牌、督导覆盖")
@Authenticated
public class AppointmentResource {

    @Inject
    AppointmentService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listAppointments", summary = "督学聘任列表 / Appointments of responsibility supervisors",
            description = "Appointments to zones in the caller's subtree, with each supervisor's number of schools and the county's limit.")
    @APIResponse(responseCode = "200", description = "A page of appointments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupervisionDtos.AppointmentPage.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: bad status, paging or sort")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: withinOrgId is not visible to the caller")
    public PageResponse<AppointmentResponse> listAppointments(
            @QueryParam("zoneId") Long zoneId,
            @QueryParam("withinOrgId") @Schema(description = "Only zones of this organisation or below it") Long withinOrgId,
            @QueryParam("status") @Schema(implementation = AppointmentStatus.class) String status,
            @QueryParam("userId") Long userId,
            @QueryParam("q") @Schema(description = "Searches the supervisor's name, organisation and 督学证 number") String q,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "zone|name|termEnd|id, then ,asc or ,desc") String sort) {
        return service.list(caller.get(), new AppointmentFilter(zoneId, withinOrgId,
                Params.enumValue(status, AppointmentStatus.class, "status"), userId, q), page, size, sort);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAppointment", summary = "督学聘任详情 / Get an appointment")
    @APIResponse(responseCode = "200", description = "The appointment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentResponse.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such appointment, or its zone is outside the caller's subtree")
    public Response getAppointment(@PathParam("id") long id) {
        AppointmentResponse a = service.get(caller.get(), id);
        return Etags.ok(a, a.version()).build();
    }

    @POST
    @Operation(operationId = "createAppointment", summary = "聘任责任督学 / Appoint a responsibility supervisor",
            description = "A user of any organisation (most are part-time principals and teachers) appointed to a zone of the "
                    + "caller's subtree for a term. Supervision offices only. Audited.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: the term ends before it starts, the zone is not a zone of "
            + "the caller's subtree, or the user is unknown or inactive")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not a supervision office")
    @APIResponse(responseCode = "409", description = "APPOINTMENT_EXISTS: the user already has an overlapping appointment to the zone")
    public Response createAppointment(@Valid @NotNull SaveAppointmentRequest request, @Context UriInfo uri) {
        AppointmentResponse a = service.create(caller.get(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(a.id())).build())
                .entity(a).tag(Etags.of(a.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateAppointment", summary = "修改督学聘任 / Update an appointment",
            description = "Term, zone, certificate, employment, status (ACTIVE, SUSPENDED, ENDED) and phone. Audited.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: as on create, or no version")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not a supervision office")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such appointment in the caller's subtree")
    @APIResponse(responseCode = "409", description = "VERSION_CONFLICT or APPOINTMENT_EXISTS")
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match does not match")
    public Response updateAppointment(@PathParam("id") long id, @Valid @NotNull SaveAppointmentRequest request,
                                      @HeaderParam("If-Match") String ifMatch) {
        AppointmentResponse a = service.update(caller.get(), id, request, ifMatch);
        return Etags.ok(a, a.version()).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteAppointment", summary = "删除督学聘任 / Delete an appointment",
            description = "Removes an appointment entered by mistake, with its school assignments; to end a term, set status ENDED. Audited.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not a supervision office")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such appointment in the caller's subtree")
    public Response deleteAppointment(@PathParam("id") long id) {
        service.delete(caller.get(), id);
        return Response.noContent().build();
    }
}
