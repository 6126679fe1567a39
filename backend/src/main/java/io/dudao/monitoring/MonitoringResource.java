package io.dudao.monitoring;

import io.dudao.common.error.ApiException;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.ContentDisposition;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageResponse;
import io.dudao.common.web.Params;
import io.dudao.common.document.Sheets;
import io.dudao.monitoring.MonitoringDtos.ComparisonResponse;
import io.dudao.monitoring.MonitoringDtos.CycleResponse;
import io.dudao.monitoring.MonitoringDtos.FallSuggestions;
import io.dudao.monitoring.MonitoringDtos.ImportResponse;
import io.dudao.monitoring.MonitoringDtos.ImportUpload;
import io.dudao.monitoring.MonitoringDtos.RaiseProblemsRequest;
import io.dudao.monitoring.MonitoringDtos.RaisedProblems;
import io.dudao.monitoring.MonitoringDtos.ResultList;
import io.dudao.monitoring.MonitoringDtos.SaveCycleRequest;
import io.dudao.monitoring.MonitoringDtos.TrendResponse;
import io.dudao.monitoring.MonitoringEnums.CycleStatus;
import io.dudao.monitoring.MonitoringEnums.Subject;
import io.quarkus.security.Authenticated;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.file.Files;

/** 义务教育质量监测: cycles, their results and feedback problems, the trend and the county comparison. */
@Path("/api/v1/monitoring-cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring", description = "义务教育质量监测：监测周期、结果、反馈问题整改、趋势与县区对比")
@Authenticated
public class MonitoringResource {

    static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;

