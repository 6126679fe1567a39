package io.dudao.inbox;

import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.PageQuery;
import io.dudao.common.web.Params;
import io.dudao.common.work.WorkKind;
import io.dudao.inbox.InboxDtos.InboxCounts;
import io.dudao.inbox.InboxDtos.InboxPage;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Path("/api/v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "待办：等待本人下一步处理的工作")
@Authenticated
public class InboxResource {

    /** The inbox has one order: worst light first, then due date. */
    private static final Map<String, String> ORDER = Map.of("light", "light");

    @Inject
    InboxService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listInbox", summary = "我的待办 / Open work waiting for the caller",
            description = "Tasks to start, submit or accept, forwardings to acknowledge, reports to approve, findings to rectify or "
                    + "verify, case steps: only open work whose next step is the caller's (or their organisation's), within "
                    + "their visibility; red first, then yellow, green and undated, each by due date.")
    @APIResponse(responseCode = "200", description = "A page of work",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InboxPage.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: unknown kind, bad page or size")
    public InboxPage listInbox(@QueryParam("kind") @Parameter(description = "Only these kinds (repeatable)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = WorkKind.class)) List<String> kind,
                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.list(caller.get(), kinds(kind), PageQuery.of(page, size, null, ORDER, "light"));
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "countInbox", summary = "待办数量 / How much waits for the caller, per kind")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InboxCounts.class)))
    public InboxCounts countInbox() {
        return service.counts(caller.get());
    }

    private static Set<WorkKind> kinds(List<String> values) {
        return values == null ? Set.of() : values.stream().map(v -> Params.enumValue(v, WorkKind.class, "kind")).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }
}
