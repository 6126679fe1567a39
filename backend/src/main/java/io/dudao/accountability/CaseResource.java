package io.dudao.accountability;

import io.dudao.accountability.AccountabilityDtos.AppealDecisionRequest;
import io.dudao.accountability.AccountabilityDtos.CaseExistsProblem;
import io.dudao.accountability.AccountabilityDtos.CaseResponse;
import io.dudao.common.error.Problem;
import io.dudao.accountability.AccountabilityDtos.DecisionRequest;
import io.dudao.accountability.AccountabilityDtos.NotifyRequest;
import io.dudao.accountability.AccountabilityDtos.ReasonRequest;
import io.dudao.accountability.AccountabilityDtos.ReviewDecisionRequest;
import io.dudao.accountability.AccountabilityDtos.SaveCaseRequest;
import io.dudao.accountability.AccountabilityDtos.StatementRequest;
import io.dudao.accountability.AccountabilityDtos.StepRequest;
import io.dudao.accountability.AccountabilityEnums.CaseSource;
import io.dudao.accountability.AccountabilityEnums.CaseStatus;
import io.dudao.accountability.AccountabilityEnums.SubjectType;
import io.dudao.common.export.ExportFormat;
import io.dudao.common.export.ExportGate;
import io.dudao.common.export.Exports;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.ContentDisposition;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.Params;
import io.dudao.common.work.Light;
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

import java.util.List;