    @Inject
    MonitoringService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listMonitoringCycles", summary = "质量监测列表 / Monitoring cycles",
            description = "Cycles whose owner office or a sampled county lies in the caller's subtree; counts are of what the caller sees.")
    @APIResponse(responseCode = "200", description = "A page of cycles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringDtos.CyclePage.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: bad status, paging or sort")
    public PageResponse<CycleResponse> listMonitoringCycles(
            @QueryParam("year") Integer year,
            @QueryParam("status") @Schema(implementation = CycleStatus.class) String status,
            @QueryParam("countyId") @Schema(description = "Only cycles that sample this county") Long countyId,
            @QueryParam("planItemId") @Schema(description = "Only cycles serving this plan item or one of its sub-items") Long planItemId,
            @QueryParam("q") @Schema(description = "Searches the title") String q,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "year|title|endsOn|id, then ,asc or ,desc (default year,desc)") String sort) {
        return service.list(caller.get(), new MonitoringRepository.Filter(year, Params.enumValue(status, CycleStatus.class, "status"),
                countyId, planItemId, q), page, size, sort);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMonitoringCycle", summary = "质量监测详情 / A monitoring cycle with its sample")
    @APIResponse(responseCode = "200", description = "The cycle",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleResponse.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such cycle visible to the caller")
    public Response getMonitoringCycle(@PathParam("id") long id) {
        CycleResponse c = service.get(caller.get(), id);
        return Etags.ok(c, c.version()).build();
    }

    @POST
    @Operation(operationId = "createMonitoringCycle", summary = "组织质量监测 / Create a monitoring cycle",
            description = "A city or province office (or an administrator naming the owner) plans a year's monitoring: subjects, grades, "
                    + "the sampled counties below the owner and their sampled schools, dates and the plan item. Audited.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: every problem of the sample in errors[], bad dates, owner or plan item")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not a city or province office")
    public Response createMonitoringCycle(@Valid @NotNull SaveCycleRequest request, @Context UriInfo uri) {
        CycleResponse c = service.create(caller.get(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(c.id())).build()).entity(c).tag(Etags.of(c.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateMonitoringCycle", summary = "修改质量监测 / Update a monitoring cycle",
            description = "As on create; the owner stays. Imported results must stay inside the new sample, subjects and grades. Audited.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not the running office or one above it")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such cycle visible to the caller")
    @APIResponse(responseCode = "409", description = "VERSION_CONFLICT, or RESULTS_OUTSIDE_SAMPLE")
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match does not match")
    public Response updateMonitoringCycle(@PathParam("id") long id, @Valid @NotNull SaveCycleRequest request,
                                          @HeaderParam("If-Match") String ifMatch) {
        CycleResponse c = service.update(caller.get(), id, request, ifMatch);
        return Etags.ok(c, c.version()).build();
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeMonitoringCycle", summary = "完成质量监测 / Close a cycle whose results are in")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleResponse.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not the running office or one above it")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such cycle visible to the caller")
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION: the results are not in, or it is closed")
    public Response closeMonitoringCycle(@PathParam("id") long id) {
        CycleResponse c = service.close(caller.get(), id);
        return Etags.ok(c, c.version()).build();
    }

    @GET
    @Path("/{id}/results")
    @Operation(operationId = "listMonitoringResults", summary = "监测结果 / A cycle's results",
            description = "County figures (and, with schools=true, school figures) with the province's beside each, for the counties "
                    + "in the caller's subtree only.")
    @APIResponse(responseCode = "200", description = "The results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultList.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: unknown subject")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: the cycle, or the county, is not visible to the caller")
    public ResultList listMonitoringResults(@PathParam("id") long id, @QueryParam("countyId") Long countyId,
                                            @QueryParam("subject") @Schema(implementation = Subject.class) String subject,
                                            @QueryParam("grade") Integer grade,
                                            @QueryParam("schools") @Schema(description = "Include school rows") Boolean schools) {
        return service.results(caller.get(), id, countyId, Params.enumValue(subject, Subject.class, "subject"), grade,
                Boolean.TRUE.equals(schools));
    }

    @POST
    @Path("/{id}/results/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importMonitoringResults", summary = "导入监测结果 / Import a cycle's results from the .xlsx or .csv template",
            description = "Multipart field `file` (≤ 5 MB). Replaces the cycle's results as a whole or, on any error, changes nothing and "
                    + "lists every error: errors[].field is `rows[i].<Chinese column header>` (i counts data rows from 0) and the message "
                    + "names the sheet row and column. A county outside the sample, a school not sampled, an unknown subject or one the "
                    + "cycle does not test, a share outside 0–100% are errors. Audited.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ImportUpload.class)))
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: every row error in errors[]; nothing saved")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not the running office or one above it")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such cycle visible to the caller")
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION: the cycle is closed")
    @APIResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE (over 5 MB), or FILE_INFLATES_TOO_FAR")
    public ImportResponse importMonitoringResults(@PathParam("id") long id, @RestForm("file") @Schema(hidden = true) FileUpload file)
            throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.validation("file", "请选择要导入的文件（表单字段 file）", "send the file as multipart field `file`");
        }
        if (file.size() > MAX_IMPORT_BYTES) {
            throw new ApiException(413, "PAYLOAD_TOO_LARGE", "导入文件不能超过 5 MB", "Import files are limited to 5 MB");
        }
        return service.importResults(caller.get(), id, file.fileName(), Files.readAllBytes(file.uploadedFile()));
    }

    @GET
    @Path("/{id}/results/template")
    @Produces({Sheets.XLSX, Sheets.CSV, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadMonitoringTemplate", summary = "下载结果导入模板 / Download the results template (.xlsx or .csv)",
            description = "Chinese headers; one county row per sampled county, grade and subject.")
    @APIResponse(responseCode = "200", description = "The template", content = {
            @Content(mediaType = Sheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Sheets.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: format is not xlsx or csv")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such cycle visible to the caller")
    public Response downloadMonitoringTemplate(@PathParam("id") long id,
                                               @QueryParam("format") @Schema(enumeration = {"xlsx", "csv"}, defaultValue = "xlsx") String format) {
        boolean xlsx = format == null || format.isBlank() || format.equalsIgnoreCase("xlsx");
        if (!xlsx && !format.equalsIgnoreCase("csv")) {
            throw ApiException.validation("format", "格式只能是 xlsx 或 csv", "format must be xlsx or csv");
        }
        MonitoringService.Download d = service.template(caller.get(), id, xlsx);
        return Response.ok(d.content(), d.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(d.fileName(), "monitoring-template-" + id + (xlsx ? ".xlsx" : ".csv")))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("/{id}/comparison")
    @Operation(operationId = "compareMonitoringCounties", summary = "县区对比 / The counties of a cycle side by side",
            description = "County figures for one subject and grade, best share at level III or above first, with the province's.")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComparisonResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: subject or grade missing or unknown")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such cycle visible to the caller")
    public ComparisonResponse compareMonitoringCounties(@PathParam("id") long id,
                                                       @QueryParam("subject") @Schema(implementation = Subject.class, required = true) String subject,
                                                       @QueryParam("grade") @Schema(required = true) Integer grade) {
        return service.comparison(caller.get(), id, Params.enumValue(subject, Subject.class, "subject"), grade);
    }

    @GET
    @Path("/trend")
    @Operation(operationId = "getMonitoringTrend", summary = "监测趋势 / A county's figures over the cycles",
            description = "One subject and grade, oldest cycle first, with the province's figure beside each.")
    @APIResponse(responseCode = "200", description = "The trend",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrendResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: county, subject or grade missing or unknown")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: the county is not visible to the caller")
    public TrendResponse getMonitoringTrend(@QueryParam("countyId") @Schema(required = true) Long countyId,
                                            @QueryParam("subject") @Schema(implementation = Subject.class, required = true) String subject,
                                            @QueryParam("grade") @Schema(required = true) Integer grade) {
        return service.trend(caller.get(), countyId, Params.enumValue(subject, Subject.class, "subject"), grade);
    }

    @POST
    @Path("/{id}/problems")
    @Operation(operationId = "raiseMonitoringProblems", summary = "登记反馈问题 / Raise the feedback report's problems as findings",
            description = "Each problem becomes a finding (source MONITORING, sourceId the cycle) of its county, issued in the running "
                    + "office's name, with its due date (default the cycle's end), in the rectification loop. All or none; audited. "
                    + "List them with listFindings?sourceType=MONITORING&sourceId={id}.")
    @APIResponse(responseCode = "201", description = "Raised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RaisedProblems.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: a county outside the sample, a subject not tested, …")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not the running office or one above it")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such cycle visible to the caller")
    public Response raiseMonitoringProblems(@PathParam("id") long id, @Valid @NotNull RaiseProblemsRequest request) {
        return Response.status(201).entity(service.raiseProblems(caller.get(), id, request)).build();
    }

    @GET
    @Path("/{id}/fall-suggestions")
    @Operation(operationId = "listMonitoringFallSuggestions", summary = "质量下降问责建议 / Counties whose results fell beyond the threshold",
            description = "For each county, subject and grade whose share at level III or above fell by more than the cycle's "
                    + "fallAlertPoints since the county's previous cycle: a prefilled case draft (scenario 教育质量下降) to review and "
                    + "send to createAccountabilityCase. Nothing is saved.")
    @APIResponse(responseCode = "200", description = "The suggestions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FallSuggestions.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: not the running office or one above it")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such cycle visible to the caller")
    public FallSuggestions listMonitoringFallSuggestions(@PathParam("id") long id) {
        return service.fallSuggestions(caller.get(), id);
    }
}
