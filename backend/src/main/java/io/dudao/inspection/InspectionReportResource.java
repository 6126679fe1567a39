package io.dudao.inspection;

import io.dudao.common.security.CurrentCaller;
import io.dudao.common.export.Exports;
import io.dudao.common.export.ExportFormat;
import io.dudao.common.export.ExportGate;
import io.dudao.common.web.ContentDisposition;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.common.web.Params;
import io.dudao.inspection.InspectionDocumentService.GeneratedFile;
import io.dudao.inspection.InspectionDtos.CreateFindingRequest;
import io.dudao.inspection.InspectionDtos.FindingResponse;
import io.dudao.inspection.InspectionDtos.InspectionReportResponse;
import io.dudao.inspection.InspectionDtos.InspectionReportSummary;
import io.dudao.inspection.InspectionDtos.ReturnReportRequest;
import io.dudao.inspection.InspectionDtos.SaveInspectionReportRequest;
import io.dudao.inspection.InspectionEnums.FindingSeverity;
import io.dudao.inspection.InspectionEnums.FindingStatus;
import io.dudao.inspection.InspectionEnums.InspectionReportStatus;
import io.dudao.inspection.InspectionEnums.InspectionType;
import io.dudao.inspection.ReportWorkflow.Action;
import io.dudao.common.work.Light;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/inspection-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspection reports", description = "督导报告：评分、审核、发布、问题登记、文书生成")
@Authenticated
public class InspectionReportResource {

    @Inject
    InspectionReportService service;

    @Inject
    FindingService findings;

    @Inject
    InspectionDocumentService documents;

    @Inject
    CurrentCaller caller;

    @Inject
    ExportGate exportGate;

