package io.dudao.plan;

import io.dudao.common.security.CurrentCaller;
import io.dudao.plan.PlanDtos.ImportWarningResponse;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The importer's warnings on an imported plan (导入提示): listed, and dismissed one by one. */
@Path("/api/v1/plans/{id}/import-warnings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
@Authenticated
public class PlanImportWarningResource {

    @Inject
    PlanImportWarningService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listPlanImportWarnings", summary = "导入提示 / The importer's warnings on a plan",
            description = "The warnings the importer raised on this plan, in source-line order: open ones only unless "
                    + "includeDismissed=true. Anyone who sees the plan sees them.")
    @APIResponse(responseCode = "200", description = "The warnings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY,
                            implementation = ImportWarningResponse.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such plan, or not visible to the caller")
    public List<ImportWarningResponse> listPlanImportWarnings(@PathParam("id") long id,
            @QueryParam("includeDismissed") @Parameter(description = "Also list dismissed warnings") boolean includeDismissed) {
        return service.list(caller.get(), id, includeDismissed);
    }

    @POST
    @Path("/{warningId}/dismiss")
    @Operation(operationId = "dismissPlanImportWarning", summary = "忽略导入提示 / Dismiss one import warning",
            description = "The plan's editors mark a warning as checked. Dismissing it again changes nothing. Audited.")
    @APIResponse(responseCode = "200", description = "The dismissed warning",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportWarningResponse.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: only the issuing office edits the plan")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such plan or warning, or not visible to the caller")
    public ImportWarningResponse dismissPlanImportWarning(@PathParam("id") long id, @PathParam("warningId") long warningId) {
        return service.dismiss(caller.get(), id, warningId);
    }
}
