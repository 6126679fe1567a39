package io.dudao.accountability;

import io.dudao.accountability.AccountabilityDtos.NumberingRequest;
import io.dudao.accountability.AccountabilityDtos.NumberingResponse;
import io.dudao.accountability.AccountabilityDtos.SaveScenarioRequest;
import io.dudao.accountability.AccountabilityDtos.ScenarioResponse;
import io.dudao.accountability.AccountabilityEnums.ScenarioFamily;
import io.dudao.accountability.AccountabilityEnums.SubjectType;
import io.dudao.common.security.CurrentCaller;
import io.dudao.common.web.Etags;
import io.dudao.common.web.Params;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accountability scenarios", description = "问责情景清单与案件编号")
@Authenticated
public class ScenarioResource {

    @Inject
    ScenarioService scenarios;

    @Inject
    CaseService cases;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/accountability-scenarios")
    @Operation(operationId = "listAccountabilityScenarios", summary = "问责情景清单 / The scenario catalogue the caller may cite")
    public List<ScenarioResponse> listAccountabilityScenarios(
            @QueryParam("active") Boolean active,
            @QueryParam("family") @Schema(implementation = ScenarioFamily.class) String family,
            @QueryParam("targetType") @Schema(implementation = SubjectType.class) String targetType) {
        return scenarios.list(caller.get(), active, Params.enumValue(family, ScenarioFamily.class, "family"),
                Params.enumValue(targetType, SubjectType.class, "targetType"));
    }

    @POST
    @Path("/accountability-scenarios")
    @Operation(operationId = "createAccountabilityScenario",
            summary = "新增问责情形 / Add a scenario (ADMIN: built-in; an office: local to its organisation)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioResponse.class)))
    @APIResponse(responseCode = "409", description = "DUPLICATE_CODE")
    public Response createAccountabilityScenario(@Valid @NotNull SaveScenarioRequest request) {
        ScenarioResponse s = scenarios.create(caller.get(), request);
        return Response.status(201).entity(s).tag(Etags.of(s.version())).build();
    }

    @PUT
    @Path("/accountability-scenarios/{id}")
    @Operation(operationId = "updateAccountabilityScenario", summary = "修改问责情形 / Edit a scenario")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioResponse.class)))
    @APIResponse(responseCode = "409", description = "DUPLICATE_CODE or VERSION_CONFLICT")
    public Response updateAccountabilityScenario(@PathParam("id") long id, @Valid @NotNull SaveScenarioRequest request,
                                                 @HeaderParam("If-Match") String ifMatch) {
        ScenarioResponse s = scenarios.update(caller.get(), id, request, ifMatch);
        return Etags.ok(s, s.version()).build();
    }

    @PUT
    @Path("/accountability-scenarios/{id}/hidden-for/{orgId}")
    @Operation(operationId = "hideAccountabilityScenario",
            summary = "为本辖区隐藏问责情形 / Hide a built-in (or higher-level) scenario for an organisation and everything below it",
            description = "Only for an organisation in the caller's subtree; other organisations' catalogues are untouched."
                    + " The scenario stays listed (hidden: true) but cannot be cited there. Idempotent.")
    @APIResponse(responseCode = "200", description = "Hidden there",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioResponse.class)))
    public ScenarioResponse hideAccountabilityScenario(@PathParam("id") long id, @PathParam("orgId") long orgId) {
        return scenarios.hide(caller.get(), id, orgId);
    }

    @DELETE
    @Path("/accountability-scenarios/{id}/hidden-for/{orgId}")
    @Operation(operationId = "unhideAccountabilityScenario", summary = "恢复问责情形 / Show a hidden scenario again for that subtree")
    @APIResponse(responseCode = "200", description = "Shown again there",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioResponse.class)))
    public ScenarioResponse unhideAccountabilityScenario(@PathParam("id") long id, @PathParam("orgId") long orgId) {
        return scenarios.unhide(caller.get(), id, orgId);
    }

    @GET
    @Path("/accountability-numbering/{orgId}")
    @Operation(operationId = "getCaseNumbering", summary = "案件编号规则 / An office's case-number prefix and its next number")
    public NumberingResponse getCaseNumbering(@PathParam("orgId") long orgId) {
        return cases.numbering(caller.get(), orgId);
    }

    @PUT
    @Path("/accountability-numbering/{orgId}")
    @Operation(operationId = "updateCaseNumbering", summary = "设置案件编号前缀 / Set the office's case-number prefix, e.g. 渭教督问")
    public NumberingResponse updateCaseNumbering(@PathParam("orgId") long orgId, @Valid @NotNull NumberingRequest request) {
        return cases.saveNumbering(caller.get(), orgId, request.prefix());
    }
}
