package io.dudao.org;

import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.common.web.Params;
import io.dudao.org.OrganizationDtos.OrganizationNode;
import io.dudao.org.OrganizationDtos.OrganizationResponse;
import io.dudao.org.OrganizationDtos.SaveOrganizationRequest;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "机构：省、市、县、责任区、学校")
@Authenticated
public class OrganizationResource {

    @Inject
    OrganizationService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listOrganizations", summary = "机构列表 / List visible organisations")
    public PageResponse<OrganizationResponse> listOrganizations(
            @QueryParam("type") @Schema(implementation = OrgType.class) String type, @QueryParam("parentId") Long parentId, @QueryParam("q") String q,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") @Schema(description = "name|code|type|id, then ,asc or ,desc") String sort) {
        return service.list(caller.get(), Params.enumValue(type, OrgType.class, "type"), parentId, q,
                PageQuery.of(page, size, sort, OrganizationService.SORTABLE, "code,asc"));
    }

    @GET
    @Path("/tree")
    @Operation(operationId = "getOrganizationTree", summary = "机构树 / The caller's organisation subtree")
    public List<OrganizationNode> getOrganizationTree() {
        return service.tree(caller.get());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganization", summary = "机构详情 / Get an organisation")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    public Response getOrganization(@PathParam("id") long id) {
        OrganizationResponse org = service.get(caller.get(), id);
        return Etags.ok(org, org.version()).build();
    }

    @POST
    @RolesAllowed({"ADMIN", "SYSTEM_ADMIN"})
    @Operation(operationId = "createOrganization", summary = "新建机构 / Create an organisation (ADMIN)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    public Response createOrganization(@Valid @NotNull SaveOrganizationRequest request, @Context UriInfo uri) {
        OrganizationResponse org = service.create(caller.get(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(org.id())).build())
                .entity(org).tag(Etags.of(org.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "SYSTEM_ADMIN"})
    @Operation(operationId = "updateOrganization", summary = "修改机构 / Update an organisation (ADMIN)")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    public Response updateOrganization(@PathParam("id") long id, @Valid @NotNull SaveOrganizationRequest request,
                                       @HeaderParam("If-Match") String ifMatch) {
        OrganizationResponse org = service.update(caller.get(), id, request, ifMatch);
        return Etags.ok(org, org.version()).build();
    }
}
