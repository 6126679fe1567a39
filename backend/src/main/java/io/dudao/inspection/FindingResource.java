package io.dudao.inspection;

import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.Etags;
import io.dudao.common.export.ExportFormat;
import io.dudao.common.export.ExportGate;
import io.dudao.common.export.Exports;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.common.web.Params;
import io.dudao.inspection.InspectionDtos.FindingResponse;
import io.dudao.inspection.InspectionDtos.RaiseFindingRequest;
import io.dudao.inspection.InspectionDtos.RectificationRequest;
import io.dudao.inspection.InspectionDtos.ReopenFindingRequest;
import io.dudao.inspection.InspectionEnums.FindingSeverity;
import io.dudao.inspection.InspectionEnums.FindingSource;
import io.dudao.inspection.InspectionEnums.FindingStatus;
import io.dudao.inspection.InspectionEnums.InspectionType;
import io.dudao.common.work.Light;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Findings", description = "问题台账：整改、核查销号、退回重改")
@Authenticated
public class FindingResource {

    @Inject
    FindingService service;

    @Inject
    CurrentCaller caller;

    @Inject
    ExportGate exportGate;

    /** The Chinese file name of the list export, and its ASCII fallback. */
    static final Exports.Name EXPORT_NAME = new Exports.Name("问题台账", "findings");

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @APIResponse(responseCode = "200", description = "A page of findings, or the whole filtered ledger as a spreadsheet",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingPage.class)),
                    @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Operation(operationId = "listFindings", summary = "问题台账 / The cross-report problem ledger",
            description = "Findings of the reports the caller sees, plus those owned by the caller's subtree once their "
                    + "report is published, and findings of other sources raised by or owned in the caller's subtree. "
                    + "mine=true: the caller's organisation's own (我的整改).")
    public Response listFindings(
            @QueryParam("ownerOrgId") Long ownerOrgId,
            @QueryParam("withinOrgId") @Schema(description = "Only findings owned by this organisation or below it") Long withinOrgId,
            @QueryParam("status") @Schema(implementation = FindingStatus.class) String status,
            @QueryParam("light") @Schema(implementation = Light.class) String light,
            @QueryParam("severity") @Schema(implementation = FindingSeverity.class) String severity,
            @QueryParam("reportType") @Schema(implementation = InspectionType.class) String reportType,
            @QueryParam("reportId") Long reportId,
            @QueryParam("dueBefore") @Schema(format = "date", description = "Due on or before (YYYY-MM-DD)") String dueBefore,
            @QueryParam("dueAfter") @Schema(format = "date", description = "Due on or after (YYYY-MM-DD)") String dueAfter,
            @QueryParam("escalation") @Schema(description = "Only escalated (true) or not escalated (false) findings") Boolean escalation,
            @QueryParam("q") @Schema(description = "Searches description and requirement") String q,
            @QueryParam("mine") @Schema(description = "Only findings owned by the caller's organisation (我的整改)") Boolean mine,
            @QueryParam("sourceType") @Schema(implementation = FindingSource.class) String sourceType,
            @QueryParam("sourceId") @Schema(description = "Only findings of this source object (with sourceType), e.g. a monitoring cycle's problems") Long sourceId,
            @QueryParam("planItemId") @Schema(description = "Only findings serving this plan item (重点工作) or one of its sub-items") Long planItemId,
            @QueryParam("year") @Schema(description = "The year of the plan the finding serves; unlinked findings by their due date's year") Integer year,
            @QueryParam("open") @Schema(description = "Only open findings (not yet 销号)") Boolean open,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "dueDate|createdAt|updatedAt|severity|id, then ,asc or ,desc") String sort,
            @Context HttpHeaders headers) {
        var filter = new InspectionFindingRepository.Filter(reportId, ownerOrgId,
                Params.enumValue(status, FindingStatus.class, "status"), Params.enumValue(light, Light.class, "light"),
                Params.enumValue(severity, FindingSeverity.class, "severity"),
                Params.enumValue(reportType, InspectionType.class, "reportType"), Params.date(dueBefore, "dueBefore"),
                Params.date(dueAfter, "dueAfter"), q, Boolean.TRUE.equals(mine), escalation, withinOrgId,
                Params.enumValue(sourceType, FindingSource.class, "sourceType"), planItemId, year,
                Boolean.TRUE.equals(open), sourceId);
        PageQuery paging = PageQuery.of(page, size, sort, FindingService.SORTABLE, "dueDate,asc");
        var export = Exports.requested(headers);
        if (export.isPresent()) {
            var who = caller.get();
            return exportGate.stream(who, export.get(), EXPORT_NAME, out -> service.export(who, filter, paging, export.get(), out));
        }
        return Response.ok(service.list(caller.get(), filter, paging), MediaType.APPLICATION_JSON).build();
    }

    /** The JSON page of findings, for the contract. */
    @Schema(name = "FindingPage")
    public record FindingPage(@Schema(required = true) java.util.List<FindingResponse> items, @Schema(required = true) int page,
                              @Schema(required = true) int size, @Schema(required = true) long total) {
    }

    @POST
    @Operation(operationId = "raiseFinding", summary = "直接登记问题 / Raise a finding without a report (an office, source OTHER)",
            description = "For problems found outside an inspection report (a meeting, a letter, a spot check). It opens for "
                    + "rectification at once; the raising office (or one above) verifies it. Other features raise findings "
                    + "from their own sources (visits, complaints, rounds, monitoring) through the same service.")
    @APIResponse(responseCode = "201", description = "Raised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: the owner is not below the caller's organisation, or no such plan item")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not a supervision office")
    public Response raiseFinding(@Valid @NotNull RaiseFindingRequest request, @Context UriInfo uri) {
        FindingResponse finding = service.raiseDirectly(caller.get(), request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/findings").path(Long.toString(finding.id())).build())
                .entity(finding).tag(Etags.of(finding.version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFinding", summary = "问题详情 / Get a finding with its rectifications")
    @APIResponse(responseCode = "200", description = "The finding",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingResponse.class)))
    public Response getFinding(@PathParam("id") long id) {
        FindingResponse finding = service.get(caller.get(), id);
        return Etags.ok(finding, finding.version()).build();
    }

    @POST
    @Path("/{id}/rectifications")
    @Operation(operationId = "submitRectification", summary = "报送整改 / Submit a rectification with evidence (owner organisation)")
    @APIResponse(responseCode = "201", description = "The finding, now SUBMITTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION (already submitted or verified, or the report is not published)")
    public Response submitRectification(@PathParam("id") long id, @Valid @NotNull RectificationRequest request) {
        FindingResponse finding = service.rectify(caller.get(), id, request);
        return Response.status(201).entity(finding).tag(Etags.of(finding.version())).build();
    }

    @POST
    @Path("/{id}/verify")
    @Operation(operationId = "verifyFinding", summary = "核查销号 / Verify the rectification and close the finding")
    @APIResponse(responseCode = "200", description = "The finding in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public FindingResponse verifyFinding(@PathParam("id") long id) {
        return service.verify(caller.get(), id);
    }

    @POST
    @Path("/{id}/reopen")
    @Operation(operationId = "reopenFinding", summary = "退回重新整改 / Reopen with a reason; the owner submits again")
    @APIResponse(responseCode = "200", description = "The finding in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public FindingResponse reopenFinding(@PathParam("id") long id, @Valid @NotNull ReopenFindingRequest request) {
        return service.reopen(caller.get(), id, request.reason().trim());
    }
}
