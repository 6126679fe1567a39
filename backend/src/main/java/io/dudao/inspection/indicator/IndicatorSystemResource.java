package io.dudao.inspection.indicator;

import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.common.web.Params;
import io.dudao.common.web.ContentDisposition;
import io.dudao.inspection.indicator.IndicatorDtos.IndicatorSystemDocument;
import io.dudao.inspection.indicator.IndicatorDtos.IndicatorSystemResponse;
import io.dudao.inspection.indicator.IndicatorDtos.IndicatorSystemSummary;
import io.dudao.inspection.indicator.IndicatorDtos.SaveIndicatorSystemRequest;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorKind;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorSystemStatus;
import io.dudao.inspection.indicator.IndicatorEnums.IndicatorTargetType;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicator-systems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator systems", description = "指标体系：评分类与达标类指标树、版本、导入导出")
@Authenticated
public class IndicatorSystemResource {

    @Inject
    IndicatorSystemService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listIndicatorSystems", summary = "指标体系列表 / List visible indicator systems",
            description = "Built-in systems (no owner) are visible to everyone once published; an office sees its own and "
                    + "its subtree's systems at every stage and its ancestors' once published.")
    public PageResponse<IndicatorSystemSummary> listIndicatorSystems(
            @QueryParam("kind") @Schema(implementation = IndicatorKind.class) String kind,
            @QueryParam("targetType") @Schema(implementation = IndicatorTargetType.class) String targetType,
            @QueryParam("status") @Schema(implementation = IndicatorSystemStatus.class) String status,
            @QueryParam("ownerOrgId") Long ownerOrgId,
            @QueryParam("lineageId") @Schema(description = "All versions of one system") Long lineageId,
            @QueryParam("q") String q,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "name|updatedAt|version|createdAt|id, then ,asc or ,desc") String sort) {
        var filter = new IndicatorSystemRepository.Filter(Params.enumValue(kind, IndicatorKind.class, "kind"),
                Params.enumValue(targetType, IndicatorTargetType.class, "targetType"),
                Params.enumValue(status, IndicatorSystemStatus.class, "status"), ownerOrgId, lineageId, q);
        return service.list(caller.get(), filter, PageQuery.of(page, size, sort, IndicatorSystemService.SORTABLE, "name,asc"));
    }

    @POST
    @Operation(operationId = "createIndicatorSystem", summary = "新建指标体系 / Create a draft indicator system",
            description = "Codes (1, 1.1, 1.1.1) are generated from the order; SCORED parents' points are their children's "
                    + "sum. Invalid nodes are named in errors[].field, e.g. indicators[2].children[0].maxScore.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorSystemResponse.class)))
    public Response createIndicatorSystem(@Valid @NotNull SaveIndicatorSystemRequest request, @Context UriInfo uri) {
        return created(uri, service.create(caller.get(), request));
    }

    @POST
    @Path("/import")
    @Operation(operationId = "importIndicatorSystem", summary = "导入指标体系 / Import an exported indicator system (JSON) as a new draft")
    @APIResponse(responseCode = "201", description = "Imported as version 1 of a new system",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorSystemResponse.class)))
    public Response importIndicatorSystem(@Valid @NotNull IndicatorSystemDocument document, @Context UriInfo uri) {
        return created(uri, service.importDocument(caller.get(), document));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIndicatorSystem", summary = "指标体系详情 / Get an indicator system with its tree")
    @APIResponse(responseCode = "200", description = "The system; ETag is its revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorSystemResponse.class)))
    public Response getIndicatorSystem(@PathParam("id") long id) {
        IndicatorSystemResponse system = service.get(caller.get(), id);
        return Etags.ok(system, system.revision()).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateIndicatorSystem", summary = "修改指标体系草稿 / Update a draft (a published one answers 409)")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorSystemResponse.class)))
    @APIResponse(responseCode = "409", description = "INDICATOR_SYSTEM_PUBLISHED: copy it to a new version instead; or VERSION_CONFLICT")
    public Response updateIndicatorSystem(@PathParam("id") long id, @Valid @NotNull SaveIndicatorSystemRequest request,
                                          @HeaderParam("If-Match") String ifMatch) {
        IndicatorSystemResponse system = service.update(caller.get(), id, request, ifMatch);
        return Etags.ok(system, system.revision()).build();
    }

    @POST
    @Path("/{id}/publish")
    @Operation(operationId = "publishIndicatorSystem", summary = "发布 / Publish a draft (it becomes immutable)")
    @APIResponse(responseCode = "200", description = "The system in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorSystemResponse.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION: already published")
    public IndicatorSystemResponse publishIndicatorSystem(@PathParam("id") long id) {
        return service.publish(caller.get(), id);
    }

    @POST
    @Path("/{id}/copy")
    @Operation(operationId = "copyIndicatorSystem", summary = "复制为新版本 / Copy to a new draft version of the same system")
    @APIResponse(responseCode = "201", description = "The new draft version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorSystemResponse.class)))
    public Response copyIndicatorSystem(@PathParam("id") long id, @Context UriInfo uri) {
        return created(uri, service.copy(caller.get(), id));
    }

    @GET
    @Path("/{id}/export")
    @Operation(operationId = "exportIndicatorSystem", summary = "导出 / Export the tree as JSON (importable)")
    @APIResponse(responseCode = "200", description = "The system as an attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorSystemDocument.class)))
    public Response exportIndicatorSystem(@PathParam("id") long id) {
        IndicatorSystemDocument document = service.export(caller.get(), id);
        return Response.ok(document, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", ContentDisposition.attachment(
                        "指标体系-" + document.name() + "-v" + document.version() + ".json",
                        "indicator-system-" + id + "-v" + document.version() + ".json"))
                .build();
    }

    private static Response created(UriInfo uri, IndicatorSystemResponse system) {
        return Response.created(uri.getBaseUriBuilder().path("api/v1/indicator-systems").path(Long.toString(system.id())).build())
                .entity(system).tag(Etags.of(system.revision())).build();
    }
}
