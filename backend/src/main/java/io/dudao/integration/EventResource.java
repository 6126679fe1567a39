package io.dudao.integration;

import io.dudao.common.security.CurrentCaller;
import io.dudao.integration.EventFeed.EventPage;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "变更流：供门户等系统增量同步")
@Authenticated
public class EventResource {

    @Inject
    EventFeed feed;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listEvents", summary = "变更流 / Changes after a cursor, oldest first",
            description = "Store nextCursor and pass it as `after`: every change you may see arrives exactly once, in order.")
    public EventPage listEvents(@QueryParam("after") @Schema(description = "The nextCursor of the previous page; omit to start from the beginning") String after,
                                @QueryParam("limit") @Schema(description = "1–500, default 100") Integer limit) {
        return feed.read(caller.get(), after, limit);
    }
}
