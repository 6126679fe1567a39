package io.dudao.plan;

import io.dudao.common.error.ApiException;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.common.web.Params;
import io.dudao.plan.PlanDtos.CreateForwardingRequest;
import io.dudao.plan.PlanDtos.ForwardingResponse;
import io.dudao.plan.PlanDtos.PlanImportResult;
import io.dudao.plan.PlanDtos.PlanProgress;
import io.dudao.plan.PlanDtos.PlanResponse;
import io.dudao.plan.PlanDtos.PlanSummary;
import io.dudao.plan.PlanDtos.SavePlanRequest;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "工作要点：起草、导入、发布、转发")
@Authenticated
public class PlanResource {

    @Inject
    PlanService service;

    @Inject
    PlanImportService importer;

    @Inject
    PlanProgressService progress;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listPlans", summary = "工作要点列表 / List visible plans")
    public PageResponse<PlanSummary> listPlans(
            @QueryParam("year") Integer year,
            @QueryParam("status") @Schema(implementation = PlanStatus.class) String status,
            @QueryParam("issuingOrgId") Long issuingOrgId, @QueryParam("q") String q,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "year|issuedOn|title|updatedAt|id, then ,asc or ,desc") String sort) {
        return service.list(caller.get(), year, Params.enumValue(status, PlanStatus.class, "status"), issuingOrgId, q,
                PageQuery.of(page, size, sort, PlanService.SORTABLE, "year,desc"));
    }

    @POST
    @Operation(operationId = "createPlan", summary = "新建工作要点 / Create a draft plan")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    public Response createPlan(@Valid @NotNull SavePlanRequest request, @Context UriInfo uri) {
        PlanResponse plan = service.create(caller.get(), request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/plans").path(Long.toString(plan.id())).build())
                .entity(plan).tag(Etags.of(plan.version())).build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(operationId = "importPlan", summary = "导入公文 / Import a notice as a draft plan",
            description = "Send the notice's text as text/plain (UTF-8), or a .docx/.txt file as multipart field `file` "
                    + "(≤ 10 MB). Recognises 文号, title, 主送, signing date, numbered items and sub-items, and a "
                    + "forwarding cover notice; what it cannot read, or read only by repairing a damaged 文号 or date, "
                    + "comes back in importWarnings with the line and field, and stays on the plan until dismissed "
                    + "(listPlanImportWarnings, dismissPlanImportWarning).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = ImportUpload.class))})
    @APIResponse(responseCode = "201", description = "The draft plan and the importer's warnings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanImportResult.class)))
    @APIResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE (over 10 MB), or FILE_INFLATES_TOO_FAR: a .docx that inflates past the zip-bomb limits")
    public Response importPlan(String text, @Context UriInfo uri) {
        return imported(importer.importText(caller.get(), text), uri);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response importPlanFile(@RestForm("file") FileUpload file, @Context UriInfo uri) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.validation("file", "请选择要导入的文件（表单字段 file）", "send the file as multipart field `file`");
        }
        if (file.size() > PlanImportService.MAX_FILE_BYTES) {
            throw new ApiException(413, "PAYLOAD_TOO_LARGE", "导入文件不能超过 10 MB", "Import files are limited to 10 MB");
        }
        return imported(importer.importFile(caller.get(), file.fileName(), Files.readAllBytes(file.uploadedFile())), uri);
    }

    private static Response imported(PlanImportResult result, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/v1/plans").path(Long.toString(result.plan().id())).build())
                .entity(result).build();
    }

    /** The multipart form of an import, for the contract. */
    @Schema(name = "PlanImportUpload")
    public record ImportUpload(@Schema(type = SchemaType.STRING, format = "binary", required = true) String file) {
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlan", summary = "工作要点详情 / Get a plan with its items")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    public Response getPlan(@PathParam("id") long id) {
        PlanResponse plan = service.get(caller.get(), id);
        return Etags.ok(plan, plan.version()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updatePlan", summary = "修改工作要点 / Update a plan and its items")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    public Response updatePlan(@PathParam("id") long id, @Valid @NotNull SavePlanRequest request,
                               @HeaderParam("If-Match") String ifMatch) {
        PlanResponse plan = service.update(caller.get(), id, request, ifMatch);
        return Etags.ok(plan, plan.version()).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deletePlan", summary = "删除草稿 / Delete a draft plan")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION (not a draft) or PLAN_IN_USE")
    public Response deletePlan(@PathParam("id") long id) {
        service.delete(caller.get(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/publish")
    @Operation(operationId = "publishPlan", summary = "发布 / Publish a draft to the issuer's subtree")
    @APIResponse(responseCode = "200", description = "The plan in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public PlanResponse publishPlan(@PathParam("id") long id) {
        return service.publish(caller.get(), id);
    }

    @POST
    @Path("/{id}/archive")
    @Operation(operationId = "archivePlan", summary = "归档 / Archive a published plan")
    @APIResponse(responseCode = "200", description = "The plan in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION")
    public PlanResponse archivePlan(@PathParam("id") long id) {
        return service.archive(caller.get(), id);
    }

    @POST
    @Path("/{id}/forwardings")
    @Operation(operationId = "forwardPlan", summary = "转发 / Forward a published plan to organisations below, with acknowledgement tasks")
    @APIResponse(responseCode = "201", description = "Forwarded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ForwardingResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION: the plan is not published")
    public Response forwardPlan(@PathParam("id") long id, @Valid @NotNull CreateForwardingRequest request) {
        ForwardingResponse forwarding = service.forward(caller.get(), id, request);
        return Response.status(201).entity(forwarding).build();
    }

    @GET
    @Path("/{id}/progress")
    @Operation(operationId = "getPlanProgress", summary = "重点工作进展 / Progress per item and sub-item of a plan",
            description = "For every item: the work linked to it or its sub-items that the caller may see (tasks, "
                    + "forwarding acknowledgements, inspection reports, findings, accountability cases), counted done, "
                    + "open and overdue per kind; completion = done ÷ linked; status NOT_LINKED (未关联) when nothing is "
                    + "linked rather than 0%; the worst light of the open work. Counted in the database in two statements.")
    @APIResponse(responseCode = "200", description = "The plan's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanProgress.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such plan visible to the caller")
    public PlanProgress getPlanProgress(@PathParam("id") long id) {
        return progress.progress(caller.get(), id);
    }

    @GET
    @Path("/{id}/forwardings")
    @Operation(operationId = "listPlanForwardings", summary = "转发与签收情况 / Forwardings with each recipient's state")
    public List<ForwardingResponse> listPlanForwardings(@PathParam("id") long id) {
        return service.forwardings(caller.get(), id);
    }
}
