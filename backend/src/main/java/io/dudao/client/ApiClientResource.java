package io.dudao.client;

import io.dudao.client.ApiClientDtos.ApiClientResponse;
import io.dudao.client.ApiClientDtos.SaveApiClientRequest;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.Etags;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/api-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API clients", description = "接口客户端：门户与报表脚本的凭据")
@RolesAllowed({"ADMIN", "SYSTEM_ADMIN", "PROVINCE_OFFICE", "CITY_OFFICE"})
public class ApiClientResource {

    @Inject
    ApiClientService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listApiClients", summary = "接口客户端列表 / List machine clients")
    public List<ApiClientResponse> listApiClients() {
        return service.list(caller.get());
    }

    @POST
    @Operation(operationId = "createApiClient", summary = "新建接口客户端 / Create a machine client (the secret is shown once)")
    @APIResponse(responseCode = "201", description = "Created, with clientSecret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiClientResponse.class)))
    public Response createApiClient(@Valid @NotNull SaveApiClientRequest request, @Context UriInfo uri) {
        ApiClientResponse client = service.create(caller.get(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(client.id())).build()).entity(client).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateApiClient", summary = "修改接口客户端 / Update a machine client")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiClientResponse.class)))
    public Response updateApiClient(@PathParam("id") long id, @Valid @NotNull SaveApiClientRequest request,
                                    @HeaderParam("If-Match") String ifMatch) {
        ApiClientResponse client = service.update(caller.get(), id, request, ifMatch);
        return Etags.ok(client, client.version()).build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(operationId = "rotateApiClientSecret", summary = "更换密钥 / Issue a new secret (the old one stops working)")
    @APIResponse(responseCode = "200", description = "The client with its new clientSecret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiClientResponse.class)))
    public ApiClientResponse rotateApiClientSecret(@PathParam("id") long id) {
        return service.rotateSecret(caller.get(), id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteApiClient", summary = "删除接口客户端 / Delete a machine client")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteApiClient(@PathParam("id") long id) {
        service.delete(caller.get(), id);
        return Response.noContent().build();
    }
}