    /** The Chinese file name of the list export, and its ASCII fallback. */
    static final Exports.Name EXPORT_NAME = new Exports.Name("督导报告清单", "inspection-reports");

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(operationId = "listInspectionReports", summary = "督导报告列表 / List visible inspection reports",
            description = "The inspecting organisation and its ancestors see reports at every stage; the target and the "
                    + "organisations between it and the inspecting one only once PUBLISHED. Accept: text/csv or .xlsx "
                    + "streams the whole filtered register.")
    @APIResponse(responseCode = "200", description = "A page of reports, or the whole filtered register as a spreadsheet",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionReportPage.class)),
                    @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response listInspectionReports(
            @QueryParam("type") @Schema(implementation = InspectionType.class) String type,
            @QueryParam("status") @Schema(implementation = InspectionReportStatus.class) String status,
            @QueryParam("targetOrgId") Long targetOrgId,
            @QueryParam("inspectingOrgId") Long inspectingOrgId,
            @QueryParam("indicatorSystemId") Long indicatorSystemId,
            @QueryParam("visitFrom") @Schema(format = "date", description = "Visit started on or after (YYYY-MM-DD)") String visitFrom,
            @QueryParam("visitTo") @Schema(format = "date", description = "Visit started on or before (YYYY-MM-DD)") String visitTo,
            @QueryParam("q") @Schema(description = "Searches title and topic") String q,
            @QueryParam("mine") @Schema(description = "Only reports the caller wrote or is an inspector of") Boolean mine,
            @QueryParam("planItemId") @Schema(description = "Only reports serving this plan item (重点工作) or one of its sub-items") Long planItemId,
            @QueryParam("year") @Schema(description = "The year of the plan the report serves; unlinked reports by their visit year") Integer year,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "visitStart|updatedAt|createdAt|title|totalScore|id, then ,asc or ,desc") String sort,
            @Context HttpHeaders headers) {
        var filter = new InspectionReportRepository.Filter(Params.enumValue(type, InspectionType.class, "type"),
                Params.enumValue(status, InspectionReportStatus.class, "status"), targetOrgId, inspectingOrgId,
                indicatorSystemId, Params.date(visitFrom, "visitFrom"), Params.date(visitTo, "visitTo"), q,
                Boolean.TRUE.equals(mine), planItemId, year);
        PageQuery paging = PageQuery.of(page, size, sort, InspectionReportService.SORTABLE, "updatedAt,desc");
        var export = Exports.requested(headers);
        if (export.isPresent()) {
            var who = caller.get();
            return exportGate.stream(who, export.get(), EXPORT_NAME, out -> service.export(who, filter, paging, export.get(), out));
        }
        return Response.ok(service.list(caller.get(), filter, paging), MediaType.APPLICATION_JSON).build();
    }

    /** The JSON page of reports, for the contract. */
    @Schema(name = "InspectionReportPage")
    public record InspectionReportPage(@Schema(required = true) java.util.List<InspectionReportSummary> items,
                                       @Schema(required = true) int page, @Schema(required = true) int size,
                                       @Schema(required = true) long total) {
    }

    @POST
    @Operation(operationId = "createInspectionReport", summary = "新建督导报告 / Create a draft report",
            description = "Offices write reports about organisations in their subtree; a SUPERVISOR writes ROUTINE_VISIT "
                    + "(and SPECIAL) reports about schools in their zone. Scores are checked against the indicator "
                    + "system: errors[].field names the score, e.g. scores[3].score.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionReportResponse.class)))
    @APIResponse(responseCode = "409", description = "CONFLICT_OF_INTEREST: an inspector may not check the target "
            + "(own organisation, one above or below it, or a declared tie; the detail names the rule)")
    public Response createInspectionReport(@Valid @NotNull SaveInspectionReportRequest request, @Context UriInfo uri) {
        InspectionReportResponse report = service.create(caller.get(), request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/inspection-reports").path(Long.toString(report.id())).build())
                .entity(report).tag(Etags.of(report.version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInspectionReport", summary = "督导报告详情 / Get a report with its scores")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionReportResponse.class)))
    public Response getInspectionReport(@PathParam("id") long id) {
        InspectionReportResponse report = service.get(caller.get(), id);
        return Etags.ok(report, report.version()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateInspectionReport", summary = "修改督导报告 / Update a draft report and its scores")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionReportResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION (not a draft), VERSION_CONFLICT or CONFLICT_OF_INTEREST")
    public Response updateInspectionReport(@PathParam("id") long id, @Valid @NotNull SaveInspectionReportRequest request,
                                           @HeaderParam("If-Match") String ifMatch) {
        InspectionReportResponse report = service.update(caller.get(), id, request, ifMatch);
        return Etags.ok(report, report.version()).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteInspectionReport", summary = "删除草稿 / Delete a draft report (and its findings)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION: only drafts are deleted")
    public Response deleteInspectionReport(@PathParam("id") long id) {
        service.delete(caller.get(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitInspectionReport", summary = "提交 / Submit for approval (author or inspecting office)")
    @APIResponse(responseCode = "200", description = "The report in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionReportResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION, or SCORES_INCOMPLETE (leaf indicators not scored)")
    public InspectionReportResponse submitInspectionReport(@PathParam("id") long id) {
        return service.act(caller.get(), id, Action.SUBMIT, null);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approveInspectionReport", summary = "审核通过 / Approve (office of the inspecting organisation or above)")
    @APIResponse(responseCode = "200", description = "The report in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionReportResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public InspectionReportResponse approveInspectionReport(@PathParam("id") long id) {
        return service.act(caller.get(), id, Action.APPROVE, null);
    }

    @POST
    @Path("/{id}/return")
    @Operation(operationId = "returnInspectionReport", summary = "退回 / Return to draft with a reason (office of the inspecting organisation or above)")
    @APIResponse(responseCode = "200", description = "The report in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionReportResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public InspectionReportResponse returnInspectionReport(@PathParam("id") long id, @Valid @NotNull ReturnReportRequest request) {
        return service.act(caller.get(), id, Action.RETURN, request.reason().trim());
    }

    @POST
    @Path("/{id}/publish")
    @Operation(operationId = "publishInspectionReport", summary = "发布 / Publish: the target sees it and owners rectify findings")
    @APIResponse(responseCode = "200", description = "The report in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionReportResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public InspectionReportResponse publishInspectionReport(@PathParam("id") long id) {
        return service.act(caller.get(), id, Action.PUBLISH, null);
    }

    @GET
    @Path("/{id}/findings")
    @Operation(operationId = "listReportFindings", summary = "报告的问题 / Findings of a report")
    public PageResponse<FindingResponse> listReportFindings(
            @PathParam("id") long id,
            @QueryParam("status") @Schema(implementation = FindingStatus.class) String status,
            @QueryParam("severity") @Schema(implementation = FindingSeverity.class) String severity,
            @QueryParam("light") @Schema(implementation = Light.class) String light,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "dueDate|createdAt|updatedAt|severity|id, then ,asc or ,desc") String sort) {
        var filter = InspectionFindingRepository.reportFilter(Params.enumValue(status, FindingStatus.class, "status"),
                Params.enumValue(light, Light.class, "light"), Params.enumValue(severity, FindingSeverity.class, "severity"));
        return findings.listOfReport(caller.get(), id, filter, PageQuery.of(page, size, sort, FindingService.SORTABLE, "id,asc"));
    }

    @POST
    @Path("/{id}/findings")
    @Operation(operationId = "createFinding", summary = "登记问题 / Record a finding on a draft report")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION: the report is not a draft")
    public Response createFinding(@PathParam("id") long id, @Valid @NotNull CreateFindingRequest request, @Context UriInfo uri) {
        FindingResponse finding = findings.create(caller.get(), id, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/findings").path(Long.toString(finding.id())).build())
                .entity(finding).tag(Etags.of(finding.version())).build();
    }

    @GET
    @Path("/{id}/document")
    @Produces({InspectionDocumentService.DOCX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadInspectionReportDocument", summary = "督导报告文书 / The report as a Word document (.docx)")
    @APIResponse(responseCode = "200", description = "督导报告 with scores, findings and requirements",
            content = @Content(mediaType = InspectionDocumentService.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadInspectionReportDocument(@PathParam("id") long id) {
        return file(documents.report(caller.get(), id), "inspection-report-" + id + ".docx");
    }

    @GET
    @Path("/{id}/rectification-notice")
    @Produces({InspectionDocumentService.DOCX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadRectificationNotice", summary = "整改通知书 / Rectification notice for the report's open findings (.docx)")
    @APIResponse(responseCode = "200", description = "One notice per owner organisation",
            content = @Content(mediaType = InspectionDocumentService.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "NO_OPEN_FINDINGS")
    public Response downloadRectificationNotice(@PathParam("id") long id) {
        return file(documents.rectificationNotice(caller.get(), id), "rectification-notice-" + id + ".docx");
    }

    private static Response file(GeneratedFile file, String asciiName) {
        return Response.ok(file.content(), InspectionDocumentService.DOCX)
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName(), asciiName))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
