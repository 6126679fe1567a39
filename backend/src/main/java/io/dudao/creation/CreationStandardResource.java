package io.dudao.creation;

import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.common.web.Params;
import io.dudao.creation.CreationDtos.CreateStandardRequest;
import io.dudao.creation.CreationDtos.StandardResponse;
import io.dudao.creation.engine.CreationEnums.CreationKind;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/creation-standards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Creation standards", description = "两个创建评估标准：国家标准与地方从严标准")
@Authenticated
public class CreationStandardResource {

    @Inject
    CreationStandardService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listCreationStandards", summary = "评估标准列表 / List visible standard sets")
    public PageResponse<StandardResponse> listCreationStandards(
            @QueryParam("kind") @Schema(implementation = CreationKind.class) String kind,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "id|name|year|createdAt, then ,asc or ,desc") String sort) {
        return service.list(caller.get(), Params.enumValue(kind, CreationKind.class, "kind"),
                PageQuery.of(page, size, sort, CreationStandardService.SORTABLE, "id,asc"));
    }

    @POST
    @Operation(operationId = "createCreationStandard", summary = "制定从严标准 / Copy a standard set and tighten it",
            description = "A province or city office copies a visible set (basedOnId) and may only tighten it: higher minimums, "
                    + "lower maximums and CV limits, a stricter school rule, fewer excluded teaching points. Sets never change "
                    + "once stored; every error is listed at once.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandardResponse.class)))
    public Response createCreationStandard(@Valid @NotNull CreateStandardRequest request, @Context UriInfo uri) {
        StandardResponse created = service.create(caller.get(), request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/creation-standards").path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCreationStandard", summary = "评估标准详情 / Get a standard set")
    public StandardResponse getCreationStandard(@PathParam("id") long id) {
        return service.get(caller.get(), id);
    }
}
