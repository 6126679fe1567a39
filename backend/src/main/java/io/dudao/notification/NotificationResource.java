package io.dudao.notification;

import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.PageQuery;
import io.dudao.notification.NotificationDtos.MarkedRead;
import io.dudao.notification.NotificationDtos.NotificationPage;
import io.dudao.notification.NotificationDtos.NotificationResponse;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "站内通知：分派、退回、通过、决定、临期与逾期提醒")
@Authenticated
public class NotificationResource {

    private static final Map<String, String> ORDER = Map.of("createdAt", "createdAt");

    @Inject
    NotificationService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listNotifications", summary = "我的通知 / The caller's notifications, newest first")
    @APIResponse(responseCode = "200", description = "A page of notifications with the unread count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationPage.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: bad page or size")
    public NotificationPage listNotifications(@QueryParam("unread") @Schema(description = "Only unread ones") Boolean unread,
                                              @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.list(caller.get(), Boolean.TRUE.equals(unread), PageQuery.of(page, size, null, ORDER, "createdAt"));
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "标为已读 / Mark one of the caller's notifications read")
    @APIResponse(responseCode = "200", description = "The notification, read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationResponse.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such notification of the caller's")
    public NotificationResponse markNotificationRead(@PathParam("id") long id) {
        return service.markRead(caller.get(), id);
    }

    @POST
    @Path("/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "全部已读 / Mark all the caller's notifications read")
    @APIResponse(responseCode = "200", description = "How many were marked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MarkedRead.class)))
    public MarkedRead markAllNotificationsRead() {
        return service.markAllRead(caller.get());
    }
}
