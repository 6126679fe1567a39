package io.dudao.plan;

import io.dudao.common.security.CurrentCaller;
import io.dudao.plan.PlanDtos.PlanItemRef;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plan-items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "工作要点：起草、导入、发布、转发")
@Authenticated
public class PlanItemResource {

    @Inject
    PlanService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlanItem", summary = "重点工作条目 / The plan item work refers to, with its plan and numbering")
    @APIResponse(responseCode = "200", description = "The item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanItemRef.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such item in a plan the caller can see")
    public PlanItemRef getPlanItem(@PathParam("id") long id) {
        return service.item(caller.get(), id);
    }
}
