package io.dudao.integration.webhook;

import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.Etags;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.PageResponse;
import io.dudao.integration.webhook.WebhookDtos.DeliveryResponse;
import io.dudao.integration.webhook.WebhookDtos.SaveWebhookRequest;
import io.dudao.integration.webhook.WebhookDtos.WebhookResponse;
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

import java.util.List;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "推送订阅：变更发生时签名推送给门户")
@RolesAllowed({"ADMIN", "SYSTEM_ADMIN", "PROVINCE_OFFICE", "CITY_OFFICE"})
public class WebhookResource {

    @Inject
    WebhookService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listWebhooks", summary = "推送订阅列表 / List webhooks")
    public List<WebhookResponse> listWebhooks() {
        return service.list(caller.get());
    }

    @POST
    @Operation(operationId = "createWebhook", summary = "新建推送订阅 / Subscribe a URL to events")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponse.class)))
    public Response createWebhook(@Valid @NotNull SaveWebhookRequest request, @Context UriInfo uri) {
        WebhookResponse hook = service.create(caller.get(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(hook.id())).build()).entity(hook)
                .tag(Etags.of(hook.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateWebhook", summary = "修改推送订阅 / Update a webhook")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponse.class)))
    public Response updateWebhook(@PathParam("id") long id, @Valid @NotNull SaveWebhookRequest request,
                                  @HeaderParam("If-Match") String ifMatch) {
        WebhookResponse hook = service.update(caller.get(), id, request, ifMatch);
        return Etags.ok(hook, hook.version()).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "删除推送订阅 / Delete a webhook")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteWebhook(@PathParam("id") long id) {
        service.delete(caller.get(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "推送记录 / Deliveries with their attempts, newest first")
    public PageResponse<DeliveryResponse> listWebhookDeliveries(@PathParam("id") long id,
                                                                @QueryParam("page") Integer page,
                                                                @QueryParam("size") @Schema(description = "1–200, default 20") Integer size) {
        return service.deliveries(caller.get(), id, PageQuery.window(page, size, PageQuery.MAX_SIZE));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "重新推送 / Send a delivery again (same X-Dudao-Delivery id)")
    @APIResponse(responseCode = "200", description = "Queued again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryResponse.class)))
    public DeliveryResponse redeliverWebhookDelivery(@PathParam("id") long id, @PathParam("deliveryId") String deliveryId) {
        return service.redeliver(caller.get(), id, deliveryId);
    }
}