@Path("/api/v1/accountability-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accountability cases", description = "问责案件：立案、调查、告知、陈述申辩、决定、执行、复核、申诉、归档，以及各环节时限")
@Authenticated
public class CaseResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    CaseService service;

    @Inject
    CaseEscalation escalation;

    @Inject
    CaseDocuments documents;

    @Inject
    CaseExport export;

    @Inject
    CurrentCaller caller;

    @Inject
    ExportGate exportGate;

    /** The Chinese file name of the list export, and its ASCII fallback. */
    static final Exports.Name EXPORT_NAME = new Exports.Name("问责案件登记簿", "accountability-cases");

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @APIResponse(responseCode = "200", description = "A page of cases, or the whole filtered register as a spreadsheet",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CasePage.class)),
                    @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Operation(operationId = "listAccountabilityCases", summary = "问责案件登记簿 / The case register",
            description = "Cases handled by the caller's organisation or below it (备案), and cases against the caller's "
                    + "organisation from the written notice on.")
    public Response listAccountabilityCases(
            @QueryParam("status") @Schema(implementation = CaseStatus.class) String status,
            @QueryParam("light") @Schema(implementation = Light.class) String light,
            @QueryParam("severe") Boolean severe,
            @QueryParam("handlingOrgId") Long handlingOrgId,
            @QueryParam("subjectOrgId") Long subjectOrgId,
            @QueryParam("withinOrgId") @Schema(description = "Only cases against this organisation or below it") Long withinOrgId,
            @QueryParam("subjectType") @Schema(implementation = SubjectType.class) String subjectType,
            @QueryParam("source") @Schema(implementation = CaseSource.class) String source,
            @QueryParam("sourceId") Long sourceId,
            @QueryParam("year") @Schema(description = "The year of the plan the case serves; unlinked cases by their number's year") Integer year,
            @QueryParam("planItemId") @Schema(description = "Only cases serving this plan item (重点工作) or one of its sub-items") Long planItemId,
            @QueryParam("open") @Schema(description = "Only open cases (not yet executed, closed, revoked or dismissed)") Boolean open,
            @QueryParam("q") @Schema(description = "Searches the case number, facts and the person's name") String q,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "openedOn|decidedOn|updatedAt|caseNumber|id, then ,asc or ,desc") String sort,
            @Context HttpHeaders headers) {
        var filter = new CaseRepository.Filter(Params.enumValue(status, CaseStatus.class, "status"),
                Params.enumValue(light, Light.class, "light"), severe, handlingOrgId, subjectOrgId,
                Params.enumValue(subjectType, SubjectType.class, "subjectType"), Params.enumValue(source, CaseSource.class, "source"),
                sourceId, year, q, withinOrgId, planItemId, Boolean.TRUE.equals(open));
        PageQuery paging = PageQuery.of(page, size, sort, CaseService.SORTABLE, "openedOn,desc");
        var format = Exports.requested(headers);
        if (format.isPresent()) {
            var who = caller.get();
            return exportGate.stream(who, format.get(), EXPORT_NAME, out -> export.export(who, filter, paging, format.get(), out));
        }
        return Response.ok(service.list(caller.get(), filter, paging), MediaType.APPLICATION_JSON).build();
    }

    @Schema(name = "AccountabilityCasePage")
    public record CasePage(@Schema(required = true) List<CaseResponse> items, @Schema(required = true) int page,
                           @Schema(required = true) int size, @Schema(required = true) long total) {
    }

    @POST
    @Operation(operationId = "createAccountabilityCase", summary = "问责立案 / Open a case (number assigned by the server)",
            description = "source/sourceId must name an object the caller can see (a finding or task always needs its id);"
                    + " one open case per source object. Numbers are unique per 文号 prefix and year across all offices.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "409", description = "CASE_EXISTS: a case is already open for this source (caseId names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = CaseExistsProblem.class)))
    public Response createAccountabilityCase(@Valid @NotNull SaveCaseRequest request, @Context UriInfo uri) {
        return created(service.create(caller.get(), request), uri);
    }

    @POST
    @Path("/from-finding/{findingId}")
    @Operation(operationId = "openCaseFromFinding", summary = "问题升级问责 / Open a prefilled case from an escalated finding")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "409", description = "NOT_ESCALATED, or CASE_EXISTS (caseId names the open case)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = CaseExistsProblem.class)))
    public Response openCaseFromFinding(@PathParam("findingId") long findingId, @Context UriInfo uri) {
        return created(escalation.fromFinding(caller.get(), findingId), uri);
    }

    @POST
    @Path("/from-task/{taskId}")
    @Operation(operationId = "openCaseFromTask", summary = "逾期任务升级问责 / Open a prefilled case from a seriously overdue task")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "409", description = "NOT_ESCALATED, or CASE_EXISTS (caseId names the open case)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = CaseExistsProblem.class)))
    public Response openCaseFromTask(@PathParam("taskId") long taskId, @Context UriInfo uri) {
        return created(escalation.fromTask(caller.get(), taskId), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAccountabilityCase", summary = "案件详情 / A case with its timeline and deadlines")
    @APIResponse(responseCode = "200", description = "The case (view FULL, or SUBJECT for the organisation held to account)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response getAccountabilityCase(@PathParam("id") long id) {
        CaseResponse c = service.get(caller.get(), id);
        return Etags.ok(c, c.version()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateAccountabilityCase", summary = "修改案件 / Edit a case before its decision")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION (decided) or VERSION_CONFLICT")
    public Response updateAccountabilityCase(@PathParam("id") long id, @Valid @NotNull SaveCaseRequest request,
                                             @HeaderParam("If-Match") String ifMatch) {
        CaseResponse c = service.update(caller.get(), id, request, ifMatch);
        return Etags.ok(c, c.version()).build();
    }

    @POST
    @Path("/{id}/investigate")
    @Operation(operationId = "investigateCase", summary = "成立调查组 / Open the investigation (within 60 days of the supervision's end)")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION or DEADLINE_PASSED")
    public CaseResponse investigateCase(@PathParam("id") long id, @Valid StepRequest request) {
        return service.investigate(caller.get(), id, orEmpty(request));
    }

    @POST
    @Path("/{id}/notify")
    @Operation(operationId = "notifyCase", summary = "书面告知 / Written notice sent; the subject's statement window opens")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public CaseResponse notifyCase(@PathParam("id") long id, @Valid NotifyRequest request) {
        return service.notify(caller.get(), id, request == null ? new NotifyRequest(null, null) : request);
    }

    @POST
    @Path("/{id}/statement")
    @Operation(operationId = "submitCaseStatement", summary = "陈述申辩 / The subject's statement and defence")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION or DEADLINE_PASSED")
    public CaseResponse submitCaseStatement(@PathParam("id") long id, @Valid @NotNull StatementRequest request) {
        return service.statement(caller.get(), id, request);
    }

    @POST
    @Path("/{id}/decide")
    @Operation(operationId = "decideCase", summary = "问责决定 / Decide (从重 is re-evaluated); after a successful appeal this corrects the decision")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION or DEADLINE_PASSED (correction)")
    public CaseResponse decideCase(@PathParam("id") long id, @Valid @NotNull DecisionRequest request) {
        return service.decide(caller.get(), id, request);
    }

    @POST
    @Path("/{id}/execute")
    @Operation(operationId = "executeCase", summary = "执行 / The decision has been carried out")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public CaseResponse executeCase(@PathParam("id") long id, @Valid StepRequest request) {
        return service.execute(caller.get(), id, orEmpty(request));
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeCase", summary = "归档 / Archive an executed (or revoked) case")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public CaseResponse closeCase(@PathParam("id") long id, @Valid StepRequest request) {
        return service.close(caller.get(), id, orEmpty(request));
    }

    @POST
    @Path("/{id}/dismiss")
    @Operation(operationId = "dismissCase", summary = "不予问责 / Dismiss with a reason (only before a decision)")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public CaseResponse dismissCase(@PathParam("id") long id, @Valid @NotNull ReasonRequest request) {
        return service.dismiss(caller.get(), id, request);
    }

    @POST
    @Path("/{id}/review-request")
    @Operation(operationId = "requestCaseReview", summary = "申请复核 / The subject asks for review (within 30 days of the decision)")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION or DEADLINE_PASSED")
    public CaseResponse requestCaseReview(@PathParam("id") long id, @Valid @NotNull ReasonRequest request) {
        return service.requestReview(caller.get(), id, request);
    }

    @POST
    @Path("/{id}/review-decision")
    @Operation(operationId = "decideCaseReview", summary = "复核决定 / The handling office answers the review (within 30 days)")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION or DEADLINE_PASSED")
    public CaseResponse decideCaseReview(@PathParam("id") long id, @Valid @NotNull ReviewDecisionRequest request) {
        return service.decideReview(caller.get(), id, request);
    }

    @POST
    @Path("/{id}/appeal")
    @Operation(operationId = "appealCase", summary = "申诉 / The subject appeals to the level above (within 15 days)")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION or DEADLINE_PASSED")
    public CaseResponse appealCase(@PathParam("id") long id, @Valid @NotNull ReasonRequest request) {
        return service.appeal(caller.get(), id, request);
    }

    @POST
    @Path("/{id}/appeal-decision")
    @Operation(operationId = "decideCaseAppeal", summary = "申诉决定 / The office above answers the appeal (within 60 days)")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION or DEADLINE_PASSED")
    public CaseResponse decideCaseAppeal(@PathParam("id") long id, @Valid @NotNull AppealDecisionRequest request) {
        return service.decideAppeal(caller.get(), id, request);
    }

    @GET
    @Path("/{id}/decision-document")
    @Produces({DOCX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadCaseDecision", summary = "问责决定书 / The decision as a Word document (.docx)")
    @APIResponse(responseCode = "200", description = "问责决定书",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "NOT_DECIDED")
    public Response downloadCaseDecision(@PathParam("id") long id) {
        CaseDocuments.File file = documents.decision(caller.get(), id);
        return Response.ok(file.content(), DOCX)
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName(), "accountability-decision-" + id + ".docx"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static StepRequest orEmpty(StepRequest request) {
        return request == null ? new StepRequest(null, null) : request;
    }

    private static Response created(CaseResponse c, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/v1/accountability-cases").path(Long.toString(c.id())).build())
                .entity(c).tag(Etags.of(c.version())).build();
    }
}
